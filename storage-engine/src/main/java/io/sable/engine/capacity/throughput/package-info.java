/**
 * Partitions with throughput: the engine's model of how DynamoDB admits, serves and throttles
 * requests, on the engine's clock ({@code ManualClock} in tests).
 *
 * <p>Each modelled table and global secondary index ({@link
 * io.sable.engine.capacity.throughput.CapacitySimulation}) is split into partitions by the hash of
 * its partition key (and by sort key inside one large item collection), as many as its throughput
 * needs ({@link io.sable.engine.capacity.throughput.CapacityLimits#partitionsFor}); partitions
 * split for size and for heat and never merge. Requests are admitted against token buckets:
 * provisioned throughput with 300 seconds of burst capacity, on-demand capacity at double the
 * previous peak and at most the {@code OnDemandThroughput} maximums, and each partition's maximum
 * of 3,000 RCU and 1,000 WCU per second; adaptive capacity lets a hot partition use the table's
 * unused throughput. A refused request fails with {@code ProvisionedThroughputExceededException}
 * or {@code ThrottlingException} and DynamoDB's {@code ThrottlingReasons} ({@link
 * io.sable.engine.capacity.throughput.Throttle}). The model keeps per-minute metrics under
 * CloudWatch's names ({@link io.sable.engine.capacity.throughput.CapacityMetric}) and, while
 * enabled, Contributor Insights ({@link io.sable.engine.capacity.throughput.KeyContributor}); read
 * them through {@link io.sable.engine.capacity.throughput.EngineCapacity}.
 *
 * <p>Not modelled: the account-level throughput quotas (40,000 units per table by default) and
 * their {@code AccountLimitExceeded} reasons, DAX, and the exact timing of DynamoDB's internal
 * splits (the engine's choices are stated in {@link
 * io.sable.engine.capacity.throughput.CapacityLimits}).
 *
 * <p>Depends on {@link io.sable.engine.capacity}, {@link io.sable.engine.table}, {@link
 * io.sable.engine.index} and {@link io.sable.engine.value}.
 */
package io.sable.engine.capacity.throughput;
