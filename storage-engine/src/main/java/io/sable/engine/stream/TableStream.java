package io.sable.engine.stream;

import io.sable.engine.table.ChangeCapture;
import io.sable.engine.value.Item;
import io.sable.engine.value.ItemKey;
import io.sable.engine.value.ItemSize;
import io.sable.engine.value.KeyRanges;
import io.sable.engine.value.KeySchema;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.StreamStatus;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * One stream of one table (DynamoDB Streams): the records of every change committed while it was
 * enabled, in shards.
 *
 * <p>Each item's records go to one shard lineage (a hash of its partition key picks it), appended
 * under that lineage's lock from the {@link ChangeCapture} call that the table makes under the
 * item's partition lock, so an item's records are in the order its writes committed and each
 * change is recorded exactly once. A lineage's open shard rolls over to a child shard (whose
 * {@code ParentShardId} names it) once it is older than the shard lifetime and holds a record; a
 * disabled stream closes every shard. Records are trimmed after the retention period (24 hours);
 * a closed shard whose records are all trimmed and that closed more than that long ago is no
 * longer listed. Thread-safe.
 */
public final class TableStream implements ChangeCapture {
  private final StreamSettings settings;
  private final String tableName;
  private final String arn;
  private final String label;
  private final StreamViewType viewType;
  private final KeySchema keySchema;
  private final Instant createdAt;
  private final AtomicLong sequence;
  private final Lineage[] lineages;
  private volatile Instant disabledAt;

  TableStream(
      StreamSettings settings,
      String tableName,
      String tableArn,
      Instant createdAt,
      String label,
      StreamViewType viewType,
      KeySchema keySchema) {
    this.settings = settings;
    this.tableName = tableName;
    this.label = label;
    this.arn = tableArn + "/stream/" + label;
    this.viewType = viewType;
    this.keySchema = keySchema;
    this.createdAt = createdAt;
    this.sequence = new AtomicLong();
    this.lineages = new Lineage[settings.shardsPerStream()];
    for (int i = 0; i < lineages.length; i++) {
      lineages[i] = new Lineage(i);
      lineages[i].shards.add(newShard(i, 0, null, createdAt));
    }
  }

  /** A stream as {@code state} describes it (a durable engine's recovery). */
  TableStream(StreamSettings settings, StreamState state) {
    this.settings = settings;
    this.tableName = state.tableName();
    this.label = state.label();
    this.arn = state.arn();
    this.viewType = state.viewType();
    this.keySchema = state.keySchema();
    this.createdAt = state.createdAt();
    this.sequence = new AtomicLong(state.sequence());
    this.disabledAt = state.disabledAt();
    this.lineages = new Lineage[state.lineages().size()];
    for (int i = 0; i < lineages.length; i++) {
      lineages[i] = new Lineage(i);
      lineages[i].generation = state.lineages().get(i).generation();
      for (StreamState.ShardState shard : state.lineages().get(i).shards()) {
        lineages[i].shards.add(Shard.restore(shard));
      }
    }
  }

  /** The stream's state ({@code tableId}: of the table whose latest stream it is, or null). */
  StreamState export(String tableId) {
    List<StreamState.LineageState> states = new ArrayList<>(lineages.length);
    for (Lineage lineage : lineages) {
      synchronized (lineage) {
        List<StreamState.ShardState> shards = new ArrayList<>(lineage.shards.size());
        for (Shard shard : lineage.shards) {
          shards.add(shard.export());
        }
        states.add(new StreamState.LineageState(lineage.generation, shards));
      }
    }
    return new StreamState(
        tableId, tableName, arn, label, viewType, keySchema, createdAt, sequence.get(),
        disabledAt, states);
  }

  /** {@code StreamArn}: {@code <table ARN>/stream/<label>}. */
  public String arn() {
    return arn;
  }

  /** {@code StreamLabel}: the creation time, {@code yyyy-MM-dd'T'HH:mm:ss.SSS} in UTC. */
  public String label() {
    return label;
  }

  /** The table's name. */
  public String tableName() {
    return tableName;
  }

  /** What each record holds besides the keys. */
  public StreamViewType viewType() {
    return viewType;
  }

  /** The table's primary key. */
  public KeySchema keySchema() {
    return keySchema;
  }

  /** {@code CreationRequestDateTime}. */
  public Instant createdAt() {
    return createdAt;
  }

  /** {@code ENABLED}, or {@code DISABLED} once the table's stream was disabled or the table deleted. */
  public StreamStatus status() {
    return disabledAt == null ? StreamStatus.ENABLED : StreamStatus.DISABLED;
  }

  /** When the stream was disabled, or {@code null}. */
  public Instant disabledAt() {
    return disabledAt;
  }

  /** The highest sequence number given so far (0 if none). */
  public long lastSequenceNumber() {
    return sequence.get();
  }

