package io.sable.engine.table;

import io.sable.engine.index.SecondaryIndex;
import io.sable.engine.value.Item;
import io.sable.engine.value.ItemKey;
import io.sable.engine.value.KeyValue;
import io.sable.engine.value.Values;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One slice of a table's hash space: its items in key order, the lock that serialises writes to
 * them, and the transaction locks and read marks on its items. Readers use {@link #items()} or
 * {@link #read} without locking.
 *
 * <p>The partition lock is held only for one item at a time (a single-item write, or one step of a
 * transaction on one item), never while waiting for anything else, so there is no lock order and no
 * deadlock. Transaction locks are never waited for: a write that meets one fails at once.
 */
final class Partition {
  private final ConcurrentSkipListMap<ItemKey, Item> items = new ConcurrentSkipListMap<>();
  private final ReentrantLock writeLock = new ReentrantLock();
  private final Table table;
  // Item collection sizes (items plus local index entries) by partition key; only with local
  // secondary indexes. Changed under writeLock.
  private final ConcurrentHashMap<KeyValue, Long> collectionSizes = new ConcurrentHashMap<>();
  // Items locked by in-flight transactions; read without the lock, changed under it.
  private final ConcurrentHashMap<ItemKey, LockedItem> locked = new ConcurrentHashMap<>();
  // Marks of in-flight TransactGetItems; guarded by writeLock.
  private final Map<ItemKey, List<ReadMark>> marks = new HashMap<>();
  private volatile long sizeBytes;
  private volatile long itemCount;

  Partition(Table table) {
    this.table = table;
  }

  long itemCollectionSize(KeyValue partitionKey) {
    return collectionSizes.getOrDefault(partitionKey, 0L);
  }

  NavigableMap<ItemKey, Item> items() {
    return items;
  }

  long itemCount() {
    return itemCount;
  }

  long sizeBytes() {
    return sizeBytes;
  }

  /**
   * The item a single-item read sees: the stored item, or the staged item of a transaction that
   * has passed its commit point but not yet stored it.
   */
  Item read(ItemKey key) {
    LockedItem lock = locked.get(key);
    return lock == null ? items.get(key) : lock.visible();
  }

  WriteResult write(ItemKey key, ItemMutation mutation, boolean byService) {
    Journal journal = table.journal();
    if (journal == Journal.NONE) {
      return writeLocked(key, mutation, byService);
    }
    journal.beginWrite();
    try {
      return writeLocked(key, mutation, byService);
    } finally {
      journal.endWrite();
    }
  }

  private WriteResult writeLocked(ItemKey key, ItemMutation mutation, boolean byService) {
    return underLock(() -> {
      if (locked.containsKey(key)) {
        throw new ItemLockedException();
      }
      Item stored = items.get(key);
      // The request's view of the stored item decodes it once for all of the write's uses.
      Item current = stored == null ? null : stored.view();
      Item next = mutation.apply(current);
      if (next == current) {
        return new WriteResult(current, current);
      }
      if (next != null) {
        for (SecondaryIndex index : table.indexes()) {
          index.validate(next.attributes());
        }
      }
      checkCollectionSize(key, current, next);
      invalidateMarks(key);
      store(key, current, next, byService, true);
      return new WriteResult(current, next);
    });
  }

  /** Locks {@code key} for {@code owner}, or returns {@code null} if a transaction holds it. */
  LockedItem tryLock(ItemKey key, TransactionLock owner) {
    return underLock(() -> {
      if (locked.containsKey(key)) {
        return null;
      }
      invalidateMarks(key);
      LockedItem lock = new LockedItem(this, key, owner);
      locked.put(key, lock);
      return lock;
    });
  }

  /** Whether a transaction holds {@code key} locked. */
  boolean isLocked(ItemKey key) {
    return locked.containsKey(key);
  }

  void apply(LockedItem lock) {
    underLock(() -> {
      if (lock.changes()) {
        Item current = items.get(lock.key());
        if (lock.staged() != current) {
          // Logged already, with the whole transaction, at its commit point.
          store(lock.key(), current, lock.staged(), false, false);
        }
      }
      return locked.remove(lock.key(), lock);
    });
  }

  void release(LockedItem lock) {
    underLock(() -> locked.remove(lock.key(), lock));
  }

  /**
   * Reads {@code key} for a {@code TransactGetItems} and leaves {@code mark} on it.
   *
   * @throws ItemLockedException if a transaction holds the item locked (nothing is marked)
   */
  Item readMarked(ItemKey key, ReadMark mark) {
    return underLock(() -> {
      if (locked.containsKey(key)) {
        throw new ItemLockedException();
      }
      marks.computeIfAbsent(key, k -> new ArrayList<>(2)).add(mark);
      return items.get(key);
    });
  }

  void unmark(ItemKey key, ReadMark mark) {
    underLock(() -> {
      List<ReadMark> onItem = marks.get(key);
      if (onItem != null && onItem.remove(mark) && onItem.isEmpty()) {
        marks.remove(key);
      }
      return null;
    });
  }

  // Runs {@code step} for one item under the partition lock.
  private <T> T underLock(Supplier<T> step) {
    writeLock.lock();
    try {
      return step.get();
    } finally {
      writeLock.unlock();
    }
  }

  // Under writeLock: every write of an item invalidates the marks of reads in flight on it.
  private void invalidateMarks(ItemKey key) {
    if (marks.isEmpty()) {
      return;
    }
    List<ReadMark> onItem = marks.remove(key);
    if (onItem != null) {
      onItem.forEach(ReadMark::invalidate);
    }
  }

  /** Recovery: stores a logged write again, without validating or logging it. */
  void replay(ItemKey key, Item next, boolean byService) {
    underLock(() -> {
      Item current = items.get(key);
      if (current != null || next != null) {
        store(key, current, next, byService, false);
      }
      return null;
    });
  }

  /**
   * Recovery: loads a snapshot's item into an empty slot, indexing it where each index accepts it
   * (as a backfill does), with no change capture.
   */
  void load(ItemKey key, Item loaded) {
    Item item = loaded.compact();
    underLock(() -> {
      List<SecondaryIndex> indexes = table.indexes();
      Item previous = items.put(key, item);
      if (previous != null) {
        throw new IllegalStateException("a snapshot holds the same key twice: " + key);
      }
      for (SecondaryIndex index : indexes) {
        if (index.accepts(item.attributes())) {
          index.apply(key, null, item);
        }
      }
      long growth = collectionGrowth(indexes, null, item);
      if (growth != 0) {
        collectionSizes.merge(key.partitionKey(), growth, Long::sum);
      }
      sizeBytes += item.sizeBytes();
      itemCount++;
      return null;
    });
  }

  /** Under writeLock: indexes the stored item at each key, for a new index. */
  void backfill(SecondaryIndex index) {
    for (ItemKey key : items.keySet()) {
      underLock(() -> {
        Item item = items.get(key);
        if (item != null && index.accepts(item.attributes())) {
          index.apply(key, item, item);
        }
        return null;
      });
    }
  }

  // Rejects a write that would take its item collection over the limit.
  void checkCollectionSize(ItemKey key, Item current, Item next) {
    long growth = collectionGrowth(table.indexes(), current, next);
    if (growth > 0
        && itemCollectionSize(key.partitionKey()) + growth > table.itemCollectionSizeLimit()) {
      throw new ItemCollectionTooLargeException();
    }
  }

  // How much a write changes its item collection's size: the item and its local index entries.
  private static long collectionGrowth(List<SecondaryIndex> indexes, Item current, Item next) {
    long growth = 0;
    boolean local = false;
    for (SecondaryIndex index : indexes) {
      if (!index.definition().global()) {
        local = true;
        growth += index.entrySize(next == null ? null : next.attributes())
            - index.entrySize(current == null ? null : current.attributes());
      }
    }
    if (!local) {
      return 0;
    }
    return growth + (next == null ? 0 : next.sizeBytes()) - (current == null ? 0 : current.sizeBytes());
  }

  // Under writeLock: stores next (null deletes), maintains indexes and statistics, and reports the
  // change to the table's ChangeCaptures unless it changed nothing; logs it if log is set and the
  // engine is durable.
  private void store(ItemKey key, Item current, Item written, boolean byService, boolean log) {
    // Tables and indexes hold compact items; written may still carry the map it was built from.
    Item next = written == null ? null : written.compact();
    if (log) {
      Journal journal = table.journal();
      if (journal != Journal.NONE) {
        journal.itemStored(table, key, written, byService);
      }
    }
    if (next != null) {
      items.put(key, next);
    } else if (current != null) {
      items.remove(key);
    }
    List<SecondaryIndex> indexes = table.indexes();
    for (SecondaryIndex index : indexes) {
      // The stored (compact) item itself: an index with projection ALL shares it.
      index.apply(key, current == null ? null : current.compact(), next);
    }
    long growth = collectionGrowth(indexes, current, written);
    if (growth != 0) {
      collectionSizes.merge(key.partitionKey(), growth, (a, b) -> a + b == 0 ? null : a + b);
    }
    sizeBytes += (next == null ? 0 : next.sizeBytes()) - (current == null ? 0 : current.sizeBytes());
    itemCount += (next == null ? 0 : 1) - (current == null ? 0 : 1);
    ChangeCapture[] captures = table.changeCaptures();
    if (captures.length != 0 && !sameItem(current, written)) {
      for (ChangeCapture capture : captures) {
        capture.captured(key, current, next, byService);
      }
    }
  }

  private static boolean sameItem(Item current, Item next) {
    if (current == null || next == null) {
      return current == next;
    }
    return current == next
        || java.util.Arrays.equals(current.encoded(), next.encoded())
        || Values.equal(
            AttributeValue.fromM(current.attributes()), AttributeValue.fromM(next.attributes()));
  }
}
