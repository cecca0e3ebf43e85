package io.sable.engine.capacity.throughput;

import io.sable.engine.value.ItemKey;
import java.util.HashMap;
import java.util.Map;

/**
 * One partition of a table or of a global secondary index: a range of the key space, its size, its
 * partition-maximum token buckets ({@link CapacityLimits#PARTITION_READ_UNITS} and {@link
 * CapacityLimits#PARTITION_WRITE_UNITS} per second, at most one second's worth held), and what it
 * served in the current split-for-heat window. Guarded by its {@link ResourceCapacity}'s lock.
 */
final class CapacityPartition {
  // At most this many distinct keys are counted per window for split for heat; traffic to further
  // keys is still charged, only not sampled.
  private static final int SAMPLED_KEYS = 4096;

  final int id;
  final ItemKey start;
  final TokenBucket readMaximum;
  final TokenBucket writeMaximum;
  long sizeBytes;
  double consumedRead;
  double consumedWrite;
  long throttledRequests;

  long windowStart;
  double windowRead;
  double windowWrite;
  boolean windowThrottledAtMaximum;
  final Map<ItemKey, double[]> windowKeys = new HashMap<>();
  private ItemKey lastWriteKey;
  boolean windowWritesIncreasing = true;
  int windowWriteKeys;

  CapacityPartition(int id, ItemKey start, long nowNanos) {
    this.id = id;
    this.start = start;
    this.readMaximum =
        new TokenBucket(
            CapacityLimits.PARTITION_READ_UNITS, CapacityLimits.PARTITION_READ_UNITS, nowNanos);
    this.writeMaximum =
        new TokenBucket(
            CapacityLimits.PARTITION_WRITE_UNITS, CapacityLimits.PARTITION_WRITE_UNITS, nowNanos);
    this.windowStart = nowNanos;
  }

  /** Records {@code units} served at {@code key} in the current window. */
  void sample(ItemKey key, boolean write, double units) {
    if (write) {
      windowWrite += units;
      // Split for heat does not help writes to ever-increasing sort keys (Developer Guide, "Split
      // for heat": "if the hot keys are sequential, such as a time-series key").
      if (lastWriteKey != null && key.compareTo(lastWriteKey) <= 0) {
        windowWritesIncreasing = false;
      }
      lastWriteKey = key;
      windowWriteKeys++;
    } else {
      windowRead += units;
    }
    count(key, units);
  }

  private void count(ItemKey key, double units) {
    double[] counted = windowKeys.get(key);
    if (counted == null && windowKeys.size() < SAMPLED_KEYS) {
      counted = new double[1];
      windowKeys.put(key, counted);
    }
    if (counted != null) {
      counted[0] += units;
    }
  }

  /**
   * Records a request refused at {@code key} in the current window, as one unit of demand: split
   * for heat follows the traffic a key range receives, served or not.
   */
  void sampleThrottled(ItemKey key) {
    count(key, 1);
  }

  /** Starts a new window at {@code nowNanos}. */
  void resetWindow(long nowNanos) {
    windowStart = nowNanos;
    windowRead = 0;
    windowWrite = 0;
    windowThrottledAtMaximum = false;
    windowKeys.clear();
    lastWriteKey = null;
    windowWritesIncreasing = true;
    windowWriteKeys = 0;
  }
}
