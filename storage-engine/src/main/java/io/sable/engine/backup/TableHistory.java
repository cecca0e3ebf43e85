package io.sable.engine.backup;

import io.sable.engine.table.ChangeCapture;
import io.sable.engine.value.Item;
import io.sable.engine.value.ItemKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * One table's point-in-time recovery history: a base image (the items at {@code baseTime}) plus
 * every committed change since, each with its time on the engine clock. Changes older than the
 * recovery period are folded into the base as they age out, so the history holds the table's
 * items plus the changes of one recovery period, no more.
 *
 * <p>The capture is registered before the base is copied, so a write that runs during the copy is
 * either in the base (and then also a change, replayed on top) or only a change; states are
 * restorable from the moment the copy is complete ({@link #enabledAt()}). Times are made
 * non-decreasing in commit order (a clock that steps back is held at the last time seen).
 * Thread-safe: every method holds the history's lock, which a capture takes under its item's
 * partition lock (never the reverse).
 */
final class TableHistory implements ChangeCapture {
  private final Clock clock;
  private final TreeMap<ItemKey, Item> base = new TreeMap<>();
  private final ArrayDeque<ItemChange> changes = new ArrayDeque<>();
  private Duration period;
  private Instant enabledAt;
  private Instant lastTime = Instant.MIN;

  TableHistory(Clock clock, Duration period) {
    this.clock = clock;
    this.period = period;
  }

  /** A history restored from {@code state} (a durable engine's snapshot); its capture not yet registered. */
  TableHistory(Clock clock, PointInTimeRecovery.HistoryState state) {
    this.clock = clock;
    this.period = Duration.ofDays(state.recoveryPeriodInDays());
    this.enabledAt = state.enabledAt();
    this.lastTime = state.lastTime();
    this.base.putAll(state.base());
    this.changes.addAll(state.changes());
  }

  /** A copy of the history (for a durable engine's snapshot). */
  synchronized PointInTimeRecovery.HistoryState state() {
    return new PointInTimeRecovery.HistoryState(
        (int) period.toDays(), enabledAt, lastTime, new TreeMap<>(base), new ArrayList<>(changes));
  }

  /** Sets when the history became complete (recovery of a durable engine: the logged time). */
  synchronized void enabledAt(Instant enabledAt) {
    this.enabledAt = enabledAt;
  }

  @Override
  public synchronized void captured(ItemKey key, Item oldItem, Item newItem, boolean byService) {
    Instant now = clock.instant();
    if (now.isBefore(lastTime)) {
      now = lastTime;
    }
    lastTime = now;
    changes.addLast(new ItemChange(key, newItem, now));
    fold(now);
  }

  /** Copies the table's items into the base: called once, after the capture is registered. */
  synchronized void start(Iterator<Map.Entry<ItemKey, Item>> items) {
    while (items.hasNext()) {
      Map.Entry<ItemKey, Item> entry = items.next();
      base.put(entry.getKey(), entry.getValue());
    }
    Instant now = clock.instant();
    enabledAt = now.isBefore(lastTime) ? lastTime : now;
  }

  /** When the history became complete: the earliest restorable time until the period passes. */
  synchronized Instant enabledAt() {
    return enabledAt;
  }

  synchronized Duration period() {
    return period;
  }

  synchronized void period(Duration period) {
    this.period = period;
  }

  /** The earliest restorable time at {@code now}: the later of enabling and now minus the period. */
  synchronized Instant earliest(Instant now) {
    Instant horizon = now.minus(period);
    return horizon.isAfter(enabledAt) ? horizon : enabledAt;
  }

  /** How many changes are held (not yet folded into the base). */
  synchronized int changeCount() {
    fold(clock.instant());
    return changes.size();
  }

  /**
   * The items at {@code time}: the base with every change up to {@code time} (inclusive) applied.
   *
   * @throws PointInTimeRecoveryException if {@code time} is before {@link #earliest} at {@code now}
   *     or after {@code latest}
   */
  synchronized NavigableMap<ItemKey, Item> itemsAt(Instant time, Instant now, Instant latest, String table) {
    fold(now);
    checkWindow(time, now, latest, table);
    TreeMap<ItemKey, Item> items = new TreeMap<>(base);
    for (ItemChange change : changes) {
      if (change.time().isAfter(time)) {
        break;
      }
      apply(items, change);
    }
    return items;
  }

  /**
   * Each key changed after {@code from} and up to {@code to} (inclusive), once, with its last change
   * in that interval, in key order.
   */
  synchronized List<ItemChange> changesBetween(
      Instant from, Instant to, Instant now, Instant latest, String table) {
    fold(now);
    checkWindow(from, now, latest, table);
    checkWindow(to, now, latest, table);
    TreeMap<ItemKey, ItemChange> last = new TreeMap<>();
    for (ItemChange change : changes) {
      if (change.time().isAfter(to)) {
        break;
      }
      if (change.time().isAfter(from)) {
        last.put(change.key(), change);
      }
    }
    return new ArrayList<>(last.values());
  }

  private void checkWindow(Instant time, Instant now, Instant latest, String table) {
    Instant earliest = earliest(now);
    if (time.isBefore(earliest) || time.isAfter(latest)) {
      throw new PointInTimeRecoveryException(
          PointInTimeRecoveryException.Reason.OUT_OF_WINDOW,
          "Instant " + time + " is outside the restorable window of table " + table + ": "
              + earliest + " to " + latest);
    }
  }

  // Folds the changes at or before now minus the period into the base.
  private void fold(Instant now) {
    Instant horizon = now.minus(period);
    while (!changes.isEmpty() && !changes.peekFirst().time().isAfter(horizon)) {
      apply(base, changes.pollFirst());
    }
  }

  private static void apply(Map<ItemKey, Item> items, ItemChange change) {
    if (change.item() == null) {
      items.remove(change.key());
    } else {
      items.put(change.key(), change.item());
    }
  }
}
