package io.sable.engine.storage;

import io.sable.engine.backup.ItemChange;
import io.sable.engine.backup.PointInTimeRecovery;
import io.sable.engine.index.IndexDefinition;
import io.sable.engine.index.SecondaryIndex;
import io.sable.engine.stream.StreamState;
import io.sable.engine.stream.TableStream;
import io.sable.engine.table.Table;
import io.sable.engine.transaction.ClientRequestTokens;
import io.sable.engine.value.Item;
import io.sable.engine.value.ItemKey;
import io.sable.engine.value.KeySchema;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TableClass;

/**
 * Rebuilds an engine's state: a snapshot's tables, items (indexes are rebuilt as items load),
 * tokens and streams, then every log record after it, replayed through the tables' write path
 * with the engine clock pinned to the record's time.
 */
final class Recovery {
  private static final System.Logger LOG = System.getLogger("io.sable.engine.storage");

  private final DurableStore.Engine engine;
  private final PinnableClock clock;
  private final Map<String, Table> byId = new HashMap<>();
  private final Map<String, String> ttlAttributes = new HashMap<>();
  private final List<ClientRequestTokens.Remembered> tokens = new ArrayList<>();
  private Table loading;
  private Instant snapshotTime;
  // The point-in-time recovery setting applied to each table (by id), and the snapshot's.
  private final Map<String, PointInTimeRecovery.Setting> recoveryApplied = new HashMap<>();
  private final Map<String, PointInTimeRecovery.Setting> recoveryInSnapshot = new HashMap<>();

  Recovery(DurableStore.Engine engine, PinnableClock clock) {
    this.engine = engine;
    this.clock = clock;
  }

  SnapshotFile.Visitor snapshotVisitor() {
    return new SnapshotFile.Visitor() {
      @Override
      public void header(long lsn, Instant takenAt) {
        snapshotTime = takenAt;
      }

      @Override
      public void table(TableImage image) {
        loading = apply(image, false);
        if (image.pointInTimeRecovery() != null) {
          recoveryInSnapshot.put(image.tableId(), image.pointInTimeRecovery());
        }
      }

      @Override
      public void history(SnapshotFile.HistoryContent history) {
        restoreHistory(history);
      }

      @Override
      public void item(Map<String, AttributeValue> attributes) {
        ItemKey key = loading.definition().keySchema().keyOfItem(attributes);
        loading.load(key, Item.of(attributes));
      }

      @Override
      public void token(ClientRequestTokens.Remembered token) {
        tokens.add(token);
      }

      @Override
      public void stream(StreamState stream) {
        engine.streams().restore(stream, stream.tableId() == null ? null : byId.get(stream.tableId()));
      }
    };
  }

  /**
   * After the snapshot: a table whose image says point-in-time recovery is enabled but whose
   * history the snapshot does not hold (not expected: every snapshot holds them) gets a history
   * starting at the snapshot's time, its items then as the base: an honest, shorter window.
   */
  void snapshotLoaded() {
    for (Map.Entry<String, PointInTimeRecovery.Setting> entry : recoveryInSnapshot.entrySet()) {
      Table table = byId.get(entry.getKey());
      if (table != null && !recoveryApplied.containsKey(entry.getKey())) {
        PointInTimeRecovery.Setting setting = entry.getValue();
        LOG.log(Level.WARNING, "The snapshot holds no point-in-time recovery history of table "
            + table.name() + ": its restorable window starts at the snapshot's time " + snapshotTime);
        engine.pointInTimeRecovery().restore(
            table, setting.recoveryPeriodInDays(), setting.enabledAt(), snapshotTime);
        recoveryApplied.put(entry.getKey(), setting);
      }
    }
  }

  /** Replays one log record. */
  void replay(LogReader.LogRecord record) {
    clock.pin(DurableStore.instant(record.timeNanos()));
    try {
      Decoder in = record.payload();
      switch (record.type()) {
        case DurableStore.ITEM -> change(in);
        case DurableStore.TRANSACTION -> {
          String token = in.readNullableString();
          byte[] fingerprint = token == null ? null : in.readBytes();
          int count = in.readCount();
          for (int i = 0; i < count; i++) {
            change(in);
          }
          if (token != null) {
            long committed = DurableStore.instant(record.timeNanos()).toEpochMilli();
            tokens.add(new ClientRequestTokens.Remembered(token, fingerprint,
                committed + ClientRequestTokens.WINDOW_MINUTES * 60_000L));
          }
        }
        case DurableStore.TABLE -> apply(TableImage.read(in), true);
        case DurableStore.DROP -> drop(in.readString());
        default -> throw new CorruptDataException("unknown log record type " + record.type()
            + " at LSN " + record.lsn());
      }
    } finally {
      clock.unpin();
    }
  }

  /** Ends recovery: Time to Live settings and the remembered tokens, on the engine's real time. */
  void finish() {
    clock.unpin();
    for (Map.Entry<String, String> entry : ttlAttributes.entrySet()) {
      Table table = byId.get(entry.getKey());
      if (table != null && entry.getValue() != null) {
        engine.timeToLive().enable(table, entry.getValue());
      }
    }
    tokens.sort((a, b) -> Long.compare(a.expiresAtMillis(), b.expiresAtMillis()));
    for (ClientRequestTokens.Remembered token : tokens) {
      engine.tokens().restore(token.token(), token.fingerprint(), token.expiresAtMillis());
    }
  }

