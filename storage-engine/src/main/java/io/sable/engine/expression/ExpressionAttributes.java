package io.sable.engine.expression;

import io.sable.engine.value.InvalidRequestException;
import io.sable.engine.value.ItemValidator;
import io.sable.engine.value.Utf8;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One request's {@code ExpressionAttributeNames} and {@code ExpressionAttributeValues}: validates
 * them, binds the placeholders of each parsed expression of the request (once), type-checks the
 * bound values, and finally rejects any that no expression used, as DynamoDB does.
 */
public final class ExpressionAttributes {
  private static final Pattern NAME_KEY = Pattern.compile("#[A-Za-z0-9_]+");
  private static final Pattern VALUE_KEY = Pattern.compile(":[A-Za-z0-9_]+");
  /** DynamoDB's limit on the length of a {@code #name} or {@code :value} placeholder. */
  private static final int MAX_KEY_LENGTH = 255;
  /** DynamoDB's limit on an attribute name given in ExpressionAttributeNames, in UTF-8 bytes. */
  private static final int MAX_NAME_BYTES = 65535;

  private final Map<String, String> names;
  private final Map<String, AttributeValue> values;
  private final Map<String, AttributeValue> givenValues;
  // Only a placeholder found in names or values is recorded, so a request without names (values)
  // never adds to usedNames (usedValues): it shares an empty set instead of allocating one.
  private final Set<String> usedNames;
  private final Set<String> usedValues;

  /**
   * The placeholders of a request that gives neither names nor values: it records nothing (no
   * placeholder can be found in it), so every such request shares it.
   */
  public static final ExpressionAttributes NONE = new ExpressionAttributes(null, null);

  /**
   * Validates the placeholders of one request.
   *
   * @param names the names, or {@code null} if the request has none
   * @param values the values, or {@code null} if the request has none
   * @throws InvalidRequestException if a map is empty, a key is malformed or a value invalid
   */
  public ExpressionAttributes(Map<String, String> names, Map<String, AttributeValue> values) {
    this.names = names == null ? Map.of() : names;
    this.values = values == null ? Map.of() : normalize(values);
    this.givenValues = values == null ? Map.of() : values;
    this.usedNames = names == null ? Set.of() : new HashSet<>();
    this.usedValues = values == null ? Set.of() : new HashSet<>();
    if (names != null) {
      if (names.isEmpty()) {
        throw new InvalidRequestException("ExpressionAttributeNames must not be empty");
      }
      for (Map.Entry<String, String> entry : names.entrySet()) {
        checkKey("ExpressionAttributeNames", NAME_KEY, entry.getKey());
        if (entry.getValue() == null || entry.getValue().isEmpty()) {
          throw new InvalidRequestException(
              "ExpressionAttributeNames contains invalid value: Empty attribute name for key "
                  + entry.getKey());
        }
        if (Utf8.length(entry.getValue()) > MAX_NAME_BYTES) {
          throw new InvalidRequestException(
              "ExpressionAttributeNames contains invalid value: Attribute name is too large, must"
                  + " be less than 65536 bytes for key "
                  + entry.getKey());
        }
      }
    }
  }

  private static Map<String, AttributeValue> normalize(Map<String, AttributeValue> values) {
    if (values.isEmpty()) {
      throw new InvalidRequestException("ExpressionAttributeValues must not be empty");
    }
    Map<String, AttributeValue> normalized = new HashMap<>(values.size() * 2);
    for (Map.Entry<String, AttributeValue> entry : values.entrySet()) {
      checkKey("ExpressionAttributeValues", VALUE_KEY, entry.getKey());
      try {
        normalized.put(entry.getKey(), ItemValidator.validateValue(entry.getValue()));
      } catch (InvalidRequestException e) {
        throw new InvalidRequestException(
            "ExpressionAttributeValues contains invalid value: "
                + e.getMessage()
                + " for key "
                + entry.getKey());
      }
    }
    return normalized;
  }

  private static void checkKey(String parameter, Pattern pattern, String key) {
    if (key.length() > MAX_KEY_LENGTH) {
      boolean names = parameter.equals("ExpressionAttributeNames");
      throw new InvalidRequestException(
          parameter
              + " contains invalid key: The expression attribute map contains a key that is too"
              + " long;"
              + (names ? " size of key: " + key.length() : ""));
    }
    if (!pattern.matcher(key).matches()) {
      throw new InvalidRequestException(
          parameter + " contains invalid key: Syntax error; key: \"" + key + "\"");
    }
  }

