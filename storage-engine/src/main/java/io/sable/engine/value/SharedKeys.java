package io.sable.engine.value;

/**
 * Shares equal partition key values between the keys of stored items and index entries: the items
 * of one item collection (and the entries of one index partition key) all hold the same partition
 * key value, so a table of many items per partition key holds one copy of it instead of one per
 * item and index entry.
 *
 * <p>A direct-mapped cache of {@value #SLOTS} slots indexed by the value's hash: a value either finds
 * its equal in its slot and is replaced by it, or takes the slot. Lock-free: a {@link KeyValue} is
 * immutable with final fields, so a racing read sees either the old or the new occupant, both
 * correct; a miss only costs memory, never correctness.
 */
final class SharedKeys {
  static final int SLOTS = 1 << 16;

  private static final KeyValue[] VALUES = new KeyValue[SLOTS];

  private SharedKeys() {}

  /**
   * The cached value equal to {@code value}, after caching {@code value} if its slot held another.
   *
   * @param hash {@code value.hash()}, which the caller (an {@link ItemKey}) already holds: it is not
   *     computed again here
   */
  static KeyValue share(KeyValue value, int hash) {
    if (value.isSentinel()) {
      return value;
    }
    int slot = hash & (SLOTS - 1);
    KeyValue cached = VALUES[slot];
    if (cached == value) {
      return value;
    }
    if (cached != null && cached.compareTo(value) == 0) {
      return cached;
    }
    VALUES[slot] = value;
    return value;
  }
}
