package io.sable.engine.capacity.scaling;

/**
 * A target tracking policy for one capacity of a table or global secondary index: Application Auto
 * Scaling's scalable target ({@code MinCapacity}, {@code MaxCapacity}) with a target tracking
 * scaling policy on the predefined metric {@code DynamoDBReadCapacityUtilization} or {@code
 * DynamoDBWriteCapacityUtilization} ({@code TargetValue}, a percentage). Source: Developer Guide,
 * "Managing throughput capacity automatically with DynamoDB auto scaling", whose target
 * utilization is between {@value #MIN_TARGET_UTILIZATION} and {@value #MAX_TARGET_UTILIZATION}
 * percent (the console and CloudFormation/CDK's {@code targetUtilizationPercent} refuse others).
 *
 * @param minCapacity the least capacity units it scales in to, at least 1
 * @param maxCapacity the most capacity units it scales out to, at least {@code minCapacity}
 * @param targetUtilization the consumed share of provisioned capacity to keep, in percent, from
 *     {@value #MIN_TARGET_UTILIZATION} to {@value #MAX_TARGET_UTILIZATION}
 * @throws IllegalArgumentException if a value is out of range, with a message naming it
 */
public record AutoScalingPolicy(long minCapacity, long maxCapacity, double targetUtilization) {
  /** The lowest target utilization DynamoDB auto scaling takes, in percent. */
  public static final int MIN_TARGET_UTILIZATION = 20;
  /** The highest target utilization DynamoDB auto scaling takes, in percent. */
  public static final int MAX_TARGET_UTILIZATION = 90;

  /** Checks the values. */
  public AutoScalingPolicy {
    if (minCapacity < 1 || maxCapacity < minCapacity) {
      throw new IllegalArgumentException(
          "need 1 <= minCapacity <= maxCapacity: " + minCapacity + ", " + maxCapacity);
    }
    if (!(targetUtilization >= MIN_TARGET_UTILIZATION && targetUtilization <= MAX_TARGET_UTILIZATION)) {
      throw new IllegalArgumentException("targetUtilization must be from " + MIN_TARGET_UTILIZATION + " to "
          + MAX_TARGET_UTILIZATION + " percent: " + targetUtilization);
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
