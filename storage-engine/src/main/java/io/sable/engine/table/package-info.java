/**
 * Tables and their partitions. A hash of the partition key picks one of a table's partitions
 * (contiguous slices of the hash space); inside a partition items are ordered by (hash, partition
 * key, sort key), so an item collection is kept in sort-key order and a Scan reads the table in one
 * total order that {@code ExclusiveStartKey} can resume and parallel scan segments can split.
 *
 * <p>Concurrency: reads never lock. A single-item write (condition check, new item, secondary index
 * maintenance) runs under its partition's lock, so it is atomic; writes to different partitions run
 * in parallel. There is no global lock.
 *
 * <p>Transactions ({@link io.sable.engine.transaction}) add two per-item states, each changed under
 * the item's partition lock: an item lock ({@link io.sable.engine.table.LockedItem}) that an
 * in-flight {@code TransactWriteItems} holds on each of its items, which makes single-item writes
 * of the item fail ({@link io.sable.engine.table.ItemLockedException}); and read marks ({@link
 * io.sable.engine.table.ReadMark}) that a {@code TransactGetItems} leaves while it reads, which
 * any write of the item invalidates. Neither is ever waited for.
 */
package io.sable.engine.table;
