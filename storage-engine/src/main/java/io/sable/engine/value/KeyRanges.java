package io.sable.engine.value;

import java.util.NavigableMap;

/**
 * Ranges of a sorted store keyed by {@link ItemKey}: one item collection, and one slice of the
 * hash space (a partition or a parallel scan segment).
 */
public final class KeyRanges {
  private KeyRanges() {}

  /** The items (or index entries) whose partition key is {@code partitionKey}, in sort-key order. */
  public static <V> NavigableMap<ItemKey, V> collection(
      NavigableMap<ItemKey, V> store, KeyValue partitionKey) {
    int hash = partitionKey.hash();
    return store.subMap(
        new ItemKey(hash, partitionKey, KeyValue.LOWEST, ItemKey.MIN),
        true,
        new ItemKey(hash, partitionKey, KeyValue.HIGHEST, ItemKey.MAX),
        true);
  }

  /**
   * The entries whose unsigned hash {@code h} satisfies {@code h * total >>> 32 == slice}: slice
   * {@code slice} of {@code total} equal, contiguous slices of the hash space.
   */
  public static <V> NavigableMap<ItemKey, V> slice(
      NavigableMap<ItemKey, V> store, int slice, int total) {
    long from = sliceStart(slice, total);
    long to = sliceStart(slice + 1, total);
    ItemKey low = from == 0 ? ItemKey.MIN : hashBound((int) from);
    ItemKey high = to > 0xFFFFFFFFL ? ItemKey.MAX : hashBound((int) to);
    return store.subMap(low, true, high, false);
  }

  /** Which of {@code total} slices a hash falls into. */
  public static int sliceOf(int hash, int total) {
    return (int) (((hash & 0xFFFFFFFFL) * total) >>> 32);
  }

  /** The lowest key of slice {@code slice} of {@code total} (a bound, never an item's key). */
  public static ItemKey sliceStartKey(int slice, int total) {
    long from = sliceStart(slice, total);
    return from == 0 ? ItemKey.MIN : hashBound((int) from);
  }

  // The smallest unsigned hash h with h * total >>> 32 == slice.
  private static long sliceStart(int slice, int total) {
    return ((long) slice << 32) / total + (((long) slice << 32) % total == 0 ? 0 : 1);
  }

  private static ItemKey hashBound(int hash) {
    return new ItemKey(hash, KeyValue.LOWEST, KeyValue.LOWEST, ItemKey.MIN);
  }
}
