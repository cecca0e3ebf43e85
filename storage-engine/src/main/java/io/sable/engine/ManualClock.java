package io.sable.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that moves only when told: give it to {@link SableEngine.Builder#clock} to test what
 * depends on time (Time to Live expiry, stream retention and shard rollover, shard iterator expiry,
 * {@code ClientRequestToken} windows) without waiting. The test kit ({@code sable-test}) hands one
 * to every test class.
 *
 * <pre>{@code
 * ManualClock clock = new ManualClock(Instant.parse("2026-11-22T10:00:00Z"));
 * SableEngine engine = SableEngine.builder().clock(clock).ttlSweepInterval(Duration.ZERO).build();
 * clock.advance(Duration.ofHours(2));
 * engine.sweepExpiredItems();
 * }</pre>
 *
 * <p>It is in UTC; views made by {@link #withZone(ZoneId)} share its time. Thread-safe.
 */
public final class ManualClock extends Clock {
  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  /** A clock showing {@code start}, in UTC. */
  public ManualClock(Instant start) {
    this(new AtomicReference<>(Objects.requireNonNull(start, "start")), ZoneOffset.UTC);
  }

  private ManualClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /**
   * Moves the clock forward by {@code duration}; a negative duration moves it back.
   *
   * @return the new instant
   */
  public Instant advance(Duration duration) {
    Objects.requireNonNull(duration, "duration");
    return now.updateAndGet(instant -> instant.plus(duration));
  }

  /** Sets the clock to {@code instant} (backwards too). */
  public void set(Instant instant) {
    now.set(Objects.requireNonNull(instant, "instant"));
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** A view of this clock in another zone: setting or advancing either moves both. */
  @Override
  public ManualClock withZone(ZoneId zone) {
    return new ManualClock(now, Objects.requireNonNull(zone, "zone"));
  }

  @Override
  public String toString() {
    return "ManualClock[" + now.get() + ", " + zone + "]";
  }
}
