package io.sable.engine.expression;

import io.sable.engine.value.AttributeType;
import io.sable.engine.value.InvalidRequestException;
import io.sable.engine.value.KeySchema;
import io.sable.engine.value.KeyValue;
import io.sable.engine.value.SortKeyCondition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A Query's KeyConditionExpression reduced to what the table or index needs: partition key
 * equality and at most one sort key condition ({@code =}, {@code <}, {@code <=}, {@code >},
 * {@code >=}, {@code BETWEEN}, {@code begins_with}), validated with DynamoDB's messages.
 *
 * @param partitionKey the partition key value
 * @param sortKey the sort key range, {@link SortKeyCondition#ANY} if there is none
 */
public record KeyCondition(KeyValue partitionKey, SortKeyCondition sortKey) {
  private static final String KIND = "KeyConditionExpression";

  /**
   * Analyses a bound KeyConditionExpression against the key schema it queries.
   *
   * @throws InvalidRequestException with DynamoDB's message if it is not a valid key condition
   */
  public static KeyCondition of(Condition condition, KeySchema schema) {
    List<Condition> parts = new ArrayList<>();
    flatten(condition, parts);
    Map<String, Condition> byAttribute = new LinkedHashMap<>();
    for (Condition part : parts) {
      String name = attributeOf(part);
      if (byAttribute.put(name, part) != null) {
        throw new InvalidRequestException(
            "KeyConditionExpressions must only contain one condition per key");
      }
    }
    if (parts.size() > schema.size()) {
      throw new InvalidRequestException("Query key condition not supported");
    }
    Condition partition = byAttribute.remove(schema.partitionKeyName());
    Condition sort = schema.hasSortKey() ? byAttribute.remove(schema.sortKeyName()) : null;
    if (partition == null || !byAttribute.isEmpty()) {
      throw new InvalidRequestException("Query condition missed key schema element");
    }
    if (!(partition instanceof Condition.Comparison comparison)
        || comparison.op() != Condition.Comparator.EQ) {
      throw new InvalidRequestException("Query key condition not supported");
    }
    AttributeValue partitionValue = literalOf(comparison);
    checkType(partitionValue, schema.partitionKeyType(), schema.partitionKeyName());
    SortKeyCondition sortKey =
        sort == null ? SortKeyCondition.ANY : sortCondition(sort, schema);
    return new KeyCondition(KeyValue.of(partitionValue), sortKey);
  }

  private static void flatten(Condition condition, List<Condition> parts) {
    if (condition instanceof Condition.And and) {
      flatten(and.left(), parts);
      flatten(and.right(), parts);
    } else if (condition instanceof Condition.Or) {
      throw invalidOperator("OR");
    } else if (condition instanceof Condition.Not) {
      throw invalidOperator("NOT");
    } else if (condition instanceof Condition.In) {
      throw invalidOperator("IN");
    } else if (condition instanceof Condition.Comparison comparison
        && comparison.op() == Condition.Comparator.NE) {
      throw invalidOperator("<>");
    } else if (condition instanceof Condition.FunctionCondition call
        && call.function() != Function.BEGINS_WITH) {
      throw invalidOperator(call.name());
    } else {
      parts.add(condition);
    }
  }

  private static InvalidRequestException invalidOperator(String operator) {
    return new InvalidRequestException("Invalid operator used in KeyConditionExpression: " + operator);
  }

  private static String attributeOf(Condition part) {
    List<Operand> operands;
    if (part instanceof Condition.Comparison comparison) {
      operands = List.of(comparison.left(), comparison.right());
    } else if (part instanceof Condition.Between between) {
      operands = List.of(between.value(), between.lower(), between.upper());
    } else {
      operands = ((Condition.FunctionCondition) part).arguments();
    }
    Path attribute = null;
    for (Operand operand : operands) {
      if (operand instanceof Operand.Call) {
        throw new InvalidRequestException(
            "KeyConditionExpressions cannot contain nested operations");
      }
      if (operand instanceof Path path) {
        if (attribute != null) {
          throw new InvalidRequestException(
              "Invalid condition in KeyConditionExpression: Multiple attribute names used in one"
                  + " condition");
        }
        attribute = path;
      }
    }
    if (attribute == null) {
      throw new InvalidRequestException(
          "Invalid condition in KeyConditionExpression: No key attribute specified");
    }
    if (!attribute.isTopLevel()) {
      throw new InvalidRequestException(
          "Key attributes must be scalars; list random access '[]' and map lookup '.' are not"
              + " allowed: Key: "
              + attribute.topLevelName());
    }
    return attribute.topLevelName();
  }

  private static AttributeValue literalOf(Condition.Comparison comparison) {
    Operand value = comparison.left() instanceof Path ? comparison.right() : comparison.left();
    return ((Operand.Literal) value).value();
  }

  private static SortKeyCondition sortCondition(Condition sort, KeySchema schema) {
    AttributeType type = schema.sortKeyType();
    String name = schema.sortKeyName();
    if (sort instanceof Condition.Between between) {
      AttributeValue lower = ((Operand.Literal) between.lower()).value();
      AttributeValue upper = ((Operand.Literal) between.upper()).value();
      checkType(lower, type, name);
      checkType(upper, type, name);
      return new SortKeyCondition(KeyValue.of(lower), true, KeyValue.of(upper), true, null);
    }
    if (sort instanceof Condition.FunctionCondition call) {
      AttributeValue prefix = ((Operand.Literal) call.arguments().get(1)).value();
      checkType(prefix, type, name);
      return new SortKeyCondition(KeyValue.of(prefix), true, KeyValue.HIGHEST, true, prefix);
    }
    Condition.Comparison comparison = (Condition.Comparison) sort;
    Condition.Comparator op =
        comparison.left() instanceof Path ? comparison.op() : comparison.op().flipped();
    AttributeValue value = literalOf(comparison);
    checkType(value, type, name);
    KeyValue key = KeyValue.of(value);
    switch (op) {
      case EQ:
        return SortKeyCondition.equalTo(key);
      case LT:
        return new SortKeyCondition(KeyValue.LOWEST, true, key, false, null);
      case LE:
        return new SortKeyCondition(KeyValue.LOWEST, true, key, true, null);
      case GT:
        return new SortKeyCondition(key, false, KeyValue.HIGHEST, true, null);
      default:
        return new SortKeyCondition(key, true, KeyValue.HIGHEST, true, null);
    }
  }

  private static void checkType(AttributeValue value, AttributeType type, String name) {
    if (AttributeType.of(value) != type) {
      throw new InvalidRequestException(
          "One or more parameter values were invalid: Condition parameter type does not match"
              + " schema type");
    }
    KeySchema.checkNotEmpty(value, name);
  }

  /** The kind name used in this grammar's messages. */
  public static String kind() {
    return KIND;
  }
}
