package io.sable.engine.transaction;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Why one item of a transaction was cancelled, as DynamoDB reports it in {@code
 * CancellationReasons} (API Reference, {@code TransactionCanceledException}).
 *
 * @param code {@code None}, {@code ConditionalCheckFailed}, {@code TransactionConflict} or
 *     {@code ValidationError}
 * @param message the message, or {@code null} (for {@code None})
 * @param item the item as it was, for a failed condition of an action with {@code
 *     ReturnValuesOnConditionCheckFailure=ALL_OLD}, else {@code null}
 */
public record Cancellation(String code, String message, Map<String, AttributeValue> item) {
  /** The reason of an item that did not cause the cancellation: code {@code None}, no message. */
  public static final Cancellation NONE = new Cancellation("None", null, null);

  /** The reason of an item in another in-flight transaction. */
  public static final Cancellation TRANSACTION_CONFLICT =
      new Cancellation("TransactionConflict", "Transaction is ongoing for the item", null);

  /**
   * The reason of an item whose write would take its item collection over the size limit (API
   * Reference, {@code TransactWriteItems}: code {@code ItemCollectionSizeLimitExceeded}, message
   * "Collection size exceeded.").
   */
  public static final Cancellation ITEM_COLLECTION_SIZE_LIMIT_EXCEEDED =
      new Cancellation("ItemCollectionSizeLimitExceeded", "Collection size exceeded.", null);

  /** Whether this item caused the cancellation. */
  public boolean isCause() {
    return this != NONE;
  }

  /** A {@code ValidationError} with DynamoDB's message. */
  public static Cancellation validationError(String message) {
    return new Cancellation("ValidationError", message, null);
  }

  /**
   * A {@code ConditionalCheckFailed}.
   *
   * @param conditionCheck whether the action was a {@code ConditionCheck}: DynamoDB Local 3.1.0
   *     ends that message with a full stop and the others without one, and the engine does the same
   * @param item the item to report, or {@code null}
   */
  public static Cancellation conditionalCheckFailed(
      boolean conditionCheck, Map<String, AttributeValue> item) {
    return new Cancellation(
        "ConditionalCheckFailed",
        conditionCheck ? "The conditional request failed." : "The conditional request failed",
        item);
  }
}
