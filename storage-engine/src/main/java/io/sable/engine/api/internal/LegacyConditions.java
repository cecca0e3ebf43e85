package io.sable.engine.api.internal;

import io.sable.engine.expression.Condition;
import io.sable.engine.expression.Condition.Comparator;
import io.sable.engine.expression.Function;
import io.sable.engine.expression.Operand;
import io.sable.engine.expression.Path;
import io.sable.engine.value.AttributeType;
import io.sable.engine.value.InvalidRequestException;
import io.sable.engine.value.ItemValidator;
import io.sable.engine.value.KeySchema;
import io.sable.engine.value.Values;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ExpectedAttributeValue;

/**
 * DynamoDB's legacy (pre-expression) condition parameters translated onto the expression AST, with
 * DynamoDB's validation and messages: {@code KeyConditions}, {@code QueryFilter}, {@code
 * ScanFilter} and {@code Expected} with {@code ConditionalOperator}, and {@code AttributesToGet}.
 *
 * <p>Each {@code ComparisonOperator} becomes the expression it stands for: {@code EQ} {@code =},
 * {@code NE} {@code <>}, {@code LT}..{@code GE} the ordering comparisons, {@code NULL} {@code
 * attribute_not_exists}, {@code NOT_NULL} {@code attribute_exists}, {@code CONTAINS} {@code
 * contains}, {@code NOT_CONTAINS} "exists and does not contain", {@code BEGINS_WITH} {@code
 * begins_with}, {@code IN} and {@code BETWEEN} themselves.
 */
final class LegacyConditions {
  private static final String INVALID = "One or more parameter values were invalid: ";
  private static final Set<String> SORT_KEY_OPERATORS =
      Set.of("EQ", "LE", "LT", "GE", "GT", "BEGINS_WITH", "BETWEEN");

  private LegacyConditions() {}

  /** A legacy condition: an operator and its values, as in {@code Condition}. */
  private record Legacy(String operator, List<AttributeValue> values) {}

  /**
   * A {@code QueryFilter} or {@code ScanFilter}, joined by {@code ConditionalOperator}; {@code
   * null} if {@code filter} is absent or empty.
   */
  static Condition filter(
      Map<String, software.amazon.awssdk.services.dynamodb.model.Condition> filter, String conditionalOperator) {
    if (filter == null || filter.isEmpty()) {
      checkConditionalOperator(0, conditionalOperator);
      return null;
    }
    List<Condition> parts = new ArrayList<>();
    for (var entry : filter.entrySet()) {
      var condition = entry.getValue();
      parts.add(
          translate(
              entry.getKey(),
              new Legacy(condition.comparisonOperatorAsString(), values(condition.attributeValueList()))));
    }
    checkConditionalOperator(parts.size(), conditionalOperator);
    return join(parts, conditionalOperator);
  }

  /** An {@code Expected} map, joined by {@code ConditionalOperator}; {@code null} if absent or empty. */
  static Condition expected(Map<String, ExpectedAttributeValue> expected, String conditionalOperator) {
    if (expected == null || expected.isEmpty()) {
      checkConditionalOperator(0, conditionalOperator);
      return null;
    }
    List<Condition> parts = new ArrayList<>();
    for (Map.Entry<String, ExpectedAttributeValue> entry : expected.entrySet()) {
      parts.add(expectation(entry.getKey(), entry.getValue()));
    }
    checkConditionalOperator(parts.size(), conditionalOperator);
    return join(parts, conditionalOperator);
  }

