package io.sable.engine.capacity.throughput;

/**
 * The throughput settings of one table or global secondary index, as CreateTable and UpdateTable
 * set them.
 *
 * @param provisioned whether the billing mode is {@code PROVISIONED} (else {@code PAY_PER_REQUEST})
 * @param readCapacityUnits provisioned RCU per second (0 on demand)
 * @param writeCapacityUnits provisioned WCU per second (0 on demand)
 * @param maxReadRequestUnits on demand, {@code OnDemandThroughput.MaxReadRequestUnits} per second,
 *     or {@code null} for no maximum
 * @param maxWriteRequestUnits on demand, {@code OnDemandThroughput.MaxWriteRequestUnits} per
 *     second, or {@code null}
 * @param warmReadUnits the reads per second the table or index serves at once ({@code
 *     WarmThroughput.ReadUnitsPerSecond}); at least {@link
 *     CapacityLimits#ON_DEMAND_INITIAL_READ_UNITS} on demand
 * @param warmWriteUnits the writes per second it serves at once
 */
public record ResourceThroughput(
    boolean provisioned,
    double readCapacityUnits,
    double writeCapacityUnits,
    Long maxReadRequestUnits,
    Long maxWriteRequestUnits,
    long warmReadUnits,
    long warmWriteUnits) {

  /** Provisioned throughput of {@code read} RCU and {@code write} WCU per second. */
  public static ResourceThroughput provisioned(double read, double write) {
    return new ResourceThroughput(true, read, write, null, null, (long) read, (long) write);
  }

  /**
   * On-demand throughput with optional maximums ({@code null}: none) and the default warm
   * throughput of a new on-demand table.
   */
  public static ResourceThroughput onDemand(Long maxRead, Long maxWrite) {
    return new ResourceThroughput(
        false,
        0,
        0,
        maxRead,
        maxWrite,
        CapacityLimits.ON_DEMAND_INITIAL_READ_UNITS,
        CapacityLimits.ON_DEMAND_INITIAL_WRITE_UNITS);
  }

  /** Whether an on-demand maximum is set, which turns throttling on by default. */
  public boolean hasOnDemandMaximum() {
    return !provisioned && (maxReadRequestUnits != null || maxWriteRequestUnits != null);
  }

  /** How many partitions this throughput needs ({@link CapacityLimits#partitionsFor}). */
  int partitions() {
    return provisioned
        ? CapacityLimits.partitionsFor(readCapacityUnits, writeCapacityUnits)
        : CapacityLimits.partitionsFor(warmReadUnits, warmWriteUnits);
  }
}
