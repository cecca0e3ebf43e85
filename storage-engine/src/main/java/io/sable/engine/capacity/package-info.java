/**
 * Consumed capacity: DynamoDB's read and write capacity unit rules ({@link
 * io.sable.engine.capacity.CapacityUnits}), the write cost of secondary indexes ({@link
 * io.sable.engine.capacity.IndexWrites}), and the per-request meter that reports them as {@code
 * ConsumedCapacity} for {@code ReturnConsumedCapacity} {@code TOTAL} or {@code INDEXES} ({@link
 * io.sable.engine.capacity.CapacityMeter}).
 *
 * <p>These are the units the throughput model of {@link io.sable.engine.capacity.throughput}
 * charges to partitions, so that code tested against the engine sees the numbers, and the
 * throttling, it would see against DynamoDB. Depends on
 * {@link io.sable.engine.table}, {@link io.sable.engine.index} and {@link io.sable.engine.value}.
 */
package io.sable.engine.capacity;
