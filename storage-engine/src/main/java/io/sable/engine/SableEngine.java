package io.sable.engine;

import io.sable.engine.api.EngineDynamoDbClient;
import io.sable.engine.api.EngineDynamoDbStreamsClient;
import io.sable.engine.backup.BackupSettings;
import io.sable.engine.backup.PointInTimeRecovery;
import io.sable.engine.capacity.scaling.AutoScaling;
import io.sable.engine.capacity.throughput.CapacityLimits;
import io.sable.engine.capacity.throughput.CapacitySimulation;
import io.sable.engine.capacity.throughput.EngineCapacity;
import io.sable.engine.capacity.throughput.Throughput;
import io.sable.engine.index.IndexBackfill;
import io.sable.engine.index.IndexLag;
import io.sable.engine.stream.StreamSettings;
import io.sable.engine.storage.DurableStore;
import io.sable.engine.storage.Durability;
import io.sable.engine.storage.PinnableClock;
import io.sable.engine.stream.Streams;
import io.sable.engine.table.Journal;
import io.sable.engine.table.Table;
import io.sable.engine.table.TableSettings;
import io.sable.engine.table.Tables;
import io.sable.engine.transaction.ClientRequestTokens;
import io.sable.engine.transfer.ExportSource;
import io.sable.engine.transfer.S3Root;
import io.sable.engine.transfer.TransferSettings;
import io.sable.engine.transaction.TransactionHook;
import io.sable.engine.transaction.Transactions;
import io.sable.engine.ttl.TimeToLive;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * An in-process, partitioned engine that behaves like Amazon DynamoDB, down to its exception types
 * and messages, behind the AWS SDK's own {@link DynamoDbClient} interface.
 *
 * <pre>{@code
 * try (SableEngine engine = SableEngine.create()) {
 *   DynamoDbClient dynamoDb = engine.dynamoDbClient();
 *   dynamoDb.createTable(b -> b.tableName("orders")
 *       .billingMode(BillingMode.PAY_PER_REQUEST)
 *       .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build())
 *       .attributeDefinitions(AttributeDefinition.builder()
 *           .attributeName("pk").attributeType(ScalarAttributeType.S).build()));
 *   dynamoDb.putItem(b -> b.tableName("orders").item(Map.of("pk", AttributeValue.fromS("o-1"))));
 * }
 * }</pre>
 *
 * <p>All clients of one engine see the same tables. By default data lives in memory and is gone
 * after {@link #close()}, and creating an engine allocates nothing but its table catalog; with
 * {@link Builder#dataDirectory} it is kept on disk and recovered by the next engine on that
 * directory (see {@link io.sable.engine.storage}).
 */
public final class SableEngine implements AutoCloseable {
  /** The default number of partitions (write locks) per table. */
  public static final int DEFAULT_PARTITIONS = 16;
  /** The default region, named in table ARNs. */
  public static final String DEFAULT_REGION = "us-east-1";
  /** The default account id, named in table ARNs. */
  public static final String DEFAULT_ACCOUNT_ID = "000000000000";
  /** The default number of succeeded {@code ClientRequestToken}s remembered at once. */
  public static final int DEFAULT_CLIENT_REQUEST_TOKENS = 100_000;
  /** The default time between background Time to Live sweeps. */
  public static final Duration DEFAULT_TTL_SWEEP_INTERVAL = Duration.ofSeconds(10);
  /** The default time between background auto scaling evaluations: CloudWatch's one data point a minute. */
  public static final Duration DEFAULT_AUTO_SCALING_INTERVAL = Duration.ofMinutes(1);

  private final Tables tables = new Tables();
  private final EngineDynamoDbClient client;
  private final EngineDynamoDbStreamsClient streamsClient;
  private final TimeToLive timeToLive;
  private final EngineCapacity capacity;
  private final AutoScaling autoScaling;
  private final int partitions;
  private final String region;
  private final String accountId;
  private final Clock clock;
  private final DurableStore durableStore;

  private SableEngine(Builder builder) {
    this.partitions = builder.partitions;
    this.clock = builder.clock;
    // A durable engine runs on a clock that recovery can pin to each logged write's time.
    Clock engineClock =
        builder.dataDirectory == null ? builder.clock : new PinnableClock(builder.clock);
    this.durableStore =
        builder.dataDirectory == null
            ? null
            : DurableStore.open(
                builder.dataDirectory,
                builder.durability,
                builder.snapshotLogBytes,
                (PinnableClock) engineClock);
    Journal journal = durableStore == null ? Journal.NONE : durableStore;
    this.region = builder.region;
    this.accountId = builder.accountId;
    Streams streams =
        new Streams(
            new StreamSettings(
                engineClock,
                region,
                accountId,
                builder.streamShards,
                builder.streamShardLifetime,
                StreamSettings.RETENTION,
                StreamSettings.ITERATOR_LIFETIME));
    this.timeToLive = new TimeToLive(engineClock, builder.ttlSweepInterval);
    this.streamsClient = new EngineDynamoDbStreamsClient(streams);
    ClientRequestTokens tokens = new ClientRequestTokens(engineClock, builder.clientRequestTokens);
    TableSettings tableSettings =
        new TableSettings(
            builder.itemCollectionSizeLimit,
            IndexLag.of(builder.globalIndexLag, engineClock),
            IndexBackfill.of(
                builder.indexBackfillTime, builder.indexBackfillBytesPerSecond, engineClock),
            journal);
    Throughput throughput =
        new Throughput(
            builder.capacity,
            engineClock,
            "arn:aws:dynamodb:" + region + ":" + accountId + ":table/",
            builder.partitionSizeLimit);
    this.capacity = new EngineCapacity(tables, throughput);
    this.client =
        new EngineDynamoDbClient(
            tables,
            partitions,
            region,
            accountId,
            engineClock,
            new Transactions(builder.transactionHook),
            tokens,
            streams,
            timeToLive,
            tableSettings,
            builder.indexBackfills,
            throughput,
            builder.backupSettings,
            new TransferSettings(
                builder.s3Root == null ? null : new S3Root(builder.s3Root),
                builder.exportSource,
                builder.transferDuration));
    this.autoScaling =
        new AutoScaling(tables, capacity, client::updateTable, engineClock, builder.autoScalingInterval);
    if (durableStore != null) {
      durableStore.recover(
          new DurableStore.Engine(
              tables,
              streams,
              tokens,
              timeToLive,
              throughput,
              partitions,
              tableSettings,
              "arn:aws:dynamodb:" + region + ":" + accountId + ":table/",
              client.pointInTimeRecovery(),
              client.onDemandBackups()));
    }
  }

  private static void backfillThread(Runnable backfill) {
    Thread thread = new Thread(backfill, "sable-index-backfill");
    thread.setDaemon(true);
    thread.start();
  }

  /** An engine with the default options. */
  public static SableEngine create() {
    return builder().build();
  }

  /** A builder for an engine with chosen options. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The engine's {@link DynamoDbClient}: thread-safe, shared by every caller; its {@code close()}
   * does nothing. Supports the table, item, Query, Scan, batch and transaction operations (see
   * {@link EngineDynamoDbClient}); other operations throw {@link UnsupportedOperationException}.
   */
  public DynamoDbClient dynamoDbClient() {
    return client;
  }

  /**
   * The engine's {@link DynamoDbStreamsClient}: ListStreams, DescribeStream, GetShardIterator and
   * GetRecords over the streams of this engine's tables (see {@link EngineDynamoDbStreamsClient}).
   * Thread-safe; its {@code close()} does nothing.
   */
  public DynamoDbStreamsClient dynamoDbStreamsClient() {
    return streamsClient;
  }

  /**
   * Deletes, now, every item whose Time to Live has passed by the engine's clock, as the background
   * sweep does every {@link Builder#ttlSweepInterval}: for tests with a controlled clock.
   *
   * @return how many items were deleted
   */
  public int sweepExpiredItems() {
    int deleted = timeToLive.sweep();
    if (durableStore != null) {
      durableStore.awaitDurable(); // a durable engine's deletions are on disk when this returns
    }
    return deleted;
  }

  /**
   * The engine's model of DynamoDB's partitions and throughput: the partitions, per-minute metrics
   * and Contributor Insights of each table and global secondary index it models (see {@link
   * Builder#capacity}).
   */
  public EngineCapacity capacity() {
    return capacity;
  }

  /**
   * The engine's DynamoDB auto scaling, as Application Auto Scaling's target tracking: policies
   * (minimum and maximum capacity units, target utilization in percent) for the read and write
   * capacity of provisioned tables and global secondary indexes, one by one or by default for all,
   * scaling out after 2 minutes above the target and in after 15 below, applied through
   * UpdateTable. Evaluated on the engine clock every {@link Builder#autoScalingInterval} in the
   * background once a policy is registered, and whenever {@link AutoScaling#evaluate} is called
   * (for tests with a controlled clock). See {@link AutoScaling} for the rules and what is not
   * modelled.
   */
  public AutoScaling autoScaling() {
    return autoScaling;
  }

  /**
   * The engine's point-in-time recovery (UpdateContinuousBackups): the items of a table with it
   * enabled at any instant of its window, and its changes between two instants, for exports.
   */
  public PointInTimeRecovery pointInTimeRecovery() {
    return client.pointInTimeRecovery();
  }

  /** How many partitions (write locks) each table has. */
  public int partitions() {
    return partitions;
  }

  /** The region named in ARNs. */
  public String region() {
    return region;
  }

  /** The account id named in ARNs. */
  public String accountId() {
    return accountId;
  }

  /**
   * The engine's clock (see {@link Builder#clock}): the time of table creation, Time to Live,
   * streams, and of whatever serves the engine, such as a server's SigV4 time-skew check.
   */
  public Clock clock() {
    return clock;
  }

  /**
   * The durable store of an engine built with {@link Builder#dataDirectory}, or {@code null} for an
   * in-memory engine: its directory and durability, {@link DurableStore#snapshot()}, and a crash
   * simulation for tests ({@link DurableStore#crash()}).
   */
  public DurableStore durableStore() {
    return durableStore;
  }

  /**
   * Stops the Time to Live sweeper and auto scaling's evaluations and drops every table and its
   * data. A durable engine first writes everything to disk, takes a snapshot (so that the next
   * start need not replay the log) and releases its data directory.
   */
  @Override
  public void close() {
    timeToLive.close();
    autoScaling.close();
    if (durableStore != null) {
      durableStore.close();
    }
    tables.clear();
  }

  /** Options for a {@link SableEngine}. */
  public static final class Builder {
    private int partitions = DEFAULT_PARTITIONS;
    private String region = DEFAULT_REGION;
    private String accountId = DEFAULT_ACCOUNT_ID;
    private Clock clock = Clock.systemUTC();
    private TransactionHook transactionHook = TransactionHook.NONE;
    private int clientRequestTokens = DEFAULT_CLIENT_REQUEST_TOKENS;
    private int streamShards = 1;
    private Duration streamShardLifetime = StreamSettings.DEFAULT_SHARD_LIFETIME;
    private Duration ttlSweepInterval = DEFAULT_TTL_SWEEP_INTERVAL;
    private Duration autoScalingInterval = DEFAULT_AUTO_SCALING_INTERVAL;
    private long itemCollectionSizeLimit = Table.DEFAULT_ITEM_COLLECTION_SIZE_LIMIT;
    private Executor indexBackfills = SableEngine::backfillThread;
    private Duration globalIndexLag = Duration.ZERO;
    private Duration indexBackfillTime = Duration.ZERO;
    private long indexBackfillBytesPerSecond;
    private CapacitySimulation capacity = CapacitySimulation.PROVISIONED;
    private long partitionSizeLimit = CapacityLimits.PARTITION_BYTES;
    private BackupSettings backupSettings = BackupSettings.DEFAULT;
    private Path s3Root;
    private ExportSource exportSource;
    private Duration transferDuration = TransferSettings.DEFAULT_DURATION;
    private Path dataDirectory;
    private Durability durability = Durability.fsync();
    private long snapshotLogBytes = DurableStore.DEFAULT_SNAPSHOT_LOG_BYTES;

    private Builder() {}

    /**
     * How long, on the engine {@link #clock}, a new on-demand backup stays {@code CREATING}, a
     * restored table stays {@code CREATING}, and how far behind the clock point-in-time recovery's
     * {@code LatestRestorableDateTime} is. Default {@link BackupSettings#DEFAULT} (1 second, 1
     * second, DynamoDB's 5 minutes); {@link BackupSettings#IMMEDIATE} for none.
     */
    public Builder backupSettings(BackupSettings settings) {
      this.backupSettings = Objects.requireNonNull(settings, "settings");
      return this;
    }

    /**
     * The directory that stands for Amazon S3 in ExportTableToPointInTime and ImportTable: each
     * folder directly under it is a bucket, and an object's key is its path below the bucket's
     * folder ({@code s3Root/my-bucket/exports/AWSDynamoDB/...}). An export to or import from a
     * bucket whose folder does not exist fails with {@code S3NoSuchBucket}. Default none: both
     * operations are refused with a ValidationException naming this option.
     */
    public Builder s3Root(Path directory) {
      this.s3Root = Objects.requireNonNull(directory, "directory");
      return this;
    }

    /**
     * Where ExportTableToPointInTime reads a table's past: its items at the export time and its
     * changes in an incremental export's window. Default the engine's own point-in-time recovery
     * (UpdateContinuousBackups): DynamoDB exports only tables with it enabled, from any instant of
     * their recovery window, and fails with {@code PointInTimeRecoveryUnavailableException}
     * otherwise. A test may pass another source, or {@link ExportSource#UNAVAILABLE} to refuse
     * every export.
     */
    public Builder exportSource(ExportSource source) {
      this.exportSource = Objects.requireNonNull(source, "source");
      return this;
    }

    /**
     * How long an export or import stays {@code IN_PROGRESS} (and an imported table {@code
     * CREATING}) on the engine's {@link #clock}; the files are written, or read, when the request
     * is made. Default {@link TransferSettings#DEFAULT_DURATION}, one second.
     *
     * @throws IllegalArgumentException if negative
     */
    public Builder transferDuration(Duration duration) {
      Objects.requireNonNull(duration, "duration");
      if (duration.isNegative()) {
        throw new IllegalArgumentException("transferDuration must not be negative: " + duration);
      }
      this.transferDuration = duration;
      return this;
    }

    /**
     * Makes the engine durable: tables (definitions, indexes, tags, Time to Live and stream
     * settings), items, remembered {@code ClientRequestToken}s and stream records within their
     * 24-hour retention are kept in {@code directory} (created if missing) and survive a restart
     * or a crash, as a write-ahead log with CRC32C-checked records and periodic snapshots (see
     * {@link io.sable.engine.storage}). Building the engine locks the directory (a second engine,
     * in this or another process, is refused with an {@link IllegalStateException}) and recovers
     * what it holds; {@link SableEngine#close()} snapshots it and releases it. Default none: the
     * engine keeps everything in memory.
     *
     * <pre>{@code
     * try (SableEngine engine = SableEngine.builder().dataDirectory(Path.of("data")).build()) {
     *   engine.dynamoDbClient().listTables();   // the tables of the last run
     * }
     * }</pre>
     */
    public Builder dataDirectory(Path directory) {
      this.dataDirectory = Objects.requireNonNull(directory, "directory");
      return this;
    }

    /**
     * When acknowledged writes of a durable engine ({@link #dataDirectory}) reach the disk: {@link
     * Durability#fsync()} before every acknowledgement (the default), or {@link
     * Durability#periodic} every N milliseconds, whose loss window {@link Durability} documents.
     */
    public Builder durability(Durability durability) {
      this.durability = Objects.requireNonNull(durability, "durability");
      return this;
    }

    /**
     * How many bytes a durable engine's write-ahead log grows by before a snapshot is taken in the
     * background and the log segments it covers are deleted. Default 256 MB.
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder snapshotLogBytes(long bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("snapshotLogBytes must be positive: " + bytes);
      }
      this.snapshotLogBytes = bytes;
      return this;
    }

    /**
     * Which tables are throttled as DynamoDB throttles them: by partition (3,000 RCU and 1,000 WCU
     * per second each, splitting by size and for heat), by provisioned throughput with 300 seconds
     * of burst capacity, and, on demand, at double the previous peak and at the {@code
     * OnDemandThroughput} maximums, all on the engine's {@link #clock}. Throttled requests fail
     * with {@code ProvisionedThroughputExceededException} or {@code ThrottlingException} (with
     * {@code ThrottlingReasons}); batches return the throttled items unprocessed. Default {@link
     * CapacitySimulation#PROVISIONED}: provisioned tables and on-demand tables with a maximum;
     * {@link CapacitySimulation#OFF} throttles nothing, {@link CapacitySimulation#ALL} every table.
     */
    public Builder capacity(CapacitySimulation simulation) {
      this.capacity = Objects.requireNonNull(simulation, "simulation");
      return this;
    }

    /**
     * The size past which a partition of a modelled table or index splits in two, in bytes.
     * Default DynamoDB's 10 GB ({@link CapacityLimits#PARTITION_BYTES}); a small value lets a test
     * watch splits for size with little data.
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder partitionSizeLimit(long bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("partitionSizeLimit must be positive: " + bytes);
      }
      this.partitionSizeLimit = bytes;
      return this;
    }

    /**
     * The largest item collection (a partition key's items plus their local secondary index
     * entries) of a table with local secondary indexes, in bytes: a write past it fails with {@code
     * ItemCollectionSizeLimitExceededException}. Default DynamoDB's 10 GB; set a small limit to test
     * how code handles it with little data.
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder itemCollectionSizeLimit(long bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("itemCollectionSizeLimit must be positive: " + bytes);
      }
      this.itemCollectionSizeLimit = bytes;
      return this;
    }

    /**
     * How long a write takes to show in global secondary indexes, measured on the engine's {@link
     * #clock}: a Query or Scan of a global secondary index sees a write only once {@code lag} has
     * passed, as DynamoDB's indexes are eventually consistent, so that code that must tolerate
     * index lag can be tested. Default zero: every index shows every write at once. Local
     * secondary indexes and the table never lag.
     *
     * @throws IllegalArgumentException if negative
     */
    public Builder globalIndexLag(Duration lag) {
      Objects.requireNonNull(lag, "lag");
      if (lag.isNegative()) {
        throw new IllegalArgumentException("globalIndexLag must not be negative: " + lag);
      }
      this.globalIndexLag = lag;
      return this;
    }

    /**
     * How long a global secondary index that UpdateTable creates stays {@code CREATING}, with
     * {@code Backfilling} true, on the engine's {@link #clock}: {@code fixed} plus the table's size
     * when the index is created divided by {@code bytesPerSecond} (0: no time proportional to
     * size), rounded up to the millisecond. Meanwhile the table is {@code UPDATING} and a Query or
     * Scan of the index fails with DynamoDB's "Cannot read from backfilling global secondary
     * index". Default zero and 0: the index is {@code ACTIVE} once its backfill task ({@link
     * #indexBackfills}) has run. For example {@code indexBackfill(Duration.ofMinutes(5),
     * 1_000_000)} keeps an index over a 10 MB table {@code CREATING} for 5 minutes 10 seconds.
     *
     * @throws IllegalArgumentException if either is negative
     */
    public Builder indexBackfill(Duration fixed, long bytesPerSecond) {
      Objects.requireNonNull(fixed, "fixed");
      if (fixed.isNegative() || bytesPerSecond < 0) {
        throw new IllegalArgumentException(
            "indexBackfill must not be negative: " + fixed + ", " + bytesPerSecond);
      }
      this.indexBackfillTime = fixed;
      this.indexBackfillBytesPerSecond = bytesPerSecond;
      return this;
    }

    /**
     * Where UpdateTable backfills a new global secondary index (the index is {@code CREATING} until
     * the task ends). Default a new daemon thread per index; a test can pass an executor that holds
     * the task to observe the index while it is being backfilled.
     */
    public Builder indexBackfills(Executor executor) {
      this.indexBackfills = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /**
     * How many partitions (independently locked slices of the hash space) each table has; more
     * partitions let more writers run in parallel. Default {@value SableEngine#DEFAULT_PARTITIONS}.
     *
     * @throws IllegalArgumentException if not between 1 and 65536
     */
    public Builder partitions(int partitions) {
      if (partitions < 1 || partitions > 65536) {
        throw new IllegalArgumentException("partitions must be 1 to 65536: " + partitions);
      }
      this.partitions = partitions;
      return this;
    }

    /** The region named in ARNs. Default {@value SableEngine#DEFAULT_REGION}. */
    public Builder region(String region) {
      this.region = Objects.requireNonNull(region, "region");
      return this;
    }

    /** The 12-digit account id named in ARNs. Default {@value SableEngine#DEFAULT_ACCOUNT_ID}. */
    public Builder accountId(String accountId) {
      this.accountId = Objects.requireNonNull(accountId, "accountId");
      return this;
    }

    /**
     * The clock for table creation times, the 10-minute window of {@code ClientRequestToken}s,
     * stream record times, shard rollover, the 24-hour stream retention, the 15-minute life of
     * shard iterators, Time to Live expiry, {@link #globalIndexLag}, and the minutes auto scaling
     * reads. Default the system UTC clock.
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * A test facility: a hook every transaction calls while it holds its items, to reproduce a
     * transaction in flight without sleeping (see {@link TransactionHook}). Default none.
     */
    public Builder transactionHook(TransactionHook transactionHook) {
      this.transactionHook = Objects.requireNonNull(transactionHook, "transactionHook");
      return this;
    }

    /**
     * How many succeeded {@code ClientRequestToken}s of {@code TransactWriteItems} the engine
     * remembers at once for idempotency; past that, the oldest are forgotten before their 10
     * minutes end (DynamoDB has no such bound, but an engine serving many clients over HTTP, whose
     * SDKs give every request a token, needs one). Default {@value
     * SableEngine#DEFAULT_CLIENT_REQUEST_TOKENS}.
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder clientRequestTokens(int clientRequestTokens) {
      if (clientRequestTokens < 1) {
        throw new IllegalArgumentException(
            "clientRequestTokens must be positive: " + clientRequestTokens);
      }
      this.clientRequestTokens = clientRequestTokens;
      return this;
    }

    /**
     * How many shards each stream has open at once; an item's records always go to the same one,
     * picked by a hash of its partition key. Default 1.
     *
     * @throws IllegalArgumentException if not between 1 and 1024
     */
    public Builder streamShards(int streamShards) {
      if (streamShards < 1 || streamShards > 1024) {
        throw new IllegalArgumentException("streamShards must be 1 to 1024: " + streamShards);
      }
      this.streamShards = streamShards;
      return this;
    }

    /**
     * How long a stream shard stays open before the next record rolls it over to a child shard
     * (DynamoDB rolls shards over on a schedule of its own). Default 4 hours.
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder streamShardLifetime(Duration streamShardLifetime) {
      if (streamShardLifetime.isNegative() || streamShardLifetime.isZero()) {
        throw new IllegalArgumentException(
            "streamShardLifetime must be positive: " + streamShardLifetime);
      }
      this.streamShardLifetime = streamShardLifetime;
      return this;
    }

    /**
     * The time between background Time to Live sweeps, which delete expired items; {@code
     * Duration.ZERO} for none (call {@link SableEngine#sweepExpiredItems()} instead). Default
     * {@link SableEngine#DEFAULT_TTL_SWEEP_INTERVAL}. DynamoDB deletes expired items "typically
     * within a few days"; the engine, within one interval.
     *
     * @throws IllegalArgumentException if negative
     */
    public Builder ttlSweepInterval(Duration ttlSweepInterval) {
      if (ttlSweepInterval.isNegative()) {
        throw new IllegalArgumentException("ttlSweepInterval must not be negative: " + ttlSweepInterval);
      }
      this.ttlSweepInterval = ttlSweepInterval;
      return this;
    }

    /**
     * The real time between background auto scaling evaluations, which apply the policies of
     * {@link SableEngine#autoScaling()} on one daemon thread started when the first policy is
     * registered; {@code Duration.ZERO} for none (call {@link AutoScaling#evaluate()} instead, as a
     * test with a {@code ManualClock} does). Default {@link
     * SableEngine#DEFAULT_AUTO_SCALING_INTERVAL}, as often as CloudWatch gets a data point; the
     * rules read whole minutes of the engine clock, so evaluating more often only applies a due
     * change sooner.
     *
     * @throws IllegalArgumentException if negative
     */
    public Builder autoScalingInterval(Duration autoScalingInterval) {
      Objects.requireNonNull(autoScalingInterval, "autoScalingInterval");
      if (autoScalingInterval.isNegative()) {
        throw new IllegalArgumentException(
            "autoScalingInterval must not be negative: " + autoScalingInterval);
      }
      this.autoScalingInterval = autoScalingInterval;
      return this;
    }

    /** The engine. */
    public SableEngine build() {
      return new SableEngine(this);
    }
  }
}
