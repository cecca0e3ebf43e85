package io.sable.runtime.write;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The actions of one UpdateItem on top-level attributes, turned into an {@code UpdateExpression}
 * with placeholders for every name and value (so reserved words are safe).
 *
 * <p>One action per attribute: a later action on the same attribute replaces the earlier one, since
 * DynamoDB rejects an expression whose actions overlap. Not thread-safe; build one per request.
 */
public final class UpdateActions {

  private enum Kind {
    SET,
    ADD,
    REMOVE
  }

  private record Action(Kind kind, AttributeValue value) {}

  private final Map<String, Action> actions = new LinkedHashMap<>();

  /** Sets the attribute to the value ({@code SET #a = :v}). */
  public UpdateActions set(String attribute, AttributeValue value) {
    actions.put(attribute, new Action(Kind.SET, Objects.requireNonNull(value, "value")));
    return this;
  }

  /**
   * Adds the number to the attribute, treating a missing attribute as zero ({@code ADD #a :v}), or
   * adds the elements of a set.
   */
  public UpdateActions add(String attribute, AttributeValue value) {
    actions.put(attribute, new Action(Kind.ADD, Objects.requireNonNull(value, "value")));
    return this;
  }

  /** Removes the attribute ({@code REMOVE #a}). */
  public UpdateActions remove(String attribute) {
    actions.put(attribute, new Action(Kind.REMOVE, null));
    return this;
  }

  /** A copy, which later actions on this one do not change. */
  public UpdateActions copy() {
    UpdateActions copy = new UpdateActions();
    copy.actions.putAll(actions);
    return copy;
  }

  /** Whether no action was added. */
  public boolean isEmpty() {
    return actions.isEmpty();
  }

  /** The expression, names and values of these actions. */
  public Expression toExpression() {
    StringBuilder set = new StringBuilder();
    StringBuilder add = new StringBuilder();
    StringBuilder remove = new StringBuilder();
    Map<String, String> names = new HashMap<>();
    Map<String, AttributeValue> values = new HashMap<>();
    int index = 0;
    for (Map.Entry<String, Action> entry : actions.entrySet()) {
      String name = "#u" + index;
      String value = ":u" + index;
      index++;
      names.put(name, entry.getKey());
      Action action = entry.getValue();
      switch (action.kind()) {
        case SET -> append(set, name + " = " + value);
        case ADD -> append(add, name + " " + value);
        case REMOVE -> append(remove, name);
      }
      if (action.value() != null) {
        values.put(value, action.value());
      }
    }
    StringBuilder expression = new StringBuilder();
    clause(expression, "SET", set);
    clause(expression, "ADD", add);
    clause(expression, "REMOVE", remove);
    return new Expression(expression.toString(), names, values);
  }

  private static void append(StringBuilder clause, String action) {
    if (clause.length() > 0) {
      clause.append(", ");
    }
    clause.append(action);
  }

  private static void clause(StringBuilder expression, String keyword, StringBuilder actions) {
    if (actions.length() > 0) {
      if (expression.length() > 0) {
        expression.append(' ');
      }
      expression.append(keyword).append(' ').append(actions);
    }
  }

  /**
   * An {@code UpdateExpression} with its {@code ExpressionAttributeNames} and {@code
   * ExpressionAttributeValues}.
   *
   * @param expression the update expression
   * @param names the name placeholders
   * @param values the value placeholders; empty when only REMOVE actions are present
   */
  public record Expression(String expression, Map<String, String> names, Map<String, AttributeValue> values) {}
}
