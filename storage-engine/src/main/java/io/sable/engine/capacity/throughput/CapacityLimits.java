package io.sable.engine.capacity.throughput;

import io.sable.engine.table.CapacitySettings;
import java.time.Duration;

/**
 * DynamoDB's documented numbers that the engine's throughput model implements, each with its
 * source.
 */
public final class CapacityLimits {
  /**
   * The most read capacity units one partition serves per second (3,000 RCU). Source: Developer
   * Guide, "Best practices for designing and using partition keys effectively" and "Partitions and
   * data distribution" ("each partition can support a maximum of 3,000 read capacity units (RCUs)
   * or 1,000 write capacity units (WCUs)"); so also the most one item can get.
   */
  public static final double PARTITION_READ_UNITS = 3000;

  /** The most write capacity units one partition serves per second (1,000 WCU); same source. */
  public static final double PARTITION_WRITE_UNITS = 1000;

  /**
   * About how much data one partition holds before DynamoDB splits it (10 GB). Source: Developer
   * Guide, "Partitions and data distribution".
   */
  public static final long PARTITION_BYTES = 10L * 1024 * 1024 * 1024;

  /**
   * How long DynamoDB retains unused provisioned capacity as burst capacity (300 seconds). Source:
   * Developer Guide, "Burst capacity" ("DynamoDB currently retains up to five minutes (300 seconds)
   * of unused read and write capacity").
   */
  public static final Duration BURST_WINDOW = Duration.ofSeconds(300);

  /**
   * The read throughput a new on-demand table or index serves at once (12,000 read request units
   * per second). Source: Developer Guide, "Initial throughput for on-demand capacity mode" and
   * "Warm throughput" (a new on-demand table's warm throughput is 12,000 reads and 4,000 writes
   * per second).
   */
  public static final long ON_DEMAND_INITIAL_READ_UNITS =
      CapacitySettings.ON_DEMAND.warmReadUnitsPerSecond();

  /** The write throughput a new on-demand table or index serves at once (4,000 per second). */
  public static final long ON_DEMAND_INITIAL_WRITE_UNITS =
      CapacitySettings.ON_DEMAND.warmWriteUnitsPerSecond();

  /**
   * On-demand mode accommodates up to this multiple of the previous peak at once. Source: Developer
   * Guide, "On-demand capacity mode", "Peak traffic and scaling properties" ("instantly accommodates
   * up to double the previous peak traffic on a table").
   */
  public static final int ON_DEMAND_PEAK_MULTIPLE = 2;

  /**
   * How long a new peak takes to become the previous peak that on-demand mode doubles: "throttling
   * can occur if you exceed double your previous peak within 30 minutes" (same source).
   */
  public static final Duration ON_DEMAND_PEAK_WINDOW = Duration.ofMinutes(30);

  /**
   * How long a partition's traffic is watched before adaptive capacity isolates (splits) a hot key
   * range: one minute of engine time. DynamoDB documents that it splits for heat "automatically"
   * after sustained high traffic (Developer Guide, "Split for heat"), not after how long; the
   * engine's choice is stated here so that tests can rely on it.
   */
  public static final Duration SPLIT_FOR_HEAT_WINDOW = Duration.ofMinutes(1);

  /**
   * The share of a partition's maximum throughput that, sustained over {@link
   * #SPLIT_FOR_HEAT_WINDOW} (or any throttling at the partition maximum), makes the partition hot
   * enough to split (the engine's choice; see there).
   */
  public static final double SPLIT_FOR_HEAT_SHARE = 0.5;

  private CapacityLimits() {}

  /**
   * How many partitions a table or index needs for its throughput, by DynamoDB's documented sizing:
   * {@code ceil(readUnits / 3000 + writeUnits / 1000)}, at least 1. Source: Developer Guide (2012
   * to 2018 editions), "Understand Partition Behavior", "Partitions by throughput".
   */
  public static int partitionsFor(double readUnits, double writeUnits) {
    double needed = readUnits / PARTITION_READ_UNITS + writeUnits / PARTITION_WRITE_UNITS;
    return (int) Math.max(1, Math.min(1 << 20, Math.ceil(needed - 1e-9)));
  }
}
