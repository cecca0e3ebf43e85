package io.sable.engine.index;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How far global secondary indexes lag behind their table. DynamoDB propagates a write to a table's
 * global secondary indexes asynchronously, so a Query or Scan of one may not yet see it (Developer
 * Guide, "Global secondary indexes", "Reading data from a global secondary index": "global secondary
 * indexes support eventually consistent reads"). The engine applies writes to its indexes at once by
 * default ({@link #NONE}); with a lag, a write becomes visible in each global secondary index only
 * once {@code lag} has passed on {@code clock}, so that code that must tolerate the lag can be
 * tested. Local secondary indexes never lag (they support strongly consistent reads).
 */
public final class IndexLag {
  /** No lag: every index shows every write as soon as the write returns. */
  public static final IndexLag NONE = new IndexLag(Duration.ZERO, Clock.systemUTC());

  private final Duration lag;
  private final Clock clock;

  private IndexLag(Duration lag, Clock clock) {
    this.lag = lag;
    this.clock = clock;
  }

  /**
   * A lag of {@code lag} measured on {@code clock}.
   *
   * @throws IllegalArgumentException if {@code lag} is negative
   */
  public static IndexLag of(Duration lag, Clock clock) {
    Objects.requireNonNull(lag, "lag");
    Objects.requireNonNull(clock, "clock");
    if (lag.isNegative()) {
      throw new IllegalArgumentException("index lag must not be negative: " + lag);
    }
    return lag.isZero() ? NONE : new IndexLag(lag, clock);
  }

  /** Whether writes wait before an index shows them. */
  boolean lags() {
    return !lag.isZero();
  }

  /** When a write made now becomes visible. */
  Instant dueFromNow() {
    return clock.instant().plus(lag);
  }

  /** Whether a write due at {@code due} is visible now. */
  boolean isDue(Instant due) {
    return !clock.instant().isBefore(due);
  }
}
