package io.sable.engine.capacity.scaling;

/**
 * A target tracking policy for one capacity of a table or global secondary index: Application Auto
 * Scaling's scalable target ({@code MinCapacity}, {@code MaxCapacity}) with a target tracking
 * scaling policy on the predefined metric {@code DynamoDBReadCapacityUtilization} or {@code
 * DynamoDBWriteCapacityUtilization} ({@code TargetValue}, a percentage). Source: Developer Guide,
 * "Managing throughput capacity automatically with DynamoDB auto scaling".
 *
 * @param minCapacity the least capacity units it scales in to, at least 1
 * @param maxCapacity the most capacity units it scales out to, at least {@code minCapacity}
 * @param targetUtilization the consumed share of provisioned capacity to keep, in percent, greater
 *     than 0 and at most 100
 * @throws IllegalArgumentException if a value is out of range
 */
public record AutoScalingPolicy(long minCapacity, long maxCapacity, double targetUtilization) {
  /** Checks the values. */
  public AutoScalingPolicy {
    if (minCapacity < 1 || maxCapacity < minCapacity) {
      throw new IllegalArgumentException(
          "need 1 <= minCapacity <= maxCapacity: " + minCapacity + ", " + maxCapacity);
    }
    if (!(targetUtilization > 0 && targetUtilization <= 100)) {
      throw new IllegalArgumentException("targetUtilization must be in (0, 100]: " + targetUtilization);
    }
  }

  /** {@code capacity} bounded by {@link #minCapacity} and {@link #maxCapacity}. */
  long bound(long capacity) {
    return Math.max(minCapacity, Math.min(maxCapacity, capacity));
  }

  /** The capacity at which {@code consumedPerSecond} is the target utilization, rounded up. */
  long capacityFor(double consumedPerSecond) {
    return (long) Math.ceil(consumedPerSecond * 100 / targetUtilization - 1e-9);
  }
}