  // A table's history from the snapshot: items equal to the table's current ones are shared.
  private void restoreHistory(SnapshotFile.HistoryContent history) {
    Table table = byId.get(history.tableId());
    if (table == null) {
      return;
    }
    KeySchema keySchema = table.definition().keySchema();
    TreeMap<ItemKey, Item> base = new TreeMap<>();
    for (Map<String, AttributeValue> attributes : history.base()) {
      ItemKey key = keySchema.keyOfItem(attributes);
      base.put(key, shared(table, key, attributes));
    }
    List<ItemChange> changes = new ArrayList<>(history.changes().size());
    for (SnapshotFile.HistoryChange change : history.changes()) {
      ItemKey key = keySchema.keyOfItem(change.attributes());
      changes.add(new ItemChange(key,
          change.deleted() ? null : shared(table, key, change.attributes()), change.time()));
    }
    engine.pointInTimeRecovery().restore(table, new PointInTimeRecovery.HistoryState(
        history.recoveryPeriodInDays(), history.enabledAt(), history.lastTime(), base, changes));
    recoveryApplied.put(history.tableId(),
        new PointInTimeRecovery.Setting(history.recoveryPeriodInDays(), history.enabledAt()));
  }

  private static Item shared(Table table, ItemKey key, Map<String, AttributeValue> attributes) {
    Item current = table.get(key);
    return current != null && current.attributes().equals(attributes) ? current : Item.of(attributes);
  }

  // A logged table image's point-in-time recovery setting: enabled afresh (its history starting
  // with the table's items at this point of the replay, at the logged time), its period changed
  // (history kept), or disabled.
  private void applyRecovery(Table table, PointInTimeRecovery.Setting setting) {
    PointInTimeRecovery.Setting applied = recoveryApplied.get(table.tableId());
    PointInTimeRecovery recovery = engine.pointInTimeRecovery();
    if (setting == null) {
      if (applied != null) {
        recovery.disable(table);
        recoveryApplied.remove(table.tableId());
      }
      return;
    }
    if (applied == null || !applied.enabledAt().equals(setting.enabledAt())) {
      recovery.restore(table, setting.recoveryPeriodInDays(), setting.enabledAt(), null);
    } else if (applied.recoveryPeriodInDays() != setting.recoveryPeriodInDays()) {
      recovery.enable(table, setting.recoveryPeriodInDays());
    }
    recoveryApplied.put(table.tableId(), setting);
  }

  private void change(Decoder in) {
    String tableId = in.readString();
    int flags = in.readByte();
    Map<String, AttributeValue> attributes = ItemCodec.readItem(in);
    Table table = byId.get(tableId);
    if (table == null) {
      // A write that raced its table's DeleteTable: gone with the table.
      LOG.log(Level.DEBUG, "Skipping a logged write to the deleted table " + tableId);
      return;
    }
    ItemKey key = table.definition().keySchema().keyOfItem(attributes);
    table.replay(key, DurableStore.isDelete(flags) ? null : Item.of(attributes), DurableStore.isByService(flags));
  }

  // Creates or updates the table the image describes; with streams, also its enabled stream.
  private Table apply(TableImage image, boolean withStream) {
    Table table = byId.get(image.tableId());
    if (table == null) {
      Table sameName = engine.tables().get(image.definition().name());
      if (sameName != null) {
        drop(sameName.tableId());
      }
      table = new Table(image.definition(), engine.partitions(), image.creationDateTime(),
          image.tableId(), engine.settings());
      if (!engine.tables().add(table)) {
        throw new IllegalStateException("two tables named " + image.definition().name());
      }
      byId.put(image.tableId(), table);
    } else {
      Set<String> wanted = new HashSet<>();
      image.definition().indexes().forEach(index -> wanted.add(index.name()));
      for (SecondaryIndex index : List.copyOf(table.indexes())) {
        if (!wanted.contains(index.definition().name())) {
          table.removeIndex(index.definition().name());
        }
      }
      table.updateDefinition(image.definition());
      for (IndexDefinition definition : image.definition().indexes()) {
        if (table.index(definition.name()) == null) {
          SecondaryIndex index = table.newIndex(definition);
          table.addIndex(index);
          table.backfill(index);
        }
      }
      engine.throughput().tableUpdated(table);
    }
    for (String name : image.createdIndexes()) {
      SecondaryIndex index = table.index(name);
      if (index != null && index.backfillingAttribute() == null) {
        index.backfilling(false);
      }
    }
    Set<String> staleTags = new HashSet<>(table.tags().all().keySet());
    staleTags.removeAll(image.tags().keySet());
    table.tags().remove(staleTags);
    table.tags().put(image.tags());
    table.options().deletionProtectionEnabled(image.deletionProtectionEnabled());
    table.options().tableClass(
        image.tableClass() == null ? null : TableClass.fromValue(image.tableClass()),
        image.tableClassUpdated());
    table.lastUpdateToPayPerRequest(image.lastUpdateToPayPerRequest());
    ttlAttributes.put(image.tableId(), image.ttlAttribute());
    if (withStream) {
      applyRecovery(table, image.pointInTimeRecovery());
      TableStream current = engine.streams().enabled(table);
      if (image.streamViewType() == null) {
        if (current != null) {
          engine.streams().disable(table);
        }
      } else if (current == null || !current.createdAt().equals(image.streamCreatedAt())) {
        if (current != null) {
          engine.streams().disable(table);
        }
        engine.streams().register(engine.streams().open(table,
            engine.tableArnPrefix() + table.name(), image.streamViewType(), image.streamCreatedAt()));
      }
    }
    return table;
  }

  private void drop(String tableId) {
    Table table = byId.remove(tableId);
    ttlAttributes.remove(tableId);
    recoveryApplied.remove(tableId);
    if (table == null) {
      return;
    }
    engine.pointInTimeRecovery().tableDeleted(table);
    engine.streams().dropped(table);
    engine.tables().remove(table.name(), table);
    engine.throughput().tableDeleted(table);
  }
}
