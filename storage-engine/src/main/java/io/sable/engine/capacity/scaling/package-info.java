/**
 * DynamoDB auto scaling on the engine clock: Application Auto Scaling's target tracking of a
 * provisioned table's or global secondary index's read or write capacity ({@link
 * io.sable.engine.capacity.scaling.AutoScaling}): a minimum, a maximum and a target utilization
 * from 20 to 90 percent ({@link io.sable.engine.capacity.scaling.AutoScalingPolicy}); out after 2
 * minutes above the target, in after 15 below. It reads the per-minute metrics of {@code
 * io.sable.engine.capacity.throughput} and applies changes through UpdateTable, so that its quotas
 * on decreases hold and DescribeTable shows each change. Policies apply to one capacity of one
 * table or index, or by default to every provisioned table and index, as the DynamoDB console turns
 * auto scaling on for new tables. The engine evaluates them every {@code
 * SableEngine.Builder.autoScalingInterval} (one minute by default) on a background thread once a
 * policy is registered; {@code sable-server serve --auto-scaling MIN:MAX:TARGET} registers a default
 * policy. CloudWatch's alarm delay, cooldowns and the time UpdateTable takes are not modelled.
 *
 * <pre>{@code
 * ManualClock clock = new ManualClock(Instant.parse("2026-12-01T00:00:00Z"));
 * SableEngine engine = SableEngine.builder().clock(clock)
 *     .autoScalingInterval(Duration.ZERO).build();       // no background evaluations: a test
 * engine.autoScaling().register("Orders", null, ScalableDimension.WRITE_CAPACITY_UNITS,
 *     new AutoScalingPolicy(5, 500, 70));
 * // ... traffic, clock.advance(...) ...
 * List<ScalingActivity> activities = engine.autoScaling().evaluate();
 * }</pre>
 */
package io.sable.engine.capacity.scaling;
