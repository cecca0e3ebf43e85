/**
 * Tables and their partitions. A hash of the partition key picks one of a table's partitions
 * (contiguous slices of the hash space); inside a partition items are ordered by (hash, partition
 * key, sort key), so an item collection is kept in sort-key order and a Scan reads the table in one
 * total order that {@code ExclusiveStartKey} can resume and parallel scan segments can split.
 *
 * <p>Concurrency: reads never lock. A single-item write (condition check, new item, secondary index
 * maintenance) runs under its partition's lock, so it is atomic; writes to different partitions run
 * in parallel. There is no global lock.
 */
package io.sable.engine.table;
