package io.sable.engine.backup;

import io.sable.engine.value.Item;
import io.sable.engine.value.ItemKey;
import java.time.Instant;

/**
 * One committed change of an item, on the engine clock.
 *
 * @param key the item's key
 * @param item the item after the change, or {@code null} if the change deleted it
 * @param time when the change committed
 */
public record ItemChange(ItemKey key, Item item, Instant time) {
  /** Whether the change deleted the item. */
  public boolean deleted() {
    return item == null;
  }
}
