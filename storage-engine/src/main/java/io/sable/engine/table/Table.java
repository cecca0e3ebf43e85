package io.sable.engine.table;

import io.sable.engine.index.IndexDefinition;
import io.sable.engine.index.SecondaryIndex;
import io.sable.engine.value.Item;
import io.sable.engine.value.ItemKey;
import io.sable.engine.value.KeyRanges;
import io.sable.engine.value.KeyValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NoSuchElementException;

/**
 * A table: its definition, its partitions and its secondary indexes.
 *
 * <p>A hash of the partition key picks the partition ({@link KeyRanges#sliceOf}); partition
 * {@code i} of {@code n} holds slice {@code i} of the hash space, so reading the partitions in
 * order reads the table in its total key order. Items are immutable {@link Item}s.
 */
public final class Table {
  private final TableDefinition definition;
  private final Instant creationDateTime;
  private final String tableId;
  private final Partition[] partitions;
  private final List<SecondaryIndex> indexes;
  private final Map<String, SecondaryIndex> indexesByName;
  private volatile ChangeCapture changeCapture = ChangeCapture.NONE;

  /**
   * An empty table.
   *
   * @param definition the validated definition
   * @param partitionCount how many partitions (write locks) to split the hash space into, at least 1
   * @param creationDateTime when it was created
   * @param tableId the table's unique id (a UUID, as DescribeTable's {@code TableId})
   */
  public Table(
      TableDefinition definition, int partitionCount, Instant creationDateTime, String tableId) {
    this.definition = definition;
    this.creationDateTime = creationDateTime;
    this.tableId = tableId;
    List<SecondaryIndex> built = new ArrayList<>();
    Map<String, SecondaryIndex> byName = new LinkedHashMap<>();
    for (IndexDefinition index : definition.indexes()) {
      SecondaryIndex secondaryIndex = new SecondaryIndex(index, definition.keySchema());
      built.add(secondaryIndex);
      byName.put(index.name(), secondaryIndex);
    }
    this.indexes = List.copyOf(built);
    this.indexesByName = Collections.unmodifiableMap(byName);
    this.partitions = new Partition[partitionCount];
    for (int i = 0; i < partitionCount; i++) {
      partitions[i] = new Partition(this, indexes);
    }
  }

  /** The table's definition. */
  public TableDefinition definition() {
    return definition;
  }

  /** The table's name. */
  public String name() {
    return definition.name();
  }

  /** When the table was created. */
  public Instant creationDateTime() {
    return creationDateTime;
  }

  /** The table's unique id. */
  public String tableId() {
    return tableId;
  }

  /** The secondary indexes, in definition order. */
  public List<SecondaryIndex> indexes() {
    return indexes;
  }

  /** The secondary index named {@code name}, or {@code null}. */
  public SecondaryIndex index(String name) {
    return indexesByName.get(name);
  }

  /**
   * The item at {@code key}, or {@code null}; never blocks. Serializable with respect to
   * transactions: once a {@code TransactWriteItems} passes its commit point ({@link
   * TransactionLock#commit()}), this returns its new items even before they are stored.
   */
  public Item get(ItemKey key) {
    return partition(key).read(key);
  }

  /**
   * Writes one item atomically under its partition's lock: reads the current item, applies
   * {@code mutation}, validates secondary index keys, stores the result and maintains every index.
   * If {@code mutation} or index validation throws, nothing changes.
   *
   * @throws ItemLockedException if an in-flight transaction holds the item locked (nothing
   *     changes; {@code mutation} is not called)
   */
  public WriteResult write(ItemKey key, ItemMutation mutation) {
    return partition(key).write(key, mutation, false);
  }

  /**
   * Like {@link #write}, for a change DynamoDB makes itself rather than a request: a Time to Live
   * deletion. Its {@link ChangeCapture} call says so ({@code byService}).
   *
   * @throws ItemLockedException if an in-flight transaction holds the item locked
   */
  public WriteResult writeByService(ItemKey key, ItemMutation mutation) {
    return partition(key).write(key, mutation, true);
  }

