package io.sable.engine.stream;

import java.time.Clock;
import java.time.Duration;

/**
 * The engine-wide settings of its streams.
 *
 * @param clock the clock for record times, shard rollover, retention and iterator expiry
 * @param region the region named in records ({@code awsRegion}) and ARNs
 * @param accountId the account named in ARNs
 * @param shardsPerStream how many shard lineages each stream has open at once (at least 1); an
 *     item's records always go to the same lineage
 * @param shardLifetime how long a shard stays open before it rolls over to a child shard (DynamoDB
 *     does not document its schedule; shards are "ephemeral")
 * @param retention how long records are kept: DynamoDB Streams' 24 hours
 * @param iteratorLifetime how long a shard iterator can be used: 15 minutes in DynamoDB Streams
 */
public record StreamSettings(
    Clock clock,
    String region,
    String accountId,
    int shardsPerStream,
    Duration shardLifetime,
    Duration retention,
    Duration iteratorLifetime) {
  /** DynamoDB Streams' retention: "All data in DynamoDB Streams is subject to a 24 hour lifetime". */
  public static final Duration RETENTION = Duration.ofHours(24);
  /** "A shard iterator expires 15 minutes after it is retrieved" (API Reference, GetShardIterator). */
  public static final Duration ITERATOR_LIFETIME = Duration.ofMinutes(15);
  /** The engine's default shard lifetime before rollover. */
  public static final Duration DEFAULT_SHARD_LIFETIME = Duration.ofHours(4);

  /** Checks the values. */
  public StreamSettings {
    if (shardsPerStream < 1) {
      throw new IllegalArgumentException("shardsPerStream must be positive: " + shardsPerStream);
    }
    if (shardLifetime.isNegative() || shardLifetime.isZero()) {
      throw new IllegalArgumentException("shardLifetime must be positive: " + shardLifetime);
    }
  }
}
