package io.sable.engine.table;

import io.sable.engine.index.SecondaryIndex;
import io.sable.engine.value.Item;
import io.sable.engine.value.ItemKey;
import java.util.List;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One slice of a table's hash space: its items in key order and the lock that serialises writes to
 * them. Readers use {@link #items()} without locking.
 */
final class Partition {
  private final ConcurrentSkipListMap<ItemKey, Item> items = new ConcurrentSkipListMap<>();
  private final ReentrantLock writeLock = new ReentrantLock();
  private final List<SecondaryIndex> indexes;
  private volatile long sizeBytes;
  private volatile long itemCount;

  Partition(List<SecondaryIndex> indexes) {
    this.indexes = indexes;
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

  WriteResult write(ItemKey key, ItemMutation mutation) {
    writeLock.lock();
    try {
      Item current = items.get(key);
      Item next = mutation.apply(current);
      if (next == current) {
        return new WriteResult(current, current);
      }
      if (next != null) {
        for (SecondaryIndex index : indexes) {
          index.validate(next.attributes());
        }
        items.put(key, next);
      } else if (current != null) {
        items.remove(key);
      }
      for (SecondaryIndex index : indexes) {
        index.apply(key, current == null ? null : current.attributes(), next);
      }
      sizeBytes += (next == null ? 0 : next.sizeBytes()) - (current == null ? 0 : current.sizeBytes());
      itemCount += (next == null ? 0 : 1) - (current == null ? 0 : 1);
      return new WriteResult(current, next);
    } finally {
      writeLock.unlock();
    }
  }
}