  /**
   * The listed shards at the clock's time, rolling over and trimming first: each lineage's shards
   * from parent to child, lineages in order.
   */
  public List<Shard> shards() {
    Instant now = settings.clock().instant();
    List<Shard> all = new ArrayList<>();
    for (Lineage lineage : lineages) {
      synchronized (lineage) {
        lineage.maintain(now);
        all.addAll(lineage.shards);
      }
    }
    all.sort(Comparator.comparing(Shard::createdAt));
    return all;
  }

  /** The listed shard with id {@code shardId}, or {@code null}. */
  public Shard shard(String shardId) {
    for (Shard shard : shards()) {
      if (shard.shardId().equals(shardId)) {
        return shard;
      }
    }
    return null;
  }

  /** Records the change as one record of the shard its partition key maps to. */
  @Override
  public void captured(ItemKey key, Item oldItem, Item newItem, boolean byService) {
    Lineage lineage = lineages[KeyRanges.sliceOf(key.hash(), lineages.length)];
    Instant now = settings.clock().instant();
    synchronized (lineage) {
      if (disabledAt != null) {
        return;
      }
      Shard open = lineage.maintain(now);
      open.append(record(sequence.incrementAndGet(), now, oldItem, newItem, byService));
    }
  }

  /** Disables the stream: it takes no more records, and every shard closes now. */
  void disable(Instant now) {
    for (Lineage lineage : lineages) {
      synchronized (lineage) {
        if (disabledAt == null) {
          disabledAt = now;
        }
        if (!lineage.shards.isEmpty()) {
          lineage.shards.get(lineage.shards.size() - 1).close(now);
        }
      }
    }
  }

  private ChangeRecord record(
      long sequenceNumber, Instant now, Item oldItem, Item newItem, boolean byService) {
    Item any = newItem != null ? newItem : oldItem;
    Map<String, AttributeValue> keys = keySchema.keyAttributes(any.attributes());
    OperationType eventName =
        oldItem == null ? OperationType.INSERT : newItem == null ? OperationType.REMOVE : OperationType.MODIFY;
    boolean withOld = oldItem != null
        && (viewType == StreamViewType.OLD_IMAGE || viewType == StreamViewType.NEW_AND_OLD_IMAGES);
    boolean withNew = newItem != null
        && (viewType == StreamViewType.NEW_IMAGE || viewType == StreamViewType.NEW_AND_OLD_IMAGES);
    int size = ItemSize.of(keys)
        + (withOld ? oldItem.sizeBytes() : 0)
        + (withNew ? newItem.sizeBytes() : 0);
    return new ChangeRecord(
        sequenceNumber,
        eventId(sequenceNumber),
        eventName,
        now,
        keys,
        withOld ? oldItem.attributes() : null,
        withNew ? newItem.attributes() : null,
        size,
        byService);
  }

  // A unique EventID that a durable engine's recovery, replaying the same change with the same
  // sequence number, gives again: a mix (MurmurHash3's finalizer) of the stream's ARN and the
  // sequence number.
  private String eventId(long sequenceNumber) {
    long salt = arn.hashCode() * 0x9E3779B97F4A7C15L;
    return new UUID(mix(salt + sequenceNumber), mix(salt ^ (sequenceNumber * 0xBF58476D1CE4E5B9L)))
        .toString();
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
    z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
    return z ^ (z >>> 33);
  }

  private Shard newShard(int lineage, int generation, String parentShardId, Instant now) {
    int hash = (arn + "#" + lineage + "#" + generation).hashCode();
    String id = String.format("shardId-%020d-%08x", now.toEpochMilli(), hash);
    return new Shard(id, parentShardId, sequence.get() + 1, now);
  }

  /** The shards of one slice of the key space, oldest first; the last one open until disabled. */
  private final class Lineage {
    private final int index;
    private final List<Shard> shards = new ArrayList<>();
    private int generation;

    private Lineage(int index) {
      this.index = index;
    }

    // Under this lineage's lock: rolls the open shard over when due, trims, returns the last shard.
    private Shard maintain(Instant now) {
      if (shards.isEmpty()) {
        return null;
      }
      Shard last = shards.get(shards.size() - 1);
      if (disabledAt == null
          && !last.neverWritten()
          && !last.createdAt().plus(settings.shardLifetime()).isAfter(now)) {
        last.close(now);
        last = newShard(index, ++generation, last.shardId(), now);
        shards.add(last);
      }
      Instant horizon = now.minus(settings.retention());
      for (Shard shard : shards) {
        shard.trim(horizon);
      }
      while (shards.size() > 1 || (disabledAt != null && !shards.isEmpty())) {
        Shard first = shards.get(0);
        if (!first.isClosed() || !first.drained() || first.closedAt().isAfter(horizon)) {
          break;
        }
        shards.remove(0);
      }
      return last;
    }
  }
}
