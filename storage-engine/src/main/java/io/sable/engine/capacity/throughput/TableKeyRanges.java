package io.sable.engine.capacity.throughput;

import io.sable.engine.index.SecondaryIndex;
import io.sable.engine.table.Table;
import io.sable.engine.value.Item;
import io.sable.engine.value.ItemKey;
import java.util.Iterator;
import java.util.Map;

/** The data of a table, or of one of its global secondary indexes, by key range. */
final class TableKeyRanges implements KeyRangeSizes {
  private final Table table;
  private final SecondaryIndex index;

  /** The table's data ({@code index} null) or the index's entries. */
  TableKeyRanges(Table table, SecondaryIndex index) {
    this.table = table;
    this.index = index;
  }

  @Override
  public long bytes(ItemKey from, ItemKey to) {
    long bytes = 0;
    Iterator<Map.Entry<ItemKey, Item>> entries = entries(from);
    while (entries.hasNext()) {
      Map.Entry<ItemKey, Item> entry = entries.next();
      if (to != null && entry.getKey().compareTo(to) >= 0) {
        break;
      }
      bytes += entry.getValue().sizeBytes();
    }
    return bytes;
  }

  @Override
  public ItemKey middle(ItemKey from, ItemKey to) {
    long half = bytes(from, to) / 2;
    long running = 0;
    ItemKey previous = null;
    Iterator<Map.Entry<ItemKey, Item>> entries = entries(from);
    while (entries.hasNext()) {
      Map.Entry<ItemKey, Item> entry = entries.next();
      ItemKey key = entry.getKey();
      if (to != null && key.compareTo(to) >= 0) {
        break;
      }
      running += entry.getValue().sizeBytes();
      if (previous != null && running >= half) {
        ItemKey boundary = KeySpace.boundaryBetween(previous, key);
        if (boundary.compareTo(previous) > 0) {
          return boundary;
        }
      }
      previous = key;
    }
    return null;
  }

  private Iterator<Map.Entry<ItemKey, Item>> entries(ItemKey from) {
    // A boundary is never an item's key, so starting just after it starts at it.
    return table.scan(index, 0, 1, from);
  }
}
