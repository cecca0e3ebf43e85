package io.sable.engine.capacity.throughput;

import io.sable.engine.capacity.throughput.Throttle.Limit;
import io.sable.engine.value.ItemKey;
import io.sable.engine.value.KeyValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The throughput model of one table or one global secondary index: its partitions, its token
 * buckets, its metrics and, while enabled, its Contributor Insights. Thread-safe (one lock).
 *
 * <p>The rules, each from DynamoDB's documentation:
 *
 * <ul>
 *   <li><b>Provisioned mode.</b> One bucket per direction refilled at the provisioned RCU or WCU per
 *       second and holding up to {@link CapacityLimits#BURST_WINDOW} (300 seconds) of them: burst
 *       capacity. It starts full.
 *   <li><b>Adaptive capacity.</b> Any partition may use the table's unused throughput, up to the
 *       partition maximum (Developer Guide, "Adaptive capacity": it "automatically and instantly
 *       increases throughput capacity for partitions that receive more traffic"); so the
 *       provisioned bucket is the table's, not split by partition, as DynamoDB's global admission
 *       control does (Elhemali et al., USENIX ATC 2022, section 4.3).
 *   <li><b>Partition maximum.</b> Each partition serves at most 3,000 RCU and 1,000 WCU per second,
 *       in both modes, so one item never gets more.
 *   <li><b>Split for heat.</b> A partition that is hot for {@link
 *       CapacityLimits#SPLIT_FOR_HEAT_WINDOW} (it ran into its maximum, or served {@link
 *       CapacityLimits#SPLIT_FOR_HEAT_SHARE} of it) splits in two at the middle of its traffic,
 *       unless all of it went to one item or to ever-increasing keys.
 *   <li><b>Split for size.</b> A partition over {@link CapacityLimits#PARTITION_BYTES} (or the
 *       engine's configured size) splits at the middle of its data.
 *   <li><b>On-demand mode.</b> Serves at once up to {@link OnDemandPeak#allowed} (double the
 *       previous peak, at least the warm throughput), and at most the {@code OnDemandThroughput}
 *       maximums.
 * </ul>
 */
final class ResourceCapacity {
  private final String arn;
  private final boolean index;
  private final KeyRangeSizes sizes;
  private final long partitionSizeLimit;
  private ResourceThroughput throughput;
  private final KeySpace keys;
  private TokenBucket tableRead;
  private TokenBucket tableWrite;
  private TokenBucket maxRead;
  private TokenBucket maxWrite;
  private final OnDemandPeak readPeak = new OnDemandPeak();
  private final OnDemandPeak writePeak = new OnDemandPeak();
  private final MinuteMetrics metrics = new MinuteMetrics();
  private KeyContributors contributors;
  private boolean throttling = true;

  ResourceCapacity(
      String arn,
      boolean index,
      ResourceThroughput throughput,
      KeyRangeSizes sizes,
      long partitionSizeLimit,
      long nowNanos) {
    this.arn = arn;
    this.index = index;
    this.sizes = sizes;
    this.partitionSizeLimit = partitionSizeLimit;
    this.keys = new KeySpace(throughput.partitions(), nowNanos);
    configure(throughput, nowNanos);
    for (CapacityPartition partition : keys.all()) {
      partition.sizeBytes = sizes.bytes(partition.start, keys.end(partition));
    }
  }

  /**
   * Applies new throughput settings (UpdateTable): the buckets take the new rates, keeping the
   * tokens they hold, and partitions split if the new throughput needs more of them.
   */
  synchronized void configure(ResourceThroughput updated, long nowNanos) {
    refill(nowNanos);
    this.throughput = updated;
    double readRate = updated.provisioned() ? updated.readCapacityUnits() : readPeak.allowed(updated.warmReadUnits(), nowNanos);
    double writeRate = updated.provisioned() ? updated.writeCapacityUnits() : writePeak.allowed(updated.warmWriteUnits(), nowNanos);
    double window = updated.provisioned() ? CapacityLimits.BURST_WINDOW.getSeconds() : 1;
    tableRead = bucket(tableRead, readRate, readRate * window, nowNanos);
    tableWrite = bucket(tableWrite, writeRate, writeRate * window, nowNanos);
    maxRead = maximum(maxRead, updated.maxReadRequestUnits(), nowNanos);
    maxWrite = maximum(maxWrite, updated.maxWriteRequestUnits(), nowNanos);
    for (CapacityPartition created : keys.splitTo(updated.partitions(), nowNanos)) {
      resize(created);
    }
  }

  private static TokenBucket bucket(TokenBucket old, double rate, double capacity, long nowNanos) {
    if (old == null) {
      return new TokenBucket(rate, capacity, nowNanos);
    }
    old.reconfigure(rate, capacity);
    return old;
  }

  private static TokenBucket maximum(TokenBucket old, Long units, long nowNanos) {
    return units == null ? null : bucket(old, units, units, nowNanos);
  }

  /**
   * Whether a read or write of {@code key} may start now.
   *
   * @param wholeRequest whether a refusal fails the whole request (counted as a {@code
   *     ThrottledRequests}), rather than one item of a batch
   * @return {@code null} if admitted, else why not (already counted as a throttle event)
   */
  synchronized Throttle admit(ItemKey key, boolean write, boolean wholeRequest, long nowNanos) {
    if (!throttling) {
      return null;
    }
    refill(nowNanos);
    CapacityPartition partition = keys.partitionOf(key);
    refill(partition, nowNanos);
    TokenBucket maximum = write ? maxWrite : maxRead;
    Limit limit = null;
    if (maximum != null && !maximum.admits()) {
      limit = Limit.MAX_ON_DEMAND;
    } else if (!(write ? tableWrite : tableRead).admits()) {
      limit = throughput.provisioned() ? Limit.PROVISIONED : Limit.KEY_RANGE;
    } else if (!(write ? partition.writeMaximum : partition.readMaximum).admits()) {
      limit = Limit.KEY_RANGE;
      partition.windowThrottledAtMaximum = true;
    }
    if (limit == null) {
      return null;
    }
    partition.throttledRequests++;
    partition.sampleThrottled(key);
    metrics.throttled(write, wholeRequest, throughput, nowNanos);
    if (contributors != null) {
      contributors.record(key, write, 0, true, nowNanos);
    }
    return Throttle.of(limit, throughput.provisioned(), index, write, arn);
  }

  /**
   * Takes {@code units} consumed at {@code key} from every bucket that covers it, and adds {@code
   * sizeDelta} bytes to its partition; may split the partition for heat or size.
   */
  synchronized void charge(ItemKey key, boolean write, double units, long sizeDelta, long nowNanos) {
    refill(nowNanos);
    CapacityPartition partition = keys.partitionOf(key);
    if (nowNanos - partition.windowStart >= CapacityLimits.SPLIT_FOR_HEAT_WINDOW.toNanos()) {
      splitForHeat(partition, nowNanos);
      partition = keys.partitionOf(key);
    }
    refill(partition, nowNanos);
    (write ? tableWrite : tableRead).take(units);
    TokenBucket maximum = write ? maxWrite : maxRead;
    if (maximum != null) {
      maximum.take(units);
    }
    if (!throughput.provisioned()) {
      (write ? writePeak : readPeak).record(units, nowNanos);
    }
    if (write) {
      partition.writeMaximum.take(units);
      partition.consumedWrite += units;
    } else {
      partition.readMaximum.take(units);
      partition.consumedRead += units;
    }
    partition.sample(key, write, units);
    metrics.consumed(write, units, throughput, nowNanos);
    if (contributors != null) {
      contributors.record(key, write, units, false, nowNanos);
    }
    // The write being charged is not stored yet: a split measures the data without it, and its
    // bytes then go to the partition that owns its key.
    if (partition.sizeBytes + sizeDelta > partitionSizeLimit) {
      splitForSize(partition, nowNanos);
      partition = keys.partitionOf(key);
    }
    partition.sizeBytes += sizeDelta;
  }

  private void refill(long nowNanos) {
    if (tableRead == null) {
      return;
    }
    if (!throughput.provisioned()) {
      // What on-demand serves at once grows with the previous peak; the time since the last
      // request refills at the new rate.
      double read = readPeak.allowed(throughput.warmReadUnits(), nowNanos);
      double write = writePeak.allowed(throughput.warmWriteUnits(), nowNanos);
      tableRead.reconfigure(read, read);
      tableWrite.reconfigure(write, write);
    }
    tableRead.refill(nowNanos);
    tableWrite.refill(nowNanos);
    if (maxRead != null) {
      maxRead.refill(nowNanos);
    }
    if (maxWrite != null) {
      maxWrite.refill(nowNanos);
    }
  }

  // A partition's maximums refill when it is used (or described), not on every request.
  private static void refill(CapacityPartition partition, long nowNanos) {
    partition.readMaximum.refill(nowNanos);
    partition.writeMaximum.refill(nowNanos);
  }

  private void splitForHeat(CapacityPartition partition, long nowNanos) {
    double seconds = (nowNanos - partition.windowStart) / 1e9;
    double share = CapacityLimits.SPLIT_FOR_HEAT_SHARE;
    boolean hotReads = partition.windowRead >= share * CapacityLimits.PARTITION_READ_UNITS * seconds;
    boolean hotWrites =
        partition.windowWrite >= share * CapacityLimits.PARTITION_WRITE_UNITS * seconds;
    boolean hot = partition.windowThrottledAtMaximum || hotReads || hotWrites;
    boolean sequentialWrites =
        partition.windowWrite > partition.windowRead
            && partition.windowWritesIncreasing
            && partition.windowWriteKeys > 1;
    if (hot && !sequentialWrites) {
      ItemKey at = trafficMiddle(partition);
      if (at != null) {
        keys.split(at, nowNanos);
        resize(partition);
        resize(keys.partitionOf(at));
      }
    }
    partition.resetWindow(nowNanos);
  }

  // The boundary at the middle of the partition's sampled traffic; null if one key had it all.
  private static ItemKey trafficMiddle(CapacityPartition partition) {
    List<Map.Entry<ItemKey, double[]>> sampled = new ArrayList<>(partition.windowKeys.entrySet());
    if (sampled.size() < 2) {
      return null;
    }
    sampled.sort(Map.Entry.comparingByKey());
    double total = 0;
    for (Map.Entry<ItemKey, double[]> entry : sampled) {
      total += entry.getValue()[0];
    }
    double running = 0;
    for (int i = 0; i < sampled.size(); i++) {
      running += sampled.get(i).getValue()[0];
      if (running >= total / 2) {
        // Isolate the key that tips the half: split just after it, or just before it if it is last.
        int upper = i + 1 < sampled.size() ? i + 1 : i;
        return KeySpace.boundaryBetween(
            sampled.get(upper - 1).getKey(), sampled.get(upper).getKey());
      }
    }
    return null;
  }

  private void splitForSize(CapacityPartition partition, long nowNanos) {
    ItemKey at = sizes.middle(partition.start, keys.end(partition));
    if (at != null && at.compareTo(partition.start) > 0) {
      keys.split(at, nowNanos);
      resize(partition);
      resize(keys.partitionOf(at));
    }
  }

  private void resize(CapacityPartition partition) {
    partition.sizeBytes = sizes.bytes(partition.start, keys.end(partition));
  }

  /**
   * Whether requests are refused for throughput ({@code false}: only metered, for a table the
   * simulation leaves out but whose Contributor Insights are on).
   */
  synchronized void throttling(boolean throttling) {
    this.throttling = throttling;
  }

  synchronized boolean throttling() {
    return throttling;
  }

  /** Turns Contributor Insights on (keeping what it collected, if it was on) or off. */
  synchronized void contributorInsights(boolean enabled) {
    if (!enabled) {
      contributors = null;
    } else if (contributors == null) {
      contributors = new KeyContributors();
    }
  }

  synchronized boolean contributorInsights() {
    return contributors != null;
  }

  /** The top contributors since {@code fromNanos}, or an empty list while disabled. */
  synchronized List<KeyContributor> topContributors(
      long fromNanos, boolean items, boolean throttled, int limit) {
    return contributors == null ? List.of() : contributors.top(fromNanos, items, throttled, limit);
  }

  synchronized List<CapacityMetric> metrics() {
    return metrics.all();
  }

  synchronized ResourceThroughput throughput() {
    return throughput;
  }

  /** The partitions, in key order. */
  synchronized List<PartitionDescription> partitions(long nowNanos) {
    refill(nowNanos);
    List<PartitionDescription> result = new ArrayList<>();
    for (CapacityPartition partition : keys.all()) {
      refill(partition, nowNanos);
      ItemKey start = partition.start;
      ItemKey end = keys.end(partition);
      result.add(
          new PartitionDescription(
              partition.id,
              KeySpace.hashOf(start),
              start.partitionKey().value() == null ? null : KeyContributors.text(start.partitionKey()),
              start.sortKey().value() == null || start.sortKey() == KeyValue.NONE
                  ? null
                  : KeyContributors.text(start.sortKey()),
              end == null ? KeySpace.hashOf(null) : KeySpace.hashOf(end),
              partition.sizeBytes,
              CapacityLimits.PARTITION_READ_UNITS,
              CapacityLimits.PARTITION_WRITE_UNITS,
              partition.consumedRead,
              partition.consumedWrite,
              partition.throttledRequests));
    }
    return result;
  }
}
