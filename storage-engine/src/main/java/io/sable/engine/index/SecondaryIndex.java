package io.sable.engine.index;

import io.sable.engine.value.AttributeType;
import io.sable.engine.value.InvalidRequestException;
import io.sable.engine.value.Item;
import io.sable.engine.value.ItemKey;
import io.sable.engine.value.ItemSize;
import io.sable.engine.value.Utf8;
import io.sable.engine.value.KeySchema;
import io.sable.engine.value.KeyValue;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One secondary index's entries: projected items keyed by (index key, table key), in the same hash
 * order as a table ({@link ItemKey}), so that a Query reads one item collection in sort-key order
 * and a Scan reads the whole index.
 *
 * <p>Thread safety: readers never lock (a concurrent skip list); writers are the table partitions,
 * each calling {@link #apply} under its own partition lock for the item it writes, so two writers
 * never touch the same entry at once. A global secondary index with an {@link IndexLag} queues each
 * change instead, in write order, and applies the changes that are due, one thread at a time, when
 * it is next read or written.
 */
public final class SecondaryIndex {
  private static final String TYPE_MISMATCH =
      "One or more parameter values were invalid: Type mismatch for Index Key";

  private final IndexDefinition definition;
  private final KeySchema tableKeySchema;
  private final Set<String> projected;
  private final ConcurrentSkipListMap<ItemKey, Item> entries = new ConcurrentSkipListMap<>();
  private final AtomicLong sizeBytes = new AtomicLong();
  private final AtomicLong itemCount = new AtomicLong();
  // null for an index created with its table; true, then false, for one UpdateTable added.
  private volatile Boolean backfilling;
  // For an index UpdateTable added: when the backfill model lets it become ACTIVE, on its clock.
  private volatile IndexBackfill backfillModel;
  private volatile Instant activeAt;
  // Only for a lagging global index: changes not yet visible, in write order.
  private final IndexLag lag;
  private final ConcurrentLinkedQueue<Change> pending = new ConcurrentLinkedQueue<>();

  /** A change {@link #apply} queued until {@code due}. */
  private record Change(Instant due, ItemKey tableKey, Item oldItem, Item newItem) {}

  /** An empty index for a table with key schema {@code tableKeySchema}, without lag. */
  public SecondaryIndex(IndexDefinition definition, KeySchema tableKeySchema) {
    this(definition, tableKeySchema, IndexLag.NONE);
  }

  /**
   * An empty index for a table with key schema {@code tableKeySchema}.
   *
   * @param lag how long a write takes to show in the index; ignored for a local index
   */
  public SecondaryIndex(IndexDefinition definition, KeySchema tableKeySchema, IndexLag lag) {
    this.definition = definition;
    this.tableKeySchema = tableKeySchema;
    this.projected = definition.projectedAttributes(tableKeySchema);
    this.lag = definition.global() ? lag : IndexLag.NONE;
  }

  /**
   * Whether the index is being backfilled (UpdateTable created it on a table with items, and not
   * every item is indexed yet): DescribeTable shows it {@code CREATING} with {@code Backfilling},
   * and reads of it are rejected.
   */
  public boolean backfilling() {
    if (Boolean.TRUE.equals(backfilling)) {
      return true;
    }
    Instant until = activeAt;
    return until != null && !backfillModel.reached(until);
  }

  /**
   * DescribeTable's {@code Backfilling}: {@code null} (absent) for an index created with its table,
   * else whether the index is being backfilled.
   */
  public Boolean backfillingAttribute() {
    return backfilling == null ? null : backfilling();
  }

  /**
   * Starts the backfill of an index UpdateTable created over a table of {@code tableSizeBytes}
   * bytes: it is {@linkplain #backfilling() backfilling} until {@link #backfilling(boolean)
   * backfilling(false)} is called and {@code model}'s time for that size has passed on its clock.
   */
  public void startBackfill(IndexBackfill model, long tableSizeBytes) {
    this.backfillModel = model;
    this.activeAt = model.activeAt(tableSizeBytes);
    this.backfilling = true;
  }

  /** Marks the index as being backfilled, or done. */
  public void backfilling(boolean value) {
    this.backfilling = value;
  }

  /** This index's definition. */
  public IndexDefinition definition() {
    return definition;
  }

  /**
   * Rejects an item whose index key attributes have the wrong type or are empty; called before a
   * write changes anything. An item lacking an index key attribute is valid (the index is sparse).
   *
   * @throws InvalidRequestException with DynamoDB's message
   */
  public void validate(Map<String, AttributeValue> item) {
    KeySchema keys = definition.keySchema();
    AttributeValue partition = item.get(keys.partitionKeyName());
    check(partition, keys.partitionKeyType(), keys.partitionKeyName());
    checkSize(partition, KeySchema.MAX_PARTITION_KEY_BYTES);
    if (keys.hasSortKey()) {
      AttributeValue sort = item.get(keys.sortKeyName());
      check(sort, keys.sortKeyType(), keys.sortKeyName());
      checkSize(sort, KeySchema.MAX_SORT_KEY_BYTES);
    }
  }

  /**
   * Rejects an index key value over DynamoDB's key limits (2048 bytes for a partition key, 1024
   * for a sort key; the limits are inclusive, scylladb's test_limits.py
   * test_limit_sort_key_len_lsi writes two 1024-byte sort keys). The message is DynamoDB Local
   * 3.1.0's for PutItem; no response captured from DynamoDB was found.
   */
  private static void checkSize(AttributeValue value, int maxBytes) {
    if (value != null && value.n() == null && ItemSize.of(value) > maxBytes) {
      throw new InvalidRequestException(INDEX_KEY_TOO_LONG);
    }
  }

  private static final String INDEX_KEY_TOO_LONG =
      "One or more parameter values were invalid: Size limit exceeded";

  /** Whether {@link #validate} accepts the item (backfill leaves out the items it would reject). */
  public boolean accepts(Map<String, AttributeValue> item) {
    try {
      validate(item);
      return true;
    } catch (InvalidRequestException e) {
      return false;
    }
  }

  /**
   * The size in bytes of the entry {@code item} has in this index (its projected attributes), or 0
   * if the item is absent ({@code null}) or lacks an index key attribute.
   */
  public int entrySize(Map<String, AttributeValue> item) {
    if (item == null || indexKey(item, ItemKey.MIN) == null) {
      return 0;
    }
    if (projected == null) {
      return ItemSize.of(item);
    }
    int size = 0;
    for (String name : projected) {
      AttributeValue value = item.get(name);
      if (value != null) {
        size += Utf8.length(name) + ItemSize.of(value);
      }
    }
    return size;
  }

  private void check(AttributeValue value, AttributeType type, String name) {
    if (value == null) {
      return;
    }
    if (AttributeType.of(value) != type) {
      throw new InvalidRequestException(TYPE_MISMATCH);
    }
    if ((value.s() != null && value.s().isEmpty())
        || (value.b() != null && value.b().asByteArrayUnsafe().length == 0)) {
      throw new InvalidRequestException(
          "One or more parameter values are not valid. A value specified for a secondary index key"
              + " is not supported. The AttributeValue for a key attribute cannot contain an empty "
              + (value.s() != null ? "string" : "binary")
              + " value. IndexName: "
              + definition.name()
              + ", IndexKey: "
              + name);
    }
  }

  /**
   * Replaces the entry of the table item at {@code tableKey}: removes the entry of
   * {@code oldItem} (if it was indexed) and adds one for {@code newItem} (if it has the index
   * keys). Either item may be {@code null}. Call {@link #validate} on {@code newItem} first. A
   * lagging global index queues the change until its lag has passed.
   */
  public void apply(ItemKey tableKey, Item oldItem, Item newItem) {
    if (lag.lags()) {
      pending.add(new Change(lag.dueFromNow(), tableKey, oldItem, newItem));
      settle();
    } else {
      applyNow(tableKey, oldItem, newItem);
    }
  }

  // Applies the queued changes that are due, oldest first; stops at the first that is not.
  private void settle() {
    if (pending.isEmpty()) {
      return;
    }
    synchronized (pending) {
      for (Change change = pending.peek();
          change != null && lag.isDue(change.due());
          change = pending.peek()) {
        pending.poll();
        applyNow(change.tableKey(), change.oldItem(), change.newItem());
      }
    }
  }

  private void applyNow(ItemKey tableKey, Item oldItem, Item newItem) {
    if (oldItem != null) {
      ItemKey oldKey = indexKey(oldItem, tableKey);
      if (oldKey != null) {
        Item removed = entries.remove(oldKey);
        if (removed != null) {
          sizeBytes.addAndGet(-removed.sizeBytes());
          itemCount.decrementAndGet();
        }
      }
    }
    if (newItem != null) {
      ItemKey newKey = indexKey(newItem, tableKey);
      if (newKey != null) {
        // With projection ALL the entry is the table's stored item itself, not a copy.
        Item entry = projected == null ? newItem.compact() : Item.of(project(newItem.attributes())).compact();
        Item replaced = entries.put(newKey, entry);
        sizeBytes.addAndGet(entry.sizeBytes() - (replaced == null ? 0 : replaced.sizeBytes()));
        itemCount.addAndGet(replaced == null ? 1 : 0);
      }
    }
  }

  /**
   * All entries, in index order; a live, lock-free view. With an {@link IndexLag}, the changes due
   * by now are applied first, and later ones stay invisible.
   */
  public NavigableMap<ItemKey, Item> entries() {
    settle();
    return entries;
  }

  /** The number of items in the index (that its lag lets it show). */
  public long itemCount() {
    settle();
    return itemCount.get();
  }

  /** The total size of the index's projected items, in bytes (that its lag lets it show). */
  public long sizeBytes() {
    settle();
    return sizeBytes.get();
  }

  /** The index position of a table item, or {@code null} if the item lacks an index key. */
  public ItemKey indexKey(Map<String, AttributeValue> item, ItemKey tableKey) {
    KeySchema keys = definition.keySchema();
    AttributeValue partition = item.get(keys.partitionKeyName());
    if (partition == null) {
      return null;
    }
    KeyValue sort = KeyValue.NONE;
    if (keys.hasSortKey()) {
      AttributeValue sortValue = item.get(keys.sortKeyName());
      if (sortValue == null) {
        return null;
      }
      sort = KeyValue.of(sortValue);
    }
    KeyValue partitionKey = KeyValue.of(partition);
    return new ItemKey(partitionKey.hash(), partitionKey, sort, tableKey);
  }

  /**
   * The index position of a stored table item, or {@code null} if it lacks an index key; reads
   * only the index key attributes of the item's encoding.
   */
  public ItemKey indexKey(Item item, ItemKey tableKey) {
    KeySchema keys = definition.keySchema();
    AttributeValue partition = item.attribute(keys.partitionKeyName());
    if (partition == null) {
      return null;
    }
    KeyValue sort = KeyValue.NONE;
    if (keys.hasSortKey()) {
      AttributeValue sortValue = item.attribute(keys.sortKeyName());
      if (sortValue == null) {
        return null;
      }
      sort = KeyValue.of(sortValue);
    }
    KeyValue partitionKey = KeyValue.of(partition);
    return new ItemKey(partitionKey.hash(), partitionKey, sort, tableKey);
  }

  private Map<String, AttributeValue> project(Map<String, AttributeValue> item) {
    Map<String, AttributeValue> result = new HashMap<>();
    for (String name : projected) {
      AttributeValue value = item.get(name);
      if (value != null) {
        result.put(name, value);
      }
    }
    return java.util.Collections.unmodifiableMap(result);
  }

  /** The key schema of the table this index belongs to. */
  public KeySchema tableKeySchema() {
    return tableKeySchema;
  }
}
