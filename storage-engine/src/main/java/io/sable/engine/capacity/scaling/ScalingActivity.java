package io.sable.engine.capacity.scaling;

import java.time.Instant;

/**
 * One change auto scaling made or tried, like Application Auto Scaling's {@code ScalingActivity}.
 *
 * @param tableName the table
 * @param indexName the global secondary index, or {@code null} for the table
 * @param dimension the capacity changed
 * @param time when, on the engine clock
 * @param fromCapacity the capacity units before
 * @param toCapacity the capacity units asked for
 * @param failure {@code null} if UpdateTable applied the change, else its error message (for
 *     instance DynamoDB's {@code LimitExceededException} for a decrease over the daily quota)
 */
public record ScalingActivity(
    String tableName,
    String indexName,
    ScalableDimension dimension,
    Instant time,
    long fromCapacity,
    long toCapacity,
    String failure) {

  /** Whether UpdateTable applied the change. */
  public boolean successful() {
    return failure == null;
  }
}
