package io.sable.engine.capacity.throughput;

/**
 * One key's share of a table's or global secondary index's traffic over a span of engine time, as
 * CloudWatch Contributor Insights for DynamoDB reports it (Developer Guide, "Using CloudWatch
 * Contributor Insights for DynamoDB": most accessed and most throttled partition keys, and
 * partition key + sort key).
 *
 * @param partitionKey the partition key value as text (a string, a number's digits, or base64 of
 *     a binary)
 * @param sortKey the sort key value as text, or {@code null} for a partition-key contributor (or a
 *     table without sort key)
 * @param consumedReadCapacityUnits RCU consumed at the key
 * @param consumedWriteCapacityUnits WCU consumed at the key
 * @param throttleEvents reads and writes of the key refused for throughput
 */
public record KeyContributor(
    String partitionKey,
    String sortKey,
    double consumedReadCapacityUnits,
    double consumedWriteCapacityUnits,
    long throttleEvents) {

  /** Consumed capacity units, reads and writes together: what "most accessed" ranks by. */
  public double consumedCapacityUnits() {
    return consumedReadCapacityUnits + consumedWriteCapacityUnits;
  }
}
