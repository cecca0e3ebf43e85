package io.sable.engine.table;

import io.sable.engine.value.Item;
import io.sable.engine.value.ItemKey;

/**
 * Where a table reports each change of an item as it commits: the one place every write passes
 * (PutItem, UpdateItem, DeleteItem, each write of a BatchWriteItem, each item of a {@code
 * TransactWriteItems}, and Time to Live deletions), so that change capture such as DynamoDB
 * Streams and point-in-time recovery miss none of them. A table has any number of captures
 * ({@link Table#addChangeCapture}), each called in the order it was added; with none, a write calls
 * nothing.
 *
 * <p>Called under the item's partition lock, after the new item is stored and before the lock is
 * released, so the calls for one item come in the order its writes committed. Never called for a
 * write that changed nothing: a condition that failed, a delete of a missing item, or a write whose
 * new item equals the stored one (DynamoDB Developer Guide, "Change data capture for DynamoDB
 * Streams": "If you perform a PutItem or UpdateItem operation that does not change any data in an
 * item, DynamoDB Streams does not write a stream record for that operation"). It must not throw
 * and must not block.
 */
@FunctionalInterface
public interface ChangeCapture {
  /** Captures nothing. */
  ChangeCapture NONE = (key, oldItem, newItem, byService) -> {};

  /**
   * One committed change.
   *
   * @param key the item's key
   * @param oldItem the item before, or {@code null} if the write created it
   * @param newItem the item after, or {@code null} if the write deleted it
   * @param byService whether DynamoDB itself made the change (a Time to Live deletion) rather than
   *     a request
   */
  void captured(ItemKey key, Item oldItem, Item newItem, boolean byService);
}