  /** Binds a parsed condition and type-checks its values. */
  public Condition bind(String kind, Condition condition) {
    Condition bound = new ConditionBinder(this, kind).bind(condition);
    Semantics.checkOperatorCount(kind, Semantics.operatorCount(bound));
    return bound;
  }

  /** Binds a parsed UpdateExpression, type-checks its values and rejects overlapping paths. */
  public UpdateExpression bind(UpdateExpression update) {
    UpdateExpression bound = new UpdateBinder(this).bind(update);
    Semantics.checkOperatorCount("UpdateExpression", Semantics.operatorCount(bound));
    return bound;
  }

  /** Binds a parsed ProjectionExpression and rejects overlapping paths. */
  public List<Path> bindProjection(List<Path> paths) {
    List<Path> bound = new ArrayList<>(paths.size());
    for (Path path : paths) {
      bound.add(bindPath("ProjectionExpression", path));
    }
    PathConflicts.check("ProjectionExpression", bound);
    return bound;
  }

  /**
   * Rejects names and values that no expression of the request used.
   *
   * @throws InvalidRequestException with DynamoDB's message, unused keys sorted
   */
  public void checkAllUsed() {
    reportUnused("ExpressionAttributeValues", values.keySet(), usedValues);
    reportUnused("ExpressionAttributeNames", names.keySet(), usedNames);
  }

  private static void reportUnused(String parameter, Set<String> given, Set<String> used) {
    if (used.size() == given.size()) {
      return;
    }
    Set<String> unused = new TreeSet<>(given);
    unused.removeAll(used);
    if (!unused.isEmpty()) {
      throw new InvalidRequestException(
          "Value provided in "
              + parameter
              + " unused in expressions: keys: {"
              + String.join(", ", unused)
              + "}");
    }
  }

  /** Resolves the {@code #name} elements of {@code path}. */
  Path bindPath(String kind, Path path) {
    List<Path.Element> elements = null;
    for (int i = 0; i < path.elements().size(); i++) {
      Path.Element element = path.elements().get(i);
      if (element instanceof Path.Name name && name.name().startsWith("#")) {
        String resolved = names.get(name.name());
        if (resolved == null) {
          throw ExpressionErrors.invalid(
              kind,
              "An expression attribute name used in the document path is not defined",
              "attribute name: " + name.name());
        }
        usedNames.add(name.name());
        if (elements == null) {
          elements = new ArrayList<>(path.elements());
        }
        elements.set(i, new Path.Name(resolved));
      }
    }
    return elements == null ? path : new Path(elements);
  }

  /** Resolves a {@code :value}. */
  Operand.Literal bindValue(String kind, String name) {
    AttributeValue value = values.get(name);
    if (value == null) {
      throw ExpressionErrors.invalid(
          kind,
          "An expression attribute value used in expression is not defined",
          "attribute value: " + name);
    }
    usedValues.add(name);
    return new Operand.Literal(name, value);
  }

  /** A value as the request gave it, before its numbers were normalised (for messages). */
  AttributeValue givenValue(String name) {
    return givenValues.get(name);
  }

  /** Binds any operand: paths, values, function arguments, arithmetic. */
  Operand bindOperand(String kind, Operand operand) {
    if (operand instanceof Path path) {
      return bindPath(kind, path);
    }
    if (operand instanceof Operand.ValueRef ref) {
      return bindValue(kind, ref.name());
    }
    if (operand instanceof Operand.Call call) {
      List<Operand> arguments = new ArrayList<>(call.arguments().size());
      for (Operand argument : call.arguments()) {
        arguments.add(bindOperand(kind, argument));
      }
      return new Operand.Call(call.function(), call.name(), arguments);
    }
    if (operand instanceof Operand.Arithmetic arithmetic) {
      return new Operand.Arithmetic(
          bindOperand(kind, arithmetic.left()),
          arithmetic.plus(),
          bindOperand(kind, arithmetic.right()));
    }
    return operand;
  }
}