  private static Condition expectation(String name, ExpectedAttributeValue expected) {
    String operator = expected.comparisonOperatorAsString();
    boolean hasList = expected.hasAttributeValueList() && !expected.attributeValueList().isEmpty();
    if (operator != null && expected.exists() != null) {
      throw new InvalidRequestException(
          INVALID + "Exists and ComparisonOperator cannot be used together for Attribute: " + name);
    }
    // dynalite's putItem tests, run against DynamoDB: "Value and AttributeValueList cannot be used
    // together"; Value alone with a ComparisonOperator stands for a one-value list.
    if (expected.value() != null && expected.hasAttributeValueList()) {
      throw new InvalidRequestException(
          INVALID + "Value and AttributeValueList cannot be used together for Attribute: " + name);
    }
    if (operator != null) {
      List<AttributeValue> values =
          hasList
              ? values(expected.attributeValueList())
              : expected.value() == null ? List.of() : values(List.of(expected.value()));
      return translate(name, new Legacy(operator, values));
    }
    if (hasList) {
      throw new InvalidRequestException(
          INVALID + "AttributeValueList can only be used with a ComparisonOperator for Attribute: " + name);
    }
    if (Boolean.FALSE.equals(expected.exists())) {
      if (expected.value() != null) {
        throw new InvalidRequestException(
            INVALID + "Value cannot be used when Exists is false for Attribute: " + name);
      }
      return translate(name, new Legacy("NULL", List.of()));
    }
    if (expected.value() == null) {
      throw new InvalidRequestException(
          INVALID
              + "Value must be provided when Exists is "
              + (expected.exists() == null ? "null" : "true")
              + " for Attribute: "
              + name);
    }
    return translate(name, new Legacy("EQ", values(List.of(expected.value()))));
  }

  /**
   * A Query's {@code KeyConditions} as the condition a KeyConditionExpression would be: partition
   * key {@code EQ}, and at most one sort key condition of {@code EQ}, {@code LE}, {@code LT},
   * {@code GE}, {@code GT}, {@code BEGINS_WITH} or {@code BETWEEN}.
   */
  static Condition keyConditions(
      Map<String, software.amazon.awssdk.services.dynamodb.model.Condition> conditions, KeySchema schema) {
    List<Condition> parts = new ArrayList<>();
    for (var entry : conditions.entrySet()) {
      var condition = entry.getValue();
      Legacy legacy =
          new Legacy(condition.comparisonOperatorAsString(), values(condition.attributeValueList()));
      parts.add(translate(entry.getKey(), legacy));
      if (!schema.isKeyAttribute(entry.getKey())) {
        throw new InvalidRequestException("Query condition missed key schema element");
      }
    }
    if (!conditions.containsKey(schema.partitionKeyName())) {
      throw new InvalidRequestException("Query condition missed key schema element");
    }
    for (var entry : conditions.entrySet()) {
      String operator = entry.getValue().comparisonOperatorAsString();
      if (entry.getKey().equals(schema.partitionKeyName())) {
        if (!operator.equals("EQ")) {
          throw new InvalidRequestException("Query key condition not supported");
        }
      } else if (!SORT_KEY_OPERATORS.contains(operator)) {
        throw new InvalidRequestException(
            "Attempted conditional constraint is not an indexable operation");
      }
    }
    return join(parts, "AND");
  }

  /**
   * {@code AttributesToGet} as projection paths, or {@code null} if absent.
   *
   * @throws InvalidRequestException if a name is empty ("Empty attribute name", as for an empty
   *     name in an item; DynamoDB Local 3.1.0 is the witness) or given twice
   */
  static List<Path> attributesToGet(List<String> names) {
    if (names == null) {
      return null;
    }
    Set<String> seen = new HashSet<>();
    List<Path> paths = new ArrayList<>(names.size());
    for (String name : names) {
      if (name.isEmpty()) {
        throw new InvalidRequestException("Empty attribute name");
      }
      if (!seen.add(name)) {
        throw new InvalidRequestException("Cannot have two attributes with the same name");
      }
      paths.add(Path.of(name));
    }
    return paths;
  }

  /** The top-level attribute names a filter reads, in the order given. */
  static Set<String> names(Map<String, ?> filter) {
    return filter == null ? Set.of() : filter.keySet();
  }

  private static void checkConditionalOperator(int conditions, String conditionalOperator) {
    if (conditionalOperator == null) {
      return;
    }
    if (conditions == 0) {
      throw new InvalidRequestException("ConditionalOperator cannot be used without Filter or Expected");
    }
    if (conditions < 2) {
      throw new InvalidRequestException(
          "ConditionalOperator can only be used when Filter or Expected has two or more elements");
    }
  }

  private static Condition join(List<Condition> parts, String conditionalOperator) {
    boolean or = "OR".equals(conditionalOperator);
    Condition joined = parts.get(0);
    for (int i = 1; i < parts.size(); i++) {
      joined = or ? new Condition.Or(joined, parts.get(i)) : new Condition.And(joined, parts.get(i));
    }
    return joined;
  }

