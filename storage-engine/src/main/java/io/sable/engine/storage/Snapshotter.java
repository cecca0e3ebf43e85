package io.sable.engine.storage;

import io.sable.engine.backup.ItemChange;
import io.sable.engine.backup.PointInTimeRecovery;
import io.sable.engine.stream.StreamState;
import io.sable.engine.table.Table;
import io.sable.engine.transaction.ClientRequestTokens;
import io.sable.engine.value.Item;
import io.sable.engine.value.KeySchema;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Takes a snapshot: holds every write back for as long as it takes to end the log segment and
 * collect references to the (immutable) items, table images, tokens and stream records, then
 * writes the file while writes continue, and finally deletes the older snapshots and the log
 * segments the new one covers.
 */
final class Snapshotter {
  private static final System.Logger LOG = System.getLogger("io.sable.engine.storage");

  private Snapshotter() {}

  static void take(
      Path directory,
      WriteAheadLog wal,
      ReentrantReadWriteLock checkpoint,
      DurableStore.Engine engine,
      PinnableClock clock)
      throws IOException {
    long started = System.nanoTime();
    long lsn;
    List<SnapshotFile.TableContent> tables = new ArrayList<>();
    List<ClientRequestTokens.Remembered> tokens;
    List<StreamState> streams;
    List<Table> recovering = new ArrayList<>();
    List<PointInTimeRecovery.HistoryState> histories = new ArrayList<>();
    checkpoint.writeLock().lock();
    long paused;
    try {
      lsn = wal.flushAndRoll();
      for (Table table : engine.tables().all()) {
        TableImage image = TableImage.of(
            table, engine.timeToLive(), engine.streams(), engine.pointInTimeRecovery());
        // The history as of this LSN (its copy costs one map entry per item: writes wait for it).
        PointInTimeRecovery.HistoryState history = engine.pointInTimeRecovery().state(table);
        if (history != null) {
          recovering.add(table);
          histories.add(history);
        }
        List<Item> items = new ArrayList<>((int) Math.min(Integer.MAX_VALUE - 8, table.itemCount() + 16));
        Iterator<Map.Entry<io.sable.engine.value.ItemKey, Item>> scan = table.scan(null, 0, 1, null);
        while (scan.hasNext()) {
          items.add(scan.next().getValue());
        }
        tables.add(new SnapshotFile.TableContent(image, items));
      }
      tokens = engine.tokens().remembered();
      streams = engine.streams().export();
      paused = System.nanoTime() - started;
    } finally {
      checkpoint.writeLock().unlock();
    }
    List<SnapshotFile.HistoryContent> historyContents = new ArrayList<>();
    for (int i = 0; i < histories.size(); i++) {
      historyContents.add(content(recovering.get(i), histories.get(i)));
    }
    Path written = SnapshotFile.write(
        directory, lsn, clock.delegate().instant(), tables, tokens, streams, historyContents);
    for (Path old : SnapshotFile.list(directory)) {
      if (!old.equals(written)) {
        Files.deleteIfExists(old);
      }
    }
    LogReader.deleteThrough(directory, lsn);
    LOG.log(Level.DEBUG, "Snapshot " + written + ": writes paused " + paused / 1_000_000 + " ms, "
        + (System.nanoTime() - started) / 1_000_000 + " ms in all");
  }

  private static SnapshotFile.HistoryContent content(
      Table table, PointInTimeRecovery.HistoryState history) {
    KeySchema keySchema = table.definition().keySchema();
    List<Map<String, AttributeValue>> base = new ArrayList<>(history.base().size());
    for (Item item : history.base().values()) {
      base.add(item.attributes());
    }
    List<SnapshotFile.HistoryChange> changes = new ArrayList<>(history.changes().size());
    for (ItemChange change : history.changes()) {
      changes.add(new SnapshotFile.HistoryChange(change.time(), change.deleted(),
          change.deleted() ? keySchema.keyAttributes(change.key()) : change.item().attributes()));
    }
    return new SnapshotFile.HistoryContent(table.tableId(), history.recoveryPeriodInDays(),
        history.enabledAt(), history.lastTime(), base, changes);
  }
}
