package io.sable.engine.stream;

import io.sable.engine.value.KeySchema;
import java.time.Instant;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * The whole state of one stream, as a durable engine's snapshot keeps it ({@link Streams#export},
 * {@link Streams#restore}): its identity, its sequence counter, and each shard lineage's shards
 * with the records still within the retention period.
 *
 * @param tableId the id of the table whose latest stream this is, or {@code null} if it is no
 *     table's latest (its table was deleted or its stream re-enabled since)
 * @param tableName the table's name
 * @param arn {@code StreamArn}
 * @param label {@code StreamLabel}
 * @param viewType {@code StreamViewType}
 * @param keySchema the table's primary key
 * @param createdAt {@code CreationRequestDateTime}
 * @param sequence the highest sequence number given so far
 * @param disabledAt when it was disabled, or {@code null}
 * @param lineages each lineage's shards, oldest first
 */
public record StreamState(
    String tableId,
    String tableName,
    String arn,
    String label,
    StreamViewType viewType,
    KeySchema keySchema,
    Instant createdAt,
    long sequence,
    Instant disabledAt,
    List<LineageState> lineages) {

  /**
   * One lineage of shards.
   *
   * @param generation how many times it rolled over
   * @param shards its listed shards, parent first
   */
  public record LineageState(int generation, List<ShardState> shards) {}

  /**
   * One shard.
   *
   * @param closedAt when it closed, or {@code null} while open
   * @param endingSequenceNumber its last sequence number once closed, else -1
   * @param trimmedThrough the last sequence number trimmed from its head
   * @param records its records still within the retention period, in order
   */
  public record ShardState(
      String shardId,
      String parentShardId,
      long startingSequenceNumber,
      Instant createdAt,
      Instant closedAt,
      long endingSequenceNumber,
      long trimmedThrough,
      List<ChangeRecord> records) {}
}