  private static List<AttributeValue> values(List<AttributeValue> values) {
    if (values == null) {
      return List.of();
    }
    List<AttributeValue> validated = new ArrayList<>(values.size());
    for (AttributeValue value : values) {
      validated.add(ItemValidator.validateValue(value));
    }
    return validated;
  }

  private static Condition translate(String name, Legacy legacy) {
    if (name.isEmpty()) {
      throw new InvalidRequestException("Empty attribute name");
    }
    String operator = legacy.operator() == null ? "" : legacy.operator();
    List<AttributeValue> values = legacy.values();
    Path path = Path.of(name);
    switch (operator) {
      case "EQ":
      case "NE":
        arguments(operator, values, 1);
        return new Condition.Comparison(
            operator.equals("EQ") ? Comparator.EQ : Comparator.NE, path, literal(values.get(0)));
      case "LT":
      case "LE":
      case "GT":
      case "GE":
        arguments(operator, values, 1);
        types(operator, values, AttributeType.S, AttributeType.N, AttributeType.B);
        return new Condition.Comparison(Comparator.valueOf(operator), path, literal(values.get(0)));
      case "NULL":
      case "NOT_NULL":
        arguments(operator, values, 0);
        return call(operator.equals("NULL") ? Function.ATTRIBUTE_NOT_EXISTS : Function.ATTRIBUTE_EXISTS, path);
      case "CONTAINS":
      case "NOT_CONTAINS":
        arguments(operator, values, 1);
        types(operator, values, AttributeType.S, AttributeType.N, AttributeType.B, AttributeType.BOOL, AttributeType.NULL);
        Condition contains = call(Function.CONTAINS, path, literal(values.get(0)));
        return operator.equals("CONTAINS")
            ? contains
            : new Condition.And(call(Function.ATTRIBUTE_EXISTS, path), new Condition.Not(contains));
      case "BEGINS_WITH":
        arguments(operator, values, 1);
        types(operator, values, AttributeType.S, AttributeType.B);
        return call(Function.BEGINS_WITH, path, literal(values.get(0)));
      case "IN":
        if (values.isEmpty()) {
          throw argumentCount(operator);
        }
        scalarsOfOneType(operator, values);
        List<Operand> candidates = new ArrayList<>();
        values.forEach(value -> candidates.add(literal(value)));
        return new Condition.In(path, candidates);
      case "BETWEEN":
        arguments(operator, values, 2);
        scalarsOfOneType(operator, values);
        if (Values.compare(values.get(0), values.get(1)) > 0) {
          throw new InvalidRequestException(
              "The BETWEEN condition was provided a range where the lower bound is greater than the"
                  + " upper bound");
        }
        return new Condition.Between(path, literal(values.get(0)), literal(values.get(1)));
      default:
        throw new InvalidRequestException("Comparison type does not exist in DynamoDB");
    }
  }

  // Each value in turn: an S, N or B, of the first value's type.
  private static void scalarsOfOneType(String operator, List<AttributeValue> values) {
    for (AttributeValue value : values) {
      types(operator, List.of(value), AttributeType.S, AttributeType.N, AttributeType.B);
      if (AttributeType.of(value) != AttributeType.of(values.get(0))) {
        throw new InvalidRequestException(
            INVALID + "AttributeValues inside AttributeValueList must be of same type");
      }
    }
  }

  private static void arguments(String operator, List<AttributeValue> values, int count) {
    if (values.size() != count) {
      throw argumentCount(operator);
    }
  }

  private static InvalidRequestException argumentCount(String operator) {
    return new InvalidRequestException(
        INVALID + "Invalid number of argument(s) for the " + operator + " ComparisonOperator");
  }

  private static void types(String operator, List<AttributeValue> values, AttributeType... allowed) {
    for (AttributeValue value : values) {
      AttributeType type = AttributeType.of(value);
      if (!List.of(allowed).contains(type)) {
        throw new InvalidRequestException(
            INVALID
                + "ComparisonOperator "
                + operator
                + " is not valid for "
                + type.name()
                + " AttributeValue type");
      }
    }
  }

  private static Operand.Literal literal(AttributeValue value) {
    return new Operand.Literal("", value);
  }

  private static Condition call(Function function, Operand... arguments) {
    return new Condition.FunctionCondition(function, function.functionName(), List.of(arguments));
  }
}
