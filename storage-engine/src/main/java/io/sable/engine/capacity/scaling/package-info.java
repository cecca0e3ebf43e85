/**
 * DynamoDB auto scaling on the engine clock: Application Auto Scaling's target tracking of a
 * provisioned table's or global secondary index's read or write capacity ({@link AutoScaling}),
 * evaluated from the per-minute metrics of {@code io.sable.engine.capacity.throughput} and applied
 * through UpdateTable, so that its quotas on decreases hold and DescribeTable shows each change.
 *
 * <pre>{@code
 * SableEngine engine = SableEngine.builder().clock(clock).build();
 * engine.autoScaling().register("Orders", null, ScalableDimension.WRITE_CAPACITY_UNITS,
 *     new AutoScalingPolicy(5, 500, 70));
 * // ... traffic, clock.advance(...) ...
 * List<ScalingActivity> activities = engine.autoScaling().evaluate();
 * }</pre>
 */
package io.sable.engine.capacity.scaling;
