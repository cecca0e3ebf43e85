package io.sable.engine.backup;

import io.sable.engine.table.Table;
import io.sable.engine.table.Tables;
import io.sable.engine.value.Item;
import io.sable.engine.value.ItemKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Point-in-time recovery of an engine's tables: for each table with it enabled, a history of every
 * committed change on the engine clock ({@link TableHistory}), from which the table's items at any
 * instant of its window can be rebuilt.
 *
 * <p>The window (API Reference, {@code PointInTimeRecoveryDescription}): {@code
 * EarliestRestorableDateTime} is the later of the moment recovery was enabled and now minus the
 * recovery period ({@code RecoveryPeriodInDays}, 1 to 35 days, default 35); {@code
 * LatestRestorableDateTime} is now minus {@link BackupSettings#latestRestorableLag()} ("typically 5
 * minutes before the current time"), but never before the earliest. Disabling recovery drops the
 * history; enabling it again starts a new one (Developer Guide, "Point-in-time recovery for
 * DynamoDB": the earliest restorable time is reset). A table without recovery costs nothing: no
 * capture is registered on it.
 *
 * <p>For exports ({@code ExportTableToPointInTime}):
 *
 * <pre>{@code
 * List<Item> items = pitr.itemsAt("orders", Instant.parse("2026-12-05T10:00:00Z"));
 * List<ItemChange> changed = pitr.changesBetween("orders", from, to); // incremental export
 * }</pre>
 *
 * Thread-safe.
 */
public final class PointInTimeRecovery {
  /** DynamoDB's default (and largest) recovery period, in days. */
  public static final int DEFAULT_RECOVERY_PERIOD_DAYS = 35;

  private final Tables tables;
  private final Clock clock;
  private final Duration latestLag;
  private final Map<Table, TableHistory> histories = new ConcurrentHashMap<>();

  /**
   * Recovery for {@code tables}.
   *
   * @param clock the engine clock
   * @param latestLag how far behind now {@code LatestRestorableDateTime} is
   */
  public PointInTimeRecovery(Tables tables, Clock clock, Duration latestLag) {
    this.tables = tables;
    this.clock = clock;
    this.latestLag = latestLag;
  }

  /**
   * The recovery state of one table.
   *
   * @param recoveryPeriodInDays the recovery period
   * @param earliest {@code EarliestRestorableDateTime}
   * @param latest {@code LatestRestorableDateTime}
   */
  public record Window(int recoveryPeriodInDays, Instant earliest, Instant latest) {}

  /**
   * Enables recovery on {@code table} with a period of {@code days}, or changes the period of the
   * enabled recovery (keeping its history). Enabling registers the table's capture, then copies its
   * items into the history's base image; writers of the table wait for the copy. The history costs
   * one map entry per item (the items themselves are shared, immutable) plus one entry per change
   * within the period.
   */
  public Window enable(Table table, int days) {
    Duration period = Duration.ofDays(days);
    synchronized (table) {
      TableHistory history = histories.get(table);
      if (history != null) {
        history.period(period);
      } else {
        history = new TableHistory(clock, period);
        table.addChangeCapture(history);
        history.start(table.scan(null, 0, 1, null));
        histories.put(table, history);
      }
    }
    return window(table);
  }

  /**
   * The point-in-time recovery setting of one table, as a durable engine logs it with the table.
   *
   * @param recoveryPeriodInDays {@code RecoveryPeriodInDays}, 1 to 35
   * @param enabledAt when recovery was enabled (its history became complete)
   */
  public record Setting(int recoveryPeriodInDays, Instant enabledAt) {}

  /**
   * A table's whole history, for a durable engine's snapshot: the base image (the items at the
   * start of the held changes), the changes in commit order, and the window's settings.
   *
   * @param lastTime the time of the latest change seen (times are kept non-decreasing)
   */
  public record HistoryState(
      int recoveryPeriodInDays,
      Instant enabledAt,
      Instant lastTime,
      NavigableMap<ItemKey, Item> base,
      List<ItemChange> changes) {}

  /** The table's setting, or {@code null} if recovery is not enabled on it. */
  public Setting setting(Table table) {
    TableHistory history = histories.get(table);
    return history == null ? null : new Setting((int) history.period().toDays(), history.enabledAt());
  }

  /** A copy of the table's history, or {@code null} if recovery is not enabled on it. */
  public HistoryState state(Table table) {
    TableHistory history = histories.get(table);
    return history == null ? null : history.state();
  }

  /**
   * Recovery of a durable engine: enables recovery on {@code table} with the history {@code
   * state} read from a snapshot (replacing any history it has); changes made from now on (the log
   * replayed after the snapshot, on the pinned clock) are added to it.
   */
  public void restore(Table table, HistoryState state) {
    synchronized (table) {
      disable(table);
      TableHistory history = new TableHistory(clock, state);
      table.addChangeCapture(history);
      histories.put(table, history);
    }
  }

  /**
   * Recovery of a durable engine: enables recovery on {@code table} afresh (replacing any history
   * it has), its current items as the base, and sets when it was enabled to the logged {@code
   * enabledAt}, or to {@code notBefore} if that is later (the table's history is only known from
   * {@code notBefore} on).
   */
  public void restore(Table table, int days, Instant enabledAt, Instant notBefore) {
    synchronized (table) {
      disable(table);
      enable(table, days);
      histories.get(table).enabledAt(
          notBefore != null && notBefore.isAfter(enabledAt) ? notBefore : enabledAt);
    }
  }

  /** Disables recovery on {@code table} and drops its history; returns whether it was enabled. */
  public boolean disable(Table table) {
    synchronized (table) {
      TableHistory history = histories.remove(table);
      if (history == null) {
        return false;
      }
      table.removeChangeCapture(history);
      return true;
    }
  }

  /** The table was deleted: its history is dropped. */
  public void tableDeleted(Table table) {
    disable(table);
  }

  /** The table's window now, or {@code null} if recovery is not enabled on it. */
  public Window window(Table table) {
    TableHistory history = histories.get(table);
    if (history == null) {
      return null;
    }
    Instant now = clock.instant();
    Instant earliest = history.earliest(now);
    return new Window((int) history.period().toDays(), earliest, latest(earliest, now));
  }

  /**
   * How many changes the history of the table named {@code tableNameOrArn} holds besides its base
   * image (changes within the recovery period), after folding the older ones; 0 without recovery.
   *
   * @throws PointInTimeRecoveryException if there is no such table
   */
  public int changeCount(String tableNameOrArn) {
    TableHistory history = histories.get(table(tableNameOrArn));
    return history == null ? 0 : history.changeCount();
  }

  /**
   * The items of {@code table} at {@code time}, by key.
   *
   * @throws PointInTimeRecoveryException if recovery is not enabled on the table ({@code
   *     NOT_ENABLED}) or {@code time} is outside its window ({@code OUT_OF_WINDOW})
   */
  public NavigableMap<ItemKey, Item> itemsAt(Table table, Instant time) {
    TableHistory history = history(table);
    Instant now = clock.instant();
    return history.itemsAt(time, now, latest(history.earliest(now), now), table.name());
  }

  /**
   * The items of {@code table} at {@code time}, by key, for exports: {@code time} may be any instant
   * from the earliest restorable time up to now (an export, unlike a restore, is not held 5 minutes
   * behind: ExportTableToPointInTime's {@code ExportTime} defaults to now).
   *
   * @throws PointInTimeRecoveryException as {@link #itemsAt(Table, Instant)}
   */
  public NavigableMap<ItemKey, Item> itemsUpToNow(Table table, Instant time) {
    TableHistory history = history(table);
    Instant now = clock.instant();
    return history.itemsAt(time, now, now, table.name());
  }

  /**
   * The items of the table named {@code tableNameOrArn} (a name, or an ARN ending in {@code
   * table/<name>}) at {@code time}, in key order: for a full export. {@code time} may be any
   * instant from {@code EarliestRestorableDateTime} to now (not only to {@code
   * LatestRestorableDateTime}, which holds restores 5 minutes behind). A snapshot: later writes do
   * not change the list. Copies the table's items while holding its history's lock, so writers of
   * the table wait for the copy.
   *
   * @throws PointInTimeRecoveryException if there is no such table ({@code TABLE_NOT_FOUND}),
   *     recovery is not enabled on it ({@code NOT_ENABLED}), or {@code time} is outside its window
   *     ({@code OUT_OF_WINDOW})
   */
  public List<Item> itemsAt(String tableNameOrArn, Instant time) {
    return new ArrayList<>(itemsUpToNow(table(tableNameOrArn), time).values());
  }

  /**
   * The changes of the table named {@code tableNameOrArn} after {@code from} and up to {@code to}
   * (inclusive), for an incremental export: each key changed in that interval once, with its final
   * item (or {@code null}: deleted) and the time of its last change, in key order. A key created
   * and deleted within the interval is reported deleted. Both instants may be any from {@code
   * EarliestRestorableDateTime} to now.
   *
   * @throws PointInTimeRecoveryException as {@link #itemsAt(String, Instant)}, for either instant
   * @throws IllegalArgumentException if {@code from} is after {@code to}
   */
  public List<ItemChange> changesBetween(String tableNameOrArn, Instant from, Instant to) {
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("from " + from + " is after to " + to);
    }
    Table table = table(tableNameOrArn);
    TableHistory history = history(table);
    Instant now = clock.instant();
    return history.changesBetween(from, to, now, now, table.name());
  }

  private Instant latest(Instant earliest, Instant now) {
    Instant latest = now.minus(latestLag);
    return latest.isBefore(earliest) ? earliest : latest;
  }

  private TableHistory history(Table table) {
    TableHistory history = histories.get(table);
    if (history == null) {
      throw new PointInTimeRecoveryException(
          PointInTimeRecoveryException.Reason.NOT_ENABLED,
          "Point in time recovery is not enabled for table '" + table.name() + "'");
    }
    return history;
  }

  private Table table(String tableNameOrArn) {
    int slash = tableNameOrArn.startsWith("arn:") ? tableNameOrArn.indexOf(":table/") : -1;
    String name = slash < 0 ? tableNameOrArn : tableNameOrArn.substring(slash + ":table/".length());
    Table table = tables.get(name);
    if (table == null) {
      throw new PointInTimeRecoveryException(
          PointInTimeRecoveryException.Reason.TABLE_NOT_FOUND, "Table not found: " + name);
    }
    return table;
  }
}
