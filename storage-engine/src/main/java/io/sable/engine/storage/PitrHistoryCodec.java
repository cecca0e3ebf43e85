package io.sable.engine.storage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The encoding of one table's point-in-time recovery history in a snapshot, as entries that each
 * fit a chunk: a header ({@code HISTORY}: table id, {@code RecoveryPeriodInDays}, when recovery was
 * enabled, the latest change time or none), then one entry per item of the base image ({@code
 * HISTORY_ITEM}: the item, {@link ItemCodec}), then one per change ({@code HISTORY_CHANGE}: its
 * time, whether it deleted the item, and the item or the deleted key).
 */
final class PitrHistoryCodec {
  private PitrHistoryCodec() {}

  static void writeHeader(Encoder e, SnapshotFile.HistoryContent h) {
    e.writeString(h.tableId());
    e.writeVarint(h.recoveryPeriodInDays());
    e.writeInstant(h.enabledAt());
    e.writeNullableInstant(h.lastTime().equals(Instant.MIN) ? null : h.lastTime());
  }

  /** A header read back, with empty (mutable) lists that the following entries fill. */
  static SnapshotFile.HistoryContent readHeader(Decoder d) {
    String tableId = d.readString();
    int days = (int) d.readVarint();
    Instant enabledAt = d.readInstant();
    Instant lastTime = d.readNullableInstant();
    return new SnapshotFile.HistoryContent(tableId, days, enabledAt,
        lastTime == null ? Instant.MIN : lastTime, new ArrayList<>(), new ArrayList<>());
  }

  static void writeItem(Encoder e, Map<String, AttributeValue> item) {
    ItemCodec.writeItem(e, item);
  }

  static Map<String, AttributeValue> readItem(Decoder d) {
    return ItemCodec.readItem(d);
  }

  static void writeChange(Encoder e, SnapshotFile.HistoryChange change) {
    e.writeInstant(change.time());
    e.writeBoolean(change.deleted());
    ItemCodec.writeItem(e, change.attributes());
  }

  static SnapshotFile.HistoryChange readChange(Decoder d) {
    return new SnapshotFile.HistoryChange(d.readInstant(), d.readBoolean(), ItemCodec.readItem(d));
  }
}
