package io.sable.engine.value;

/**
 * The position of an item in a table or index: the hash of its partition key, the partition key,
 * the sort key ({@link KeyValue#NONE} if there is none) and, in a secondary index, the table key
 * of the item as a tail (index entries with equal index keys are distinct items).
 *
 * <p>Keys order by unsigned hash first, then partition key, then sort key, then tail. Hash order
 * first means that a table's scan order is a total order that a partition (or a parallel scan
 * segment) can split into contiguous ranges of the hash space, and that within one partition key
 * (an item collection) items are in sort-key order. The tails {@link #MIN} and {@link #MAX} build
 * range bounds: they sort before and after every real tail, and before and after "no tail".
 */
public final class ItemKey implements Comparable<ItemKey> {
  /** A tail below every item with the same hash, partition key and sort key. */
  public static final ItemKey MIN = new ItemKey(0, KeyValue.LOWEST, KeyValue.LOWEST, null);
  /** A tail above every item with the same hash, partition key and sort key. */
  public static final ItemKey MAX = new ItemKey(0, KeyValue.HIGHEST, KeyValue.HIGHEST, null);

  private final int hash;
  private final KeyValue partitionKey;
  private final KeyValue sortKey;
  private final ItemKey tail;

  /**
   * A key with the given hash, partition key, sort key and tail (null for a table item). Equal
   * partition keys are shared between keys ({@link SharedKeys}), which is invisible to callers.
   * {@code hash} is {@code partitionKey.hash()} whenever the partition key is not a sentinel.
   */
  public ItemKey(int hash, KeyValue partitionKey, KeyValue sortKey, ItemKey tail) {
    this.hash = hash;
    this.partitionKey = SharedKeys.share(partitionKey, hash);
    this.sortKey = sortKey;
    this.tail = tail;
  }

  /** A table item's key. */
  public static ItemKey of(KeyValue partitionKey, KeyValue sortKey) {
    return new ItemKey(partitionKey.hash(), partitionKey, sortKey, null);
  }

  /** The partition key's hash; its unsigned value orders keys first. */
  public int hash() {
    return hash;
  }

  /** The partition key value. */
  public KeyValue partitionKey() {
    return partitionKey;
  }

  /** The sort key value, {@link KeyValue#NONE} when there is no sort key. */
  public KeyValue sortKey() {
    return sortKey;
  }

  /** The table key of an index entry, {@code null} for a table item. */
  public ItemKey tail() {
    return tail;
  }

  /** This key with another sort key and tail: builds range bounds within one item collection. */
  public ItemKey withSortKey(KeyValue sort, ItemKey newTail) {
    return new ItemKey(hash, partitionKey, sort, newTail);
  }

  @Override
  public int compareTo(ItemKey other) {
    if (this == other) {
      return 0;
    }
    if (this == MIN || other == MAX) {
      return -1;
    }
    if (this == MAX || other == MIN) {
      return 1;
    }
    int c = Integer.compareUnsigned(hash, other.hash);
    if (c != 0) {
      return c;
    }
    c = partitionKey.compareTo(other.partitionKey);
    if (c != 0) {
      return c;
    }
    c = sortKey.compareTo(other.sortKey);
    if (c != 0) {
      return c;
    }
    if (tail == null || other.tail == null) {
      return tail == null ? (other.tail == null ? 0 : other.tail == MIN ? 1 : -1) : (tail == MIN ? -1 : 1);
    }
    return tail.compareTo(other.tail);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ItemKey && compareTo((ItemKey) o) == 0;
  }

  @Override
  public int hashCode() {
    return hash * 31 + sortKey.hashCode() + (tail == null ? 0 : tail.hashCode() * 17);
  }

  @Override
  public String toString() {
    return "ItemKey[" + partitionKey + ", " + sortKey + (tail == null ? "" : ", " + tail) + "]";
  }
}
