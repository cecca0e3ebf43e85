package io.sable.engine.api.internal;

import io.sable.engine.expression.Condition;
import io.sable.engine.table.Table;
import io.sable.engine.value.InvalidRequestException;
import io.sable.engine.value.Item;
import io.sable.engine.value.ItemKey;
import io.sable.engine.value.ItemValidator;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/** Rules shared by the single-item operations: keys, ReturnValues, condition checks. */
final class WriteRules {
  private static final String INVALID_RETURN_VALUES = "Return values set to invalid value";

  private WriteRules() {}

  /**
   * The key of a {@code Key} parameter, validated against the table's key schema.
   *
   * @throws InvalidRequestException with DynamoDB's message
   */
  static ItemKey key(Table table, boolean hasKey, Map<String, AttributeValue> key) {
    if (!hasKey) {
      throw new InvalidRequestException(
          "Cannot have null key for GetItem, DeleteItem, or UpdateItem");
    }
    return table.definition().keySchema().keyOfKey(ItemValidator.validateItem(key));
  }

  /** PutItem's and DeleteItem's ReturnValues: {@code NONE} (default) or {@code ALL_OLD}. */
  static ReturnValue putOrDeleteReturnValue(String value) {
    ReturnValue returnValue = returnValue(value);
    if (returnValue != ReturnValue.NONE && returnValue != ReturnValue.ALL_OLD) {
      throw new InvalidRequestException(INVALID_RETURN_VALUES);
    }
    return returnValue;
  }

  /** Any of the five ReturnValues; {@code NONE} when absent. */
  static ReturnValue returnValue(String value) {
    if (value == null) {
      return ReturnValue.NONE;
    }
    ReturnValue returnValue = ReturnValue.fromValue(value);
    if (returnValue == ReturnValue.UNKNOWN_TO_SDK_VERSION) {
      throw new InvalidRequestException(INVALID_RETURN_VALUES);
    }
    return returnValue;
  }

  /**
   * Throws {@code ConditionalCheckFailedException} if {@code current} fails {@code condition}.
   *
   * @param returnOnFailure whether the exception carries the item (ReturnValuesOnConditionCheckFailure)
   */
  static void check(Condition condition, Item current, boolean returnOnFailure) {
    if (!ItemOperations.passes(condition, current)) {
      throw Errors.conditionalCheckFailed(
          returnOnFailure && current != null ? current.attributes() : null);
    }
  }
}
