package io.sable.engine.capacity.throughput;

import io.sable.engine.value.ItemKey;
import io.sable.engine.value.KeyValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The partitions of one table or global secondary index, each owning the key range from its start
 * to the next one's, in DynamoDB's key order ({@link ItemKey}: the partition key's hash, then the
 * partition key, then the sort key). A table starts with its hash space split evenly; a partition
 * splits in two by hash, or by sort key inside one item collection ({@link #split}). Partitions
 * never merge, as in DynamoDB. Guarded by its {@link ResourceCapacity}'s lock.
 */
final class KeySpace {
  private static final long HASH_SPACE = 1L << 32;

  private final TreeMap<ItemKey, CapacityPartition> partitions = new TreeMap<>();
  private int nextId;

  /** {@code count} partitions splitting the hash space evenly. */
  KeySpace(int count, long nowNanos) {
    for (int i = 0; i < count; i++) {
      add(hashBoundary(HASH_SPACE * i / count), nowNanos);
    }
  }

  private CapacityPartition add(ItemKey start, long nowNanos) {
    CapacityPartition partition = new CapacityPartition(nextId++, start, nowNanos);
    partitions.put(start, partition);
    return partition;
  }

  /** The partition that owns {@code key}. */
  CapacityPartition partitionOf(ItemKey key) {
    Map.Entry<ItemKey, CapacityPartition> entry = partitions.floorEntry(key);
    return entry == null ? partitions.firstEntry().getValue() : entry.getValue();
  }

  /** Where {@code partition}'s range ends (exclusive), or {@code null} for the last one. */
  ItemKey end(CapacityPartition partition) {
    return partitions.higherKey(partition.start);
  }

  /** The partitions in key order. */
  List<CapacityPartition> all() {
    return new ArrayList<>(partitions.values());
  }

  int size() {
    return partitions.size();
  }

  /**
   * Splits partitions at the middle of their hash range, widest first, until there are {@code
   * target} (UpdateTable raising throughput past what the partitions serve).
   *
   * @return the partitions created
   */
  List<CapacityPartition> splitTo(int target, long nowNanos) {
    List<CapacityPartition> created = new ArrayList<>();
    while (partitions.size() < target) {
      CapacityPartition widest = null;
      long widestSpan = 1;
      for (CapacityPartition partition : partitions.values()) {
        long span = hashOf(end(partition)) - hashOf(partition.start);
        if (span > widestSpan) {
          widest = partition;
          widestSpan = span;
        }
      }
      if (widest == null) {
        break;
      }
      created.add(add(hashBoundary(hashOf(widest.start) + widestSpan / 2), nowNanos));
    }
    return created;
  }

  /**
   * Splits the partition that owns {@code at} there; {@code at} must lie strictly inside its range.
   *
   * @return the new partition, owning the range from {@code at}
   */
  CapacityPartition split(ItemKey at, long nowNanos) {
    return add(at, nowNanos);
  }

  /** A boundary at the start of the key range whose hashes are {@code hash} and above. */
  static ItemKey hashBoundary(long hash) {
    return new ItemKey((int) hash, KeyValue.LOWEST, KeyValue.LOWEST, null);
  }

  /**
   * The coarsest boundary that separates {@code lower} from {@code key} ({@code lower < key}): at
   * {@code key}'s hash if the hashes differ, else at its partition key, else at its sort key (a
   * split inside one item collection). It is above {@code lower} and at or below {@code key}.
   */
  static ItemKey boundaryBetween(ItemKey lower, ItemKey key) {
    if (lower.hash() != key.hash()) {
      return hashBoundary(Integer.toUnsignedLong(key.hash()));
    }
    if (!lower.partitionKey().equals(key.partitionKey())) {
      return new ItemKey(key.hash(), key.partitionKey(), KeyValue.LOWEST, null);
    }
    return new ItemKey(key.hash(), key.partitionKey(), key.sortKey(), null);
  }

  /** The unsigned hash where {@code boundary} starts ({@code 2^32} for the end of the space). */
  static long hashOf(ItemKey boundary) {
    return boundary == null ? HASH_SPACE : Integer.toUnsignedLong(boundary.hash());
  }
}
