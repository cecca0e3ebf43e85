package io.sable.engine.api.internal;

import io.sable.engine.backup.ItemChange;
import io.sable.engine.backup.PointInTimeRecovery;
import io.sable.engine.table.Table;
import io.sable.engine.transfer.Change;
import io.sable.engine.transfer.ExportSource;
import io.sable.engine.value.Item;
import io.sable.engine.value.ItemKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;

/**
 * The engine's {@link ExportSource}: ExportTableToPointInTime reads a table's past from its
 * point-in-time recovery history, as DynamoDB exports only tables with point-in-time recovery
 * enabled, from any instant of the recovery window (Developer Guide, "DynamoDB data export to
 * Amazon S3: how it works").
 *
 * <p>An incremental export's changes come as one {@link Change} per item changed in the window:
 * its image at the window's start ({@code from}, changes at that very instant included) and its
 * image after its last change in the window, which is all {@code IncrementalChanges} keeps of an
 * item's changes.
 */
public final class PointInTimeExportSource implements ExportSource {
  private final PointInTimeRecovery recovery;

  /** A source over the engine's point-in-time recovery. */
  public PointInTimeExportSource(PointInTimeRecovery recovery) {
    this.recovery = recovery;
  }

  @Override
  public boolean pitrEnabled(Table table) {
    return recovery.window(table) != null;
  }

  @Override
  public Instant earliestRestorableTime(Table table) {
    PointInTimeRecovery.Window window = recovery.window(table);
    if (window == null) {
      throw new IllegalStateException("point-in-time recovery is not enabled on " + table.name());
    }
    return window.earliest();
  }

  @Override
  public List<Item> itemsAt(Table table, Instant time) {
    return recovery.itemsAt(table.name(), time);
  }

  @Override
  public List<Change> changesBetween(Table table, Instant from, Instant to) {
    List<ItemChange> changes = recovery.changesBetween(table.name(), from, to);
    if (changes.isEmpty()) {
      return List.of();
    }
    NavigableMap<ItemKey, Item> before = recovery.itemsUpToNow(table, from);
    List<Change> result = new ArrayList<>(changes.size());
    for (ItemChange change : changes) {
      Item old = before.get(change.key());
      Item image = old != null ? old : change.item();
      if (image == null) {
        continue; // created and deleted within the window: an incremental export leaves it out
      }
      result.add(
          new Change(
              table.definition().keySchema().keyAttributes(image.attributes()),
              old,
              change.item(),
              change.time()));
    }
    return result;
  }
}
