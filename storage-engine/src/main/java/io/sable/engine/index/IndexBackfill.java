package io.sable.engine.index;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How long a global secondary index that UpdateTable creates stays {@code CREATING}, measured on
 * the engine's clock: a fixed time (DynamoDB's resource allocation phase) plus the table's size
 * divided by a backfill rate, rounded up to the millisecond. DynamoDB documents the two phases but
 * no figures ("Adding a global secondary index to an existing table", Developer Guide: "the time
 * required for building a global secondary index depends on ... the size of the table"), so the
 * model is deterministic and set by the engine's user; by default ({@link #NONE}) an index is
 * {@code ACTIVE} as soon as its backfill has indexed the stored items.
 *
 * <p>Until then DescribeTable shows the index {@code CREATING} with {@code Backfilling} true and
 * the table {@code UPDATING}, and a Query or Scan of the index fails ("Cannot read from
 * backfilling global secondary index: &lt;name&gt;").
 */
public final class IndexBackfill {
  /** No wait on the clock: an index is ACTIVE once its backfill task has run. */
  public static final IndexBackfill NONE = new IndexBackfill(Duration.ZERO, 0, Clock.systemUTC());

  private final Duration fixed;
  private final long bytesPerSecond;
  private final Clock clock;

  private IndexBackfill(Duration fixed, long bytesPerSecond, Clock clock) {
    this.fixed = fixed;
    this.bytesPerSecond = bytesPerSecond;
    this.clock = clock;
  }

  /**
   * A model on {@code clock}.
   *
   * @param fixed the time every new index takes, at least zero
   * @param bytesPerSecond how many bytes of the table's items it indexes a second; 0 for no time
   *     proportional to the table's size
   * @throws IllegalArgumentException if {@code fixed} or {@code bytesPerSecond} is negative
   */
  public static IndexBackfill of(Duration fixed, long bytesPerSecond, Clock clock) {
    Objects.requireNonNull(fixed, "fixed");
    Objects.requireNonNull(clock, "clock");
    if (fixed.isNegative() || bytesPerSecond < 0) {
      throw new IllegalArgumentException(
          "index backfill time and rate must not be negative: " + fixed + ", " + bytesPerSecond);
    }
    return fixed.isZero() && bytesPerSecond == 0 ? NONE : new IndexBackfill(fixed, bytesPerSecond, clock);
  }

  /** How long an index over a table of {@code tableSizeBytes} bytes stays CREATING. */
  public Duration duration(long tableSizeBytes) {
    if (bytesPerSecond == 0) {
      return fixed;
    }
    long millis = Math.floorDiv(Math.multiplyExact(tableSizeBytes, 1000L) + bytesPerSecond - 1, bytesPerSecond);
    return fixed.plusMillis(millis);
  }

  /** When an index created now over a table of {@code tableSizeBytes} bytes becomes ACTIVE. */
  Instant activeAt(long tableSizeBytes) {
    return clock.instant().plus(duration(tableSizeBytes));
  }

  /** Whether {@code activeAt} has passed on the clock. */
  boolean reached(Instant activeAt) {
    return !clock.instant().isBefore(activeAt);
  }
}
