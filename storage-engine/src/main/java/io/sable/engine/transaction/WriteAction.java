package io.sable.engine.transaction;

import io.sable.engine.table.Table;
import io.sable.engine.value.Item;
import io.sable.engine.value.ItemKey;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * One validated action of a {@code TransactWriteItems}: the item it targets and what it does.
 *
 * @param type the kind of action
 * @param table the item's table ({@code null} for an invalid action)
 * @param key the item's key ({@code null} for an invalid action)
 * @param condition whether the current item ({@code null} when absent) passes the action's
 *     {@code ConditionExpression} (always true without one)
 * @param change the item after the action, given the current one: the new item, {@code null} to
 *     delete, or the current item itself to change nothing; may throw {@link
 *     io.sable.engine.value.InvalidRequestException} for an error that depends on the item (such
 *     as an {@code UpdateExpression} operand of the wrong type), which cancels the transaction
 *     with a {@code ValidationError}
 * @param returnItemOnFailure whether a failed condition reports the item ({@code
 *     ReturnValuesOnConditionCheckFailure=ALL_OLD})
 * @param invalid for an action that DynamoDB rejects as a {@code ValidationError} cancellation
 *     reason rather than a {@code ValidationException} (such as a key attribute of the wrong type),
 *     that reason; else {@code null}
 */
public record WriteAction(
    Type type,
    Table table,
    ItemKey key,
    Predicate<Item> condition,
    UnaryOperator<Item> change,
    boolean returnItemOnFailure,
    Cancellation invalid) {

  /** The four actions of {@code TransactWriteItems}. */
  public enum Type {
    /** {@code Put}: writes a whole item. */
    PUT,
    /** {@code Update}: applies an {@code UpdateExpression}. */
    UPDATE,
    /** {@code Delete}: deletes the item. */
    DELETE,
    /** {@code ConditionCheck}: checks a condition and changes nothing. */
    CONDITION_CHECK
  }

  /** A valid action. */
  public static WriteAction of(
      Type type,
      Table table,
      ItemKey key,
      Predicate<Item> condition,
      UnaryOperator<Item> change,
      boolean returnItemOnFailure) {
    return new WriteAction(type, table, key, condition, change, returnItemOnFailure, null);
  }

  /** An action cancelled by a {@code ValidationError} with DynamoDB's {@code message}. */
  public static WriteAction invalid(Type type, String message) {
    return new WriteAction(type, null, null, null, null, false, Cancellation.validationError(message));
  }

  /** Whether the action can run (it has a table and key). */
  public boolean isValid() {
    return invalid == null;
  }
}
