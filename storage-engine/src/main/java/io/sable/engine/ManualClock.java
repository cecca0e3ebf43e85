package io.sable.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A UTC clock that moves only when told: give it to {@link SableEngine.Builder#clock} to test what
 * depends on time (Time to Live expiry, stream retention and shard rollover, shard iterator expiry,
 * {@code ClientRequestToken} windows) without waiting.
 *
 * <pre>{@code
 * ManualClock clock = new ManualClock(Instant.parse("2026-11-22T10:00:00Z"));
 * SableEngine engine = SableEngine.builder().clock(clock).ttlSweepInterval(Duration.ZERO).build();
 * clock.advance(Duration.ofHours(2));
 * engine.sweepExpiredItems();
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class ManualClock extends Clock {
  private volatile Instant now;

  /** A clock showing {@code start}. */
  public ManualClock(Instant start) {
    this.now = Objects.requireNonNull(start, "start");
  }

  /** Moves the clock forward (or back, for a negative duration). */
  public synchronized void advance(Duration duration) {
    now = now.plus(duration);
  }

  /** Sets the clock to {@code instant}. */
  public void set(Instant instant) {
    now = Objects.requireNonNull(instant, "instant");
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneOffset getZone() {
    return ZoneOffset.UTC;
  }

  /** This clock: it is always UTC. */
  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