  /** Where committed changes go (a stream), {@link ChangeCapture#NONE} by default. */
  public ChangeCapture changeCapture() {
    return changeCapture;
  }

  /** Sends every change committed from now on to {@code capture} ({@link ChangeCapture#NONE}: none). */
  public void changeCapture(ChangeCapture capture) {
    this.changeCapture = capture;
  }

  /**
   * Locks the item at {@code key} (present or not) for the transaction {@code owner}, without
   * waiting: the lock is taken at once or not at all. Taking it cancels every {@code
   * TransactGetItems} that is reading the item ({@link ReadMark}).
   *
   * @return the held lock, or {@code null} if another transaction holds the item
   */
  public LockedItem tryLock(ItemKey key, TransactionLock owner) {
    return partition(key).tryLock(key, owner);
  }

  /** Whether an in-flight transaction holds the item at {@code key} locked. */
  public boolean isLocked(ItemKey key) {
    return partition(key).isLocked(key);
  }

  /**
   * Reads the item at {@code key} for a {@code TransactGetItems} and leaves {@code mark} on it
   * until {@link #unmark}: a write of the item in between invalidates the mark.
   *
   * @return the stored item, or {@code null}
   * @throws ItemLockedException if a transaction holds the item locked (nothing is marked)
   */
  public Item readMarked(ItemKey key, ReadMark mark) {
    return partition(key).readMarked(key, mark);
  }

  /** Removes a mark left by {@link #readMarked}. */
  public void unmark(ItemKey key, ReadMark mark) {
    partition(key).unmark(key, mark);
  }

  /** The item collection of {@code partitionKey}: its items in sort-key order (a live view). */
  public NavigableMap<ItemKey, Item> itemCollection(KeyValue partitionKey) {
    Partition partition = partitions[KeyRanges.sliceOf(partitionKey.hash(), partitions.length)];
    return KeyRanges.collection(partition.items(), partitionKey);
  }

  /**
   * The table's (or an index's) items in scan order, from just after {@code exclusiveStartKey}
   * (or the start), restricted to parallel scan segment {@code segment} of {@code totalSegments}.
   *
   * @param index the index to scan, or {@code null} for the table
   */
  public Iterator<Map.Entry<ItemKey, Item>> scan(
      SecondaryIndex index, int segment, int totalSegments, ItemKey exclusiveStartKey) {
    List<NavigableMap<ItemKey, Item>> stores = new ArrayList<>();
    if (index != null) {
      stores.add(index.entries());
    } else {
      for (Partition partition : partitions) {
        stores.add(partition.items());
      }
    }
    List<NavigableMap<ItemKey, Item>> ranges = new ArrayList<>(stores.size());
    for (NavigableMap<ItemKey, Item> store : stores) {
      NavigableMap<ItemKey, Item> range =
          totalSegments == 1 ? store : KeyRanges.slice(store, segment, totalSegments);
      ranges.add(exclusiveStartKey == null ? range : range.tailMap(exclusiveStartKey, false));
    }
    return concat(ranges);
  }

  /** The number of items, summed over the partitions (exact when no write is under way). */
  public long itemCount() {
    long count = 0;
    for (Partition partition : partitions) {
      count += partition.itemCount();
    }
    return count;
  }

  /** The total size of the items in bytes, by DynamoDB's item size rules. */
  public long sizeBytes() {
    long size = 0;
    for (Partition partition : partitions) {
      size += partition.sizeBytes();
    }
    return size;
  }

  private Partition partition(ItemKey key) {
    return partitions[KeyRanges.sliceOf(key.hash(), partitions.length)];
  }

  private static Iterator<Map.Entry<ItemKey, Item>> concat(
      List<NavigableMap<ItemKey, Item>> ranges) {
    return new Iterator<>() {
      private int next;
      private Iterator<Map.Entry<ItemKey, Item>> current = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && next < ranges.size()) {
          current = ranges.get(next++).entrySet().iterator();
        }
        return current.hasNext();
      }

      @Override
      public Map.Entry<ItemKey, Item> next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }
}
