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
  /**
   * DynamoDB's limit on the size of one item collection of a table with local secondary indexes:
   * the table's items with one partition key plus their local secondary index entries (10 GB).
   */
  public static final long DEFAULT_ITEM_COLLECTION_SIZE_LIMIT = 10L * 1024 * 1024 * 1024;

  private static final ChangeCapture[] NO_CAPTURES = new ChangeCapture[0];

  private volatile TableDefinition definition;
  private final Instant creationDateTime;
  private final String tableId;
  private final Partition[] partitions;
  private final TableSettings settings;
  private final TableTags tags = new TableTags();
  private final TableOptions options = new TableOptions();
  private volatile Instant lastUpdateToPayPerRequest;
  private final ThroughputHistory throughputHistory = new ThroughputHistory();
  // Replaced whole (copy on write) when UpdateTable adds or removes a global secondary index.
  private volatile List<SecondaryIndex> indexes;
  private volatile Map<String, SecondaryIndex> indexesByName;
  // Copy on write: replaced whole under the table's monitor; the empty array when none, so the
  // write path calls nothing then.
  private volatile ChangeCapture[] changeCaptures = NO_CAPTURES;
  private volatile TableRestore restore;
  private volatile java.time.Clock creatingClock;
  private volatile Instant creatingUntil;

  /**
   * An empty table with DynamoDB's item collection size limit.
   *
   * @param definition the validated definition
   * @param partitionCount how many partitions (write locks) to split the hash space into, at least 1
   * @param creationDateTime when it was created
   * @param tableId the table's unique id (a UUID, as DescribeTable's {@code TableId})
   */
  public Table(
      TableDefinition definition, int partitionCount, Instant creationDateTime, String tableId) {
    this(definition, partitionCount, creationDateTime, tableId, TableSettings.DEFAULT);
  }

  /**
   * An empty table.
   *
   * @param settings the item collection size limit and global secondary index lag
   */
  public Table(
      TableDefinition definition,
      int partitionCount,
      Instant creationDateTime,
      String tableId,
      TableSettings settings) {
    this.definition = definition;
    this.creationDateTime = creationDateTime;
    this.tableId = tableId;
    this.settings = settings;
    List<SecondaryIndex> built = new ArrayList<>();
    for (IndexDefinition index : definition.indexes()) {
      built.add(newIndex(index));
    }
    setIndexes(built);
    this.partitions = new Partition[partitionCount];
    for (int i = 0; i < partitionCount; i++) {
      partitions[i] = new Partition(this);
    }
  }

  private void setIndexes(List<SecondaryIndex> list) {
    Map<String, SecondaryIndex> byName = new LinkedHashMap<>();
    for (SecondaryIndex index : list) {
      byName.put(index.definition().name(), index);
    }
    this.indexesByName = Collections.unmodifiableMap(byName);
    this.indexes = List.copyOf(list);
  }

  /**
   * Replaces the definition (UpdateTable: billing mode, throughput, attribute definitions); the
   * key schema and the set of indexes are changed only by {@link #addIndex} and {@link
   * #removeIndex}.
   */
  public synchronized void updateDefinition(TableDefinition updated) {
    this.definition = updated;
  }

  /**
   * Adds a global secondary index, empty: from now on every write maintains it; {@link #backfill}
   * then indexes the items already stored.
   */
  public synchronized void addIndex(SecondaryIndex index) {
    List<SecondaryIndex> list = new ArrayList<>(indexes);
    list.add(index);
    setIndexes(list);
  }

  /** Removes the index named {@code name}; returns it, or {@code null} if there is none. */
  public synchronized SecondaryIndex removeIndex(String name) {
    SecondaryIndex removed = indexesByName.get(name);
    if (removed != null) {
      List<SecondaryIndex> list = new ArrayList<>(indexes);
      list.remove(removed);
      setIndexes(list);
    }
    return removed;
  }

  /**
   * Indexes every item stored before {@code index} was added, one item at a time under its
   * partition's lock, so that writes running meanwhile are neither lost nor overwritten. Items whose
   * index key attributes have the wrong type are left out, as DynamoDB's backfill leaves them out.
   */
  public void backfill(SecondaryIndex index) {
    for (Partition partition : partitions) {
      partition.backfill(index);
    }
  }

  /**
   * When the table last became on-demand ({@code PAY_PER_REQUEST}), at creation or by UpdateTable;
   * {@code null} if it never was.
   */
  public Instant lastUpdateToPayPerRequest() {
    return lastUpdateToPayPerRequest;
  }

  /** Records when the table became on-demand. */
  public void lastUpdateToPayPerRequest(Instant when) {
    this.lastUpdateToPayPerRequest = when;
  }

  /** The provisioned throughput increases, decreases and billing mode switches of the table. */
  public ThroughputHistory throughputHistory() {
    return throughputHistory;
  }

  /** The table's tags ({@code TagResource}). */
  public TableTags tags() {
    return tags;
  }

  /** The table's deletion protection and table class (CreateTable, UpdateTable). */
  public TableOptions options() {
    return options;
  }

  /** How long a global secondary index UpdateTable creates stays CREATING. */
  public io.sable.engine.index.IndexBackfill indexBackfill() {
    return settings.indexBackfill();
  }

  /** Where the table's writes are logged ({@link Journal#NONE} in memory). */
  public Journal journal() {
    return settings.journal();
  }

  /** The largest item collection this table accepts, in bytes (only with local indexes). */
  public long itemCollectionSizeLimit() {
    return settings.itemCollectionSizeLimit();
  }

  /**
   * A new, empty index of this table with the table's settings (a global one lags by {@link
   * TableSettings#globalIndexLag()}); {@link #addIndex} makes it part of the table.
   */
  public SecondaryIndex newIndex(IndexDefinition index) {
    return new SecondaryIndex(index, definition.keySchema(), settings.globalIndexLag());
  }

  /**
   * The size in bytes of the item collection of {@code partitionKey}: its items and their local
   * secondary index entries; 0 for a table without local secondary indexes.
   */
  public long itemCollectionSize(KeyValue partitionKey) {
    return partitions[KeyRanges.sliceOf(partitionKey.hash(), partitions.length)]
        .itemCollectionSize(partitionKey);
  }

  /**
   * Whether writing {@code next} over {@code current} at {@code key} keeps its item collection
   * within {@link #itemCollectionSizeLimit()}; for a transaction, checked before its commit point
   * (other writers of the collection may still change it before the commit).
   */
  public boolean fitsItemCollection(ItemKey key, Item current, Item next) {
    try {
      partition(key).checkCollectionSize(key, current, next);
      return true;
    } catch (ItemCollectionTooLargeException e) {
      return false;
    }
  }

  /** Whether an index is being backfilled (UpdateTable created it and it is not yet ACTIVE). */
  public boolean backfilling() {
    for (SecondaryIndex index : indexes) {
      if (index.backfilling()) {
        return true;
      }
    }
    return false;
  }

  /** Whether the table has a local secondary index (and so item collection metrics and limit). */
  public boolean hasLocalIndexes() {
    for (SecondaryIndex index : indexes) {
      if (!index.definition().global()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Keeps the table {@code CREATING} until {@code until} on {@code clock}, as ImportTable's new
   * table is while the import runs: DescribeTable says {@code CREATING} and item operations find no
   * table.
   */
  public void creatingUntil(java.time.Clock clock, Instant until) {
    this.creatingClock = clock;
    this.creatingUntil = until;
  }

  /** Whether the table is still {@code CREATING} ({@link #creatingUntil}). */
  public boolean creating() {
    Instant until = creatingUntil;
    return until != null && creatingClock.instant().isBefore(until);
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

  /**
   * Recovery of a durable engine: stores a logged change again through the write path (indexes,
   * statistics and {@link ChangeCapture}), without validating or logging it.
   *
   * @param next the item, or {@code null} to delete the item at {@code key}
   */
  public void replay(ItemKey key, Item next, boolean byService) {
    partition(key).replay(key, next, byService);
  }

  /**
   * Recovery of a durable engine: loads one item of a snapshot into the (empty) table, indexing it
   * where each index accepts it, with no change capture.
   *
   * @throws IllegalStateException if the key is already stored
   */
  public void load(ItemKey key, Item item) {
    partition(key).load(key, item);
  }

  /**
   * Where committed changes go (the table's stream, point-in-time recovery), in the order they were
   * added; empty by default. The array is shared: do not modify it.
   */
  ChangeCapture[] changeCaptures() {
    return changeCaptures;
  }

  /** Sends every change committed from now on to {@code capture} too (after those added before). */
  public synchronized void addChangeCapture(ChangeCapture capture) {
    ChangeCapture[] current = changeCaptures;
    ChangeCapture[] next = java.util.Arrays.copyOf(current, current.length + 1);
    next[current.length] = capture;
    changeCaptures = next;
  }

  /** Stops sending changes to {@code capture}; returns whether it was registered. */
  public synchronized boolean removeChangeCapture(ChangeCapture capture) {
    ChangeCapture[] current = changeCaptures;
    for (int i = 0; i < current.length; i++) {
      if (current[i] == capture) {
        ChangeCapture[] next = new ChangeCapture[current.length - 1];
        System.arraycopy(current, 0, next, 0, i);
        System.arraycopy(current, i + 1, next, i, current.length - i - 1);
        changeCaptures = next.length == 0 ? NO_CAPTURES : next;
        return true;
      }
    }
    return false;
  }

  /**
   * How the table was made by RestoreTableFromBackup or RestoreTableToPointInTime, or {@code null}
   * for a table CreateTable made.
   */
  public TableRestore restore() {
    return restore;
  }

  /** Records that the table is (being) restored. */
  public void restore(TableRestore restore) {
    this.restore = restore;
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
