package io.sable.engine.capacity.throughput;

/**
 * One partition of a table or global secondary index, as the engine's capacity model has it now.
 *
 * @param partitionId the partition's number, unique within its table or index (splits add new ones)
 * @param startHash where its key range starts: the unsigned 32-bit hash of the partition key
 *     (inclusive)
 * @param startPartitionKey the first partition key of the range when it starts inside one hash
 *     value (a split by heat or size), else {@code null}
 * @param startSortKey the first sort key of the range when it starts inside one item collection,
 *     else {@code null}
 * @param endHash where its range ends (exclusive; {@code 4294967296} for the end of the hash
 *     space), or the hash where the next partition starts
 * @param sizeBytes the bytes stored in it
 * @param maxReadCapacityUnits the most RCU per second it serves ({@link
 *     CapacityLimits#PARTITION_READ_UNITS})
 * @param maxWriteCapacityUnits the most WCU per second it serves ({@link
 *     CapacityLimits#PARTITION_WRITE_UNITS})
 * @param consumedReadCapacityUnits RCU consumed in it since it was created
 * @param consumedWriteCapacityUnits WCU consumed in it since it was created
 * @param throttleEvents requests refused while their key was in it
 */
public record PartitionDescription(
    int partitionId,
    long startHash,
    String startPartitionKey,
    String startSortKey,
    long endHash,
    long sizeBytes,
    double maxReadCapacityUnits,
    double maxWriteCapacityUnits,
    double consumedReadCapacityUnits,
    double consumedWriteCapacityUnits,
    long throttleEvents) {}
