package io.sable.engine.table;

import io.sable.engine.value.Item;

/**
 * What a single-item write does with the item it finds, run under the partition lock so that a
 * condition check and the write are atomic.
 */
@FunctionalInterface
public interface ItemMutation {
  /**
   * Computes the new item from the current one.
   *
   * @param current the stored item, or {@code null} if there is none
   * @return the item to store, {@code null} to delete, or {@code current} itself to change nothing
   * @throws RuntimeException to abort the write (for example a failed condition); nothing changes
   */
  Item apply(Item current);
}
