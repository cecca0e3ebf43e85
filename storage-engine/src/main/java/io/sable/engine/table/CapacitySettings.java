package io.sable.engine.table;

/**
 * The {@code OnDemandThroughput} and {@code WarmThroughput} of a table or of one of its global
 * secondary indexes, as CreateTable and UpdateTable leave them (API Reference, {@code
 * OnDemandThroughput} and {@code WarmThroughput}).
 *
 * @param maxReadRequestUnits the most read request units per second on demand, or {@code null} for
 *     no maximum (set only while the billing mode is {@code PAY_PER_REQUEST})
 * @param maxWriteRequestUnits the most write request units per second on demand, or {@code null}
 * @param warmReadUnitsPerSecond the reads per second the table or index serves at once: what was
 *     asked for, at least the on-demand initial 12,000 or the highest {@code ReadCapacityUnits}
 *     ever provisioned (it never decreases)
 * @param warmWriteUnitsPerSecond the writes per second it serves at once (at least 4,000 on demand
 *     or the highest {@code WriteCapacityUnits} ever provisioned)
 */
public record CapacitySettings(
    Long maxReadRequestUnits,
    Long maxWriteRequestUnits,
    long warmReadUnitsPerSecond,
    long warmWriteUnitsPerSecond) {

  /**
   * A new on-demand table's or index's settings: no maximum, and the warm throughput of 12,000 reads
   * and 4,000 writes per second that a new on-demand table starts with (Developer Guide,
   * "Understanding DynamoDB warm throughput in different scenarios", "Warm throughput for an
   * on-demand table": "A new on-demand table starts with a warm throughput of 12,000 read units per
   * second and 4,000 write units per second").
   */
  public static final CapacitySettings ON_DEMAND = new CapacitySettings(null, null, 12_000, 4_000);

  /**
   * A new provisioned table's or index's settings: warm throughput equal to its provisioned
   * throughput (same source, "Warm throughput for a provisioned table").
   */
  public static CapacitySettings provisioned(long readCapacityUnits, long writeCapacityUnits) {
    return new CapacitySettings(null, null, readCapacityUnits, writeCapacityUnits);
  }

  /** The settings with on-demand maximums {@code maxRead} and {@code maxWrite} ({@code null}: none). */
  public CapacitySettings withMaximums(Long maxRead, Long maxWrite) {
    return new CapacitySettings(maxRead, maxWrite, warmReadUnitsPerSecond, warmWriteUnitsPerSecond);
  }

  /** The settings with warm throughput raised to at least {@code read} and {@code write}. */
  public CapacitySettings warmedTo(long read, long write) {
    return new CapacitySettings(
        maxReadRequestUnits,
        maxWriteRequestUnits,
        Math.max(warmReadUnitsPerSecond, read),
        Math.max(warmWriteUnitsPerSecond, write));
  }

  /** Whether an on-demand maximum is set. */
  public boolean hasMaximum() {
    return maxReadRequestUnits != null || maxWriteRequestUnits != null;
  }
}
