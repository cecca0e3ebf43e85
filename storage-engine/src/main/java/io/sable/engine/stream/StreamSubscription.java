package io.sable.engine.stream;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.model.DescribeStreamResponse;
import software.amazon.awssdk.services.dynamodb.model.ExpiredIteratorException;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.TrimmedDataAccessException;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * An in-process consumer of one stream, as an AWS Lambda event source mapping consumes it: it
 * polls every shard through a {@link DynamoDbStreamsClient} (the engine's, or DynamoDB Local's or
 * DynamoDB's) and hands records to a handler in batches of at most {@code batchSize}, each batch
 * from one shard.
 *
 * <p>Delivery is at least once and in order per shard, so per item and per partition key (an item
 * collection's records share a shard): a shard's next batch is handed over only after its previous
 * batch returned normally. A batch whose handler throws is handed over again, the same records, on
 * the next poll, up to {@code maximumRetryAttempts} more times (-1: until it succeeds, the
 * default, as Lambda retries until the records expire), after which it is given to the {@code
 * onDiscard} callback and skipped, like Lambda's on-failure destination. A child shard is read only
 * after its parent shard is read to its end.
 *
 * <pre>{@code
 * try (StreamSubscription subscription = StreamSubscription.builder(engine.dynamoDbStreamsClient(), streamArn)
 *     .batchSize(10)
 *     .handler(records -> records.forEach(r -> notify(r)))
 *     .build()) {
 *   dynamoDb.putItem(...);
 *   subscription.poll();                 // delivers now, on this thread
 *   subscription.start(Duration.ofMillis(100));   // or: on a background thread
 * }
 * }</pre>
 *
 * <p>{@link #poll()} delivers everything available at the time, on the calling thread, and is what
 * tests use; {@link #start} polls on one daemon thread until {@link #close()}. Thread-safe: polls
 * never overlap.
 */
public final class StreamSubscription implements AutoCloseable {
  private final DynamoDbStreamsClient streams;
  private final String streamArn;
  private final int batchSize;
  private final int maximumRetryAttempts;
  private final Consumer<List<Record>> handler;
  private final Consumer<List<Record>> onDiscard;
  private final Map<String, ShardReader> readers = new LinkedHashMap<>();
  private final boolean fromTrimHorizon;
  private ScheduledExecutorService poller;

  private StreamSubscription(Builder builder) {
    this.streams = builder.streams;
    this.streamArn = builder.streamArn;
    this.batchSize = builder.batchSize;
    this.maximumRetryAttempts = builder.maximumRetryAttempts;
    this.handler = Objects.requireNonNull(builder.handler, "handler");
    this.onDiscard = builder.onDiscard;
    this.fromTrimHorizon = builder.startingPosition == ShardIteratorType.TRIM_HORIZON;
    if (!fromTrimHorizon) {
      // LATEST: the position is taken now, so changes made after build() are delivered.
      for (Shard shard : describe()) {
        ShardReader reader = new ShardReader(shard);
        if (shard.sequenceNumberRange().endingSequenceNumber() == null) {
          reader.iterator = iterator(shard.shardId(), ShardIteratorType.LATEST, null);
        } else {
          reader.finished = true;
        }
        readers.put(shard.shardId(), reader);
      }
    }
  }

  /**
   * A builder for a subscription to the stream {@code streamArn}, read through {@code streams}.
   */
  public static Builder builder(DynamoDbStreamsClient streams, String streamArn) {
    return new Builder(streams, streamArn);
  }

  /**
   * Delivers every record available now: for each shard whose parent is done, batches until the
   * shard has nothing more or a batch fails.
   *
   * @return the number of records in batches that succeeded
   */
  public synchronized int poll() {
    for (Shard shard : describe()) {
      readers.computeIfAbsent(shard.shardId(), id -> new ShardReader(shard));
    }
    int delivered = 0;
    Set<ShardReader> polled = new HashSet<>();
    boolean parentFinished = true;
    while (parentFinished) {
      // A shard that finishes makes its children readable in the same poll.
      parentFinished = false;
      for (ShardReader reader : new ArrayList<>(readers.values())) {
        if (reader.finished || !parentDone(reader) || !polled.add(reader)) {
          continue;
        }
        delivered += reader.drain();
        parentFinished |= reader.finished;
      }
    }
    return delivered;
  }

  /** Polls every {@code interval} on a daemon thread until {@link #close()}; failures are retried. */
  public synchronized StreamSubscription start(Duration interval) {
    if (poller == null) {
      poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "sable-stream-subscription");
        thread.setDaemon(true);
        return thread;
      });
      long millis = Math.max(1, interval.toMillis());
      poller.scheduleWithFixedDelay(this::pollQuietly, 0, millis, TimeUnit.MILLISECONDS);
    }
    return this;
  }

  /** Stops background polling. */
  @Override
  public synchronized void close() {
    if (poller != null) {
      poller.shutdownNow();
    }
  }

  private void pollQuietly() {
    try {
      poll();
    } catch (RuntimeException e) {
      // The stream may be briefly unreachable; the next poll tries again.
    }
  }

  private boolean parentDone(ShardReader reader) {
    String parent = reader.shard.parentShardId();
    ShardReader parentReader = parent == null ? null : readers.get(parent);
    return parentReader == null || parentReader.finished;
  }

  private List<Shard> describe() {
    List<Shard> shards = new ArrayList<>();
    String start = null;
    do {
      String exclusiveStart = start;
      DescribeStreamResponse response = streams.describeStream(
          b -> b.streamArn(streamArn).exclusiveStartShardId(exclusiveStart));
      shards.addAll(response.streamDescription().shards());
      start = response.streamDescription().lastEvaluatedShardId();
    } while (start != null);
    return shards;
  }

  private String iterator(String shardId, ShardIteratorType type, String sequenceNumber) {
    return streams.getShardIterator(b -> b.streamArn(streamArn).shardId(shardId)
        .shardIteratorType(type).sequenceNumber(sequenceNumber)).shardIterator();
  }

  /** The reading position of one shard. */
  private final class ShardReader {
    private final Shard shard;
    private String iterator;
    private String lastSequenceNumber;
    private boolean finished;
    private int attempts;

    private ShardReader(Shard shard) {
      this.shard = shard;
    }

    // Delivers batches until the shard has nothing more now, is finished, or a batch fails.
    private int drain() {
      int delivered = 0;
      while (!finished) {
        GetRecordsResponse response;
        try {
          if (iterator == null) {
            iterator = lastSequenceNumber == null
                ? iterator(shard.shardId(), ShardIteratorType.TRIM_HORIZON, null)
                : iterator(shard.shardId(), ShardIteratorType.AFTER_SEQUENCE_NUMBER, lastSequenceNumber);
          }
          String current = iterator;
          response = streams.getRecords(b -> b.shardIterator(current).limit(batchSize));
        } catch (ExpiredIteratorException e) {
          iterator = null; // a fresh iterator after the last record delivered
          continue;
        } catch (TrimmedDataAccessException e) {
          iterator = null; // records expired before they were read: go on from the oldest kept
          lastSequenceNumber = null;
          continue;
        } catch (ResourceNotFoundException e) {
          finished = true; // the shard itself expired
          break;
        }
        List<Record> records = response.records();
        if (!records.isEmpty() && !deliver(records)) {
          return delivered; // the same batch again at the next poll
        }
        if (!records.isEmpty()) {
          delivered += records.size();
          lastSequenceNumber = records.get(records.size() - 1).dynamodb().sequenceNumber();
        }
        iterator = response.nextShardIterator();
        finished = iterator == null;
        if (records.isEmpty()) {
          break;
        }
      }
      return delivered;
    }

    // Hands the batch over; false if it failed and is to be retried (the position stays).
    private boolean deliver(List<Record> records) {
      try {
        handler.accept(records);
        attempts = 0;
        return true;
      } catch (RuntimeException e) {
        attempts++;
        if (maximumRetryAttempts >= 0 && attempts > maximumRetryAttempts) {
          attempts = 0;
          onDiscard.accept(records);
          return true;
        }
        return false;
      }
    }
  }

  /** Options of a {@link StreamSubscription}. */
  public static final class Builder {
    private final DynamoDbStreamsClient streams;
    private final String streamArn;
    private int batchSize = 100;
    private int maximumRetryAttempts = -1;
    private ShardIteratorType startingPosition = ShardIteratorType.TRIM_HORIZON;
    private Consumer<List<Record>> handler;
    private Consumer<List<Record>> onDiscard = records -> {};

    private Builder(DynamoDbStreamsClient streams, String streamArn) {
      this.streams = Objects.requireNonNull(streams, "streams");
      this.streamArn = Objects.requireNonNull(streamArn, "streamArn");
    }

    /**
     * The largest number of records in one batch: 1 to 1,000 (one GetRecords call; Lambda allows
     * up to 10,000 by joining calls). Default 100, Lambda's default.
     */
    public Builder batchSize(int batchSize) {
      if (batchSize < 1 || batchSize > 1000) {
        throw new IllegalArgumentException("batchSize must be 1 to 1000: " + batchSize);
      }
      this.batchSize = batchSize;
      return this;
    }

    /** {@code TRIM_HORIZON} (every record kept, the default) or {@code LATEST} (from now on). */
    public Builder startingPosition(ShardIteratorType startingPosition) {
      if (startingPosition != ShardIteratorType.TRIM_HORIZON
          && startingPosition != ShardIteratorType.LATEST) {
        throw new IllegalArgumentException("startingPosition must be TRIM_HORIZON or LATEST");
      }
      this.startingPosition = startingPosition;
      return this;
    }

    /**
     * How many times a failed batch is retried before it is discarded: 0 or more, or -1 (the
     * default) for until it succeeds.
     */
    public Builder maximumRetryAttempts(int maximumRetryAttempts) {
      if (maximumRetryAttempts < -1) {
        throw new IllegalArgumentException("maximumRetryAttempts must be -1 or more");
      }
      this.maximumRetryAttempts = maximumRetryAttempts;
      return this;
    }

    /** Receives each batch; throwing fails the batch, which is retried. Required. */
    public Builder handler(Consumer<List<Record>> handler) {
      this.handler = Objects.requireNonNull(handler, "handler");
      return this;
    }

    /** Receives each batch discarded after its last retry. Default: nothing. */
    public Builder onDiscard(Consumer<List<Record>> onDiscard) {
      this.onDiscard = Objects.requireNonNull(onDiscard, "onDiscard");
      return this;
    }

    /** The subscription; with {@code LATEST}, its starting position is taken now. */
    public StreamSubscription build() {
      return new StreamSubscription(this);
    }
  }
}
