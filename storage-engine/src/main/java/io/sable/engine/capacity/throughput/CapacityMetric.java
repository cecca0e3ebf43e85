package io.sable.engine.capacity.throughput;

import java.time.Instant;

/**
 * One minute of a table's or global secondary index's throughput, as the CloudWatch metrics of the
 * {@code AWS/DynamoDB} namespace report it with the {@code Sum} statistic over a 60-second period
 * (Developer Guide, "DynamoDB Metrics and dimensions").
 *
 * @param minute the start of the minute, on the engine clock
 * @param consumedReadCapacityUnits {@code ConsumedReadCapacityUnits}: RCU consumed in the minute
 * @param consumedWriteCapacityUnits {@code ConsumedWriteCapacityUnits}: WCU consumed in the minute
 * @param provisionedReadCapacityUnits {@code ProvisionedReadCapacityUnits} at the end of the minute
 *     (RCU per second; 0 on demand)
 * @param provisionedWriteCapacityUnits {@code ProvisionedWriteCapacityUnits} (WCU per second)
 * @param readThrottleEvents {@code ReadThrottleEvents}: reads refused for throughput (one per item
 *     of a batch)
 * @param writeThrottleEvents {@code WriteThrottleEvents}
 * @param throttledRequests {@code ThrottledRequests}: requests that failed because of throttling
 */
public record CapacityMetric(
    Instant minute,
    double consumedReadCapacityUnits,
    double consumedWriteCapacityUnits,
    double provisionedReadCapacityUnits,
    double provisionedWriteCapacityUnits,
    long readThrottleEvents,
    long writeThrottleEvents,
    long throttledRequests) {

  /** Consumed RCU per second, averaged over the minute. */
  public double consumedReadCapacityUnitsPerSecond() {
    return consumedReadCapacityUnits / 60;
  }

  /** Consumed WCU per second, averaged over the minute. */
  public double consumedWriteCapacityUnitsPerSecond() {
    return consumedWriteCapacityUnits / 60;
  }
}
