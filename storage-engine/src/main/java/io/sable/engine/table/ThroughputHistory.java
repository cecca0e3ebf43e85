package io.sable.engine.table;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When the provisioned throughput of a table and of each of its global secondary indexes last went
 * up and down, how many decreases each had in the current UTC day, and when the table switched to
 * {@code PAY_PER_REQUEST}: what UpdateTable's quotas are checked against and what DescribeTable's
 * {@code ProvisionedThroughputDescription} reports (API Reference, {@code
 * ProvisionedThroughputDescription}: {@code LastIncreaseDateTime}, {@code LastDecreaseDateTime},
 * {@code NumberOfDecreasesToday}, "during this UTC calendar day"). Times are on the engine clock.
 * Thread-safe.
 */
public final class ThroughputHistory {
  private static final String TABLE = "";
  private final Map<String, Changes> changes = new ConcurrentHashMap<>();
  private final Deque<Instant> switchesToPayPerRequest = new ArrayDeque<>();

  /**
   * The throughput changes of the table or of one index.
   *
   * @param lastIncrease the last increase, or {@code null} if none
   * @param lastDecrease the last decrease, or {@code null} if none
   * @param decreases how many decreases there were on {@code day}
   * @param day the UTC day of the last decrease, or {@code null}
   */
  public record Changes(Instant lastIncrease, Instant lastDecrease, int decreases, LocalDate day) {
    /** No change yet. */
    public static final Changes NONE = new Changes(null, null, 0, null);

    /** How many decreases there were in the UTC day of {@code now} (0 once a new day began). */
    public int decreasesToday(Instant now) {
      return utcDay(now).equals(day) ? decreases : 0;
    }
  }

  /** The UTC calendar day of {@code instant}. */
  public static LocalDate utcDay(Instant instant) {
    return LocalDate.ofInstant(instant, ZoneOffset.UTC);
  }

  /** The changes of global secondary index {@code indexName}, or of the table if it is null. */
  public Changes changes(String indexName) {
    return changes.getOrDefault(key(indexName), Changes.NONE);
  }

  /**
   * Records an UpdateTable of the table's (or index {@code indexName}'s) provisioned throughput at
   * {@code now}: an increase if either capacity went up, a decrease if either went down (both
   * capacities in one call count as one decrease).
   */
  public void record(String indexName, boolean increase, boolean decrease, Instant now) {
    changes.compute(
        key(indexName),
        (k, old) -> {
          Changes c = old == null ? Changes.NONE : old;
          return new Changes(
              increase ? now : c.lastIncrease(),
              decrease ? now : c.lastDecrease(),
              decrease ? c.decreasesToday(now) + 1 : c.decreases(),
              decrease ? utcDay(now) : c.day());
        });
  }

  /** Forgets global secondary index {@code indexName} (deleted). */
  public void forget(String indexName) {
    changes.remove(key(indexName));
  }

  /** Records a switch from {@code PROVISIONED} to {@code PAY_PER_REQUEST} at {@code now}. */
  public synchronized void switchedToPayPerRequest(Instant now) {
    switchesToPayPerRequest.addLast(now);
  }

  /** The switches to {@code PAY_PER_REQUEST} within {@code window} before {@code now}, oldest first. */
  public synchronized List<Instant> switchesToPayPerRequest(Instant now, Duration window) {
    Instant from = now.minus(window);
    while (!switchesToPayPerRequest.isEmpty() && !switchesToPayPerRequest.peekFirst().isAfter(from)) {
      switchesToPayPerRequest.pollFirst();
    }
    return List.copyOf(switchesToPayPerRequest);
  }

  private static String key(String indexName) {
    return indexName == null ? TABLE : "index/" + indexName;
  }
}
