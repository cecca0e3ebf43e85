/**
 * Load on virtual time: {@link io.sable.test.load.Workload} drives repository calls at stated rates
 * for a span of the engine's clock (uniform, Zipf or hot-key distributions over generated keys),
 * counts what was throttled, and reads the engine's throughput metrics and Contributor Insights
 * into a {@link io.sable.test.load.WorkloadRun}; {@link io.sable.test.load.Provisioning} turns a
 * table provisioned so that the engine throttles it.
 */
package io.sable.test.load;
