package io.sable.engine.transfer;

import io.sable.engine.table.Table;
import io.sable.engine.value.Item;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import io.sable.engine.value.ItemKey;

/**
 * A test-only {@link ExportSource}: point-in-time recovery "enabled" on every table, whose items at
 * any time are its current items, and whose changes are those a test records with {@link #record}.
 * The engine never ships it: its default source refuses exports until point-in-time recovery is
 * wired in.
 */
final class CurrentItemsSource implements ExportSource {
  private final List<Change> changes = new ArrayList<>();
  private final Instant earliest;

  CurrentItemsSource(Instant earliest) {
    this.earliest = earliest;
  }

  /** Adds a change that {@link #changesBetween} returns. */
  void record(Change change) {
    changes.add(change);
  }

  @Override
  public boolean pitrEnabled(Table table) {
    return true;
  }

  @Override
  public Instant earliestRestorableTime(Table table) {
    return earliest;
  }

  @Override
  public List<Item> itemsAt(Table table, Instant time) {
    List<Item> items = new ArrayList<>();
    Iterator<Map.Entry<ItemKey, Item>> scan = table.scan(null, 0, 1, null);
    while (scan.hasNext()) {
      items.add(scan.next().getValue());
    }
    return items;
  }

  @Override
  public List<Change> changesBetween(Table table, Instant from, Instant to) {
    List<Change> window = new ArrayList<>();
    for (Change change : changes) {
      if (!change.time().isBefore(from) && change.time().isBefore(to)) {
        window.add(change);
      }
    }
    return window;
  }
}
