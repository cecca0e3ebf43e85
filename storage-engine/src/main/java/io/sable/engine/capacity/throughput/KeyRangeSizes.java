package io.sable.engine.capacity.throughput;

import io.sable.engine.value.ItemKey;

/** The data of a table or index by key range, which a partition split needs. */
interface KeyRangeSizes {
  /** The bytes stored from {@code from} (inclusive) to {@code to} (exclusive; {@code null}: the end). */
  long bytes(ItemKey from, ItemKey to);

  /**
   * A boundary that splits the data from {@code from} to {@code to} about in half by size ({@link
   * KeySpace#boundaryBetween}), or {@code null} if it cannot be split (fewer than two items).
   */
  ItemKey middle(ItemKey from, ItemKey to);

  /** No data: for a table or index whose data the model does not look at. */
  KeyRangeSizes NONE =
      new KeyRangeSizes() {
        @Override
        public long bytes(ItemKey from, ItemKey to) {
          return 0;
        }

        @Override
        public ItemKey middle(ItemKey from, ItemKey to) {
          return null;
        }
      };
}
