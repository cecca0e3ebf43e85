package io.sable.engine.table;

import io.sable.engine.value.Item;
import io.sable.engine.value.ItemKey;
import java.util.List;

/**
 * Where a durable engine logs every committed change before it is acknowledged (the storage
 * layer's write-ahead log, {@code io.sable.engine.storage}); {@link #NONE}, the default, logs
 * nothing and the engine keeps its data in memory only.
 *
 * <p>Callers check {@code journal != Journal.NONE} before calling, so that an in-memory engine
 * pays nothing on its write path. The protocol:
 *
 * <ul>
 *   <li>every single-item write runs between {@link #beginWrite()} and {@link #endWrite()}, taken
 *       before the item's partition lock, and logs its new item with {@link #itemStored} under
 *       that lock (so that one item's log records are in the order its writes committed);
 *   <li>a {@code TransactWriteItems} logs all its changes in one {@link #transactionCommitted}
 *       record at its commit point, between {@link #beginWrite()} and {@link #endWrite()} held
 *       until every item is stored, and its items are then stored without being logged again;
 *   <li>after each request, {@link #afterRequest} logs what a control-plane request changed and
 *       waits, outside every lock, until the request's records are durable.
 * </ul>
 */
public interface Journal {
  /** Logs nothing: the in-memory engine. */
  Journal NONE = new Journal() {};

  /** Enters a write: a snapshot waits for writes in progress and holds new ones back. */
  default void beginWrite() {}

  /** Leaves a write entered with {@link #beginWrite()}. */
  default void endWrite() {}

  /**
   * Logs one item's new image (under its partition lock).
   *
   * @param next the stored item, or {@code null} if the write deleted it
   * @param byService whether Time to Live deleted it
   */
  default void itemStored(Table table, ItemKey key, Item next, boolean byService) {}

  /**
   * Logs a transaction's changes as one record, at its commit point.
   *
   * @param tables the table of each changed item
   * @param keys the key of each changed item
   * @param items each new item, {@code null} for a delete
   * @param clientRequestToken the request's {@code ClientRequestToken}, or {@code null}
   * @param fingerprint the token's request fingerprint, or {@code null} without a token
   */
  default void transactionCommitted(
      List<Table> tables,
      List<ItemKey> keys,
      List<Item> items,
      String clientRequestToken,
      byte[] fingerprint) {}

  /**
   * After a request (succeeded or not): logs the table definitions it changed (a control-plane
   * request) and waits until everything this thread logged is durable.
   *
   * @param request the SDK request object
   */
  default void afterRequest(Object request) {}
}
