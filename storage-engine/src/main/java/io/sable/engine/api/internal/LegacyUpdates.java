package io.sable.engine.api.internal;

import io.sable.engine.expression.Path;
import io.sable.engine.value.AttributeType;
import io.sable.engine.value.InvalidRequestException;
import io.sable.engine.value.ItemValidator;
import io.sable.engine.value.KeySchema;
import io.sable.engine.value.Numbers;
import io.sable.engine.value.Sets;
import io.sable.engine.value.Values;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.AttributeValueUpdate;

/**
 * UpdateItem's legacy {@code AttributeUpdates}, with DynamoDB's validation and semantics: {@code
 * PUT} (the default) sets an attribute; {@code DELETE} without a value removes it, with a set value
 * removes those elements (and the attribute when none is left); {@code ADD} adds to a number,
 * unites sets, appends to a list, or creates the attribute.
 */
final class LegacyUpdates {
  private static final String INVALID = "One or more parameter values were invalid: ";
  private static final String TYPE_MISMATCH = "Type mismatch for attribute to update";

  private LegacyUpdates() {}

  /** One validated update. @param name the attribute @param action PUT, ADD or DELETE @param value or null */
  record Update(String name, String action, AttributeValue value) {}

  /**
   * Validates {@code AttributeUpdates}.
   *
   * @throws InvalidRequestException with DynamoDB's message
   */
  static List<Update> validate(Map<String, AttributeValueUpdate> updates, KeySchema keys) {
    List<Update> validated = new ArrayList<>(updates.size());
    for (Map.Entry<String, AttributeValueUpdate> entry : updates.entrySet()) {
      AttributeValueUpdate update = entry.getValue();
      String action = update.actionAsString() == null ? "PUT" : update.actionAsString();
      if (!List.of("ADD", "DELETE", "PUT").contains(action)) {
        throw new InvalidRequestException("Member must satisfy enum value set: [ADD, DELETE, PUT]");
      }
      AttributeValue value = update.value();
      if (value == null && !action.equals("DELETE")) {
        throw new InvalidRequestException(
            INVALID + "Only DELETE action is allowed when no attribute value is specified");
      }
      if (keys.isKeyAttribute(entry.getKey())) {
        throw new InvalidRequestException(
            INVALID + "Cannot update attribute " + entry.getKey() + ". This attribute is part of the key");
      }
      validated.add(new Update(entry.getKey(), action, value));
    }
    return validated;
  }

  /** The attributes the updates name, as paths (for ReturnValues). */
  static List<Path> paths(List<Update> updates) {
    List<Path> paths = new ArrayList<>(updates.size());
    updates.forEach(update -> paths.add(Path.of(update.name())));
    return paths;
  }

  /**
   * The item after {@code updates}, applied in order. As in DynamoDB, the values are validated
   * here, after the request's condition: each value in turn, whether its action takes its type,
   * then its type against the attribute's; only then is anything computed.
   *
   * @throws InvalidRequestException if an ADD or DELETE value has a type the action does not take,
   *     or meets an attribute of another type
   */
  static Map<String, AttributeValue> apply(List<Update> updates, Map<String, AttributeValue> item) {
    List<Update> checked = new ArrayList<>(updates.size());
    for (Update update : updates) {
      AttributeValue value = update.value() == null ? null : ItemValidator.validateValue(update.value());
      Update valid = new Update(update.name(), update.action(), value);
      checkValueType(valid);
      AttributeValue current = item.get(update.name());
      if (value != null && current != null && !valid.action().equals("PUT")
          && AttributeType.of(current) != AttributeType.of(value)) {
        throw new InvalidRequestException(TYPE_MISMATCH);
      }
      checked.add(valid);
    }
    Map<String, AttributeValue> result = new LinkedHashMap<>(item);
    for (Update update : checked) {
      AttributeValue current = item.get(update.name());
      switch (update.action()) {
        case "PUT":
          result.put(update.name(), update.value());
          break;
        case "ADD":
          result.put(update.name(), current == null ? update.value() : add(current, update.value()));
          break;
        default:
          if (update.value() == null) {
            result.remove(update.name());
          } else if (current != null) {
            AttributeValue remaining = delete(current, update.value());
            if (remaining == null) {
              result.remove(update.name());
            } else {
              result.put(update.name(), remaining);
            }
          }
      }
    }
    return result;
  }

  // ADD takes a number, a set or a list; DELETE with a value a set.
  private static void checkValueType(Update update) {
    if (update.value() == null || update.action().equals("PUT")) {
      return;
    }
    AttributeType type = AttributeType.of(update.value());
    boolean allowed =
        type.isSet() || (update.action().equals("ADD") && (type == AttributeType.N || type == AttributeType.L));
    if (!allowed) {
      throw new InvalidRequestException(
          INVALID
              + update.action()
              + (update.action().equals("ADD") ? " action is not supported for the type " : " action with value is not supported for the type ")
              + type.longName());
    }
  }

  private static AttributeValue add(AttributeValue current, AttributeValue operand) {
    AttributeType type = AttributeType.of(operand);
    if (AttributeType.of(current) != type) {
      throw new InvalidRequestException(TYPE_MISMATCH);
    }
    switch (type) {
      case N:
        return AttributeValue.fromN(
            Numbers.toText(Numbers.add(Values.number(current), Values.number(operand))));
      case L:
        List<AttributeValue> list = new ArrayList<>(current.l());
        list.addAll(operand.l());
        return AttributeValue.fromL(list);
      default:
        return Sets.union(current, operand);
    }
  }

  private static AttributeValue delete(AttributeValue current, AttributeValue operand) {
    if (AttributeType.of(current) != AttributeType.of(operand)) {
      throw new InvalidRequestException(TYPE_MISMATCH);
    }
    return Sets.difference(current, operand);
  }
}
