package io.sable.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link Clock} that stands still until a test moves it: {@link #set(Instant)} and {@link
 * #advance(Duration)}. Views made by {@link #withZone(ZoneId)} share its time.
 *
 * <p>The test kit hands one to each test class ({@link SableTestContext#clock()}) and gives it to
 * Sable's engine, which reads it for table creation times, Time to Live expiry ({@link
 * SableTestContext#sweepExpiredItems()}) and stream retention. DynamoDB and DynamoDB Local keep
 * their own time: on an endpoint the clock controls only the code under test that is given it.
 *
 * <pre>{@code
 * MutableClock clock = MutableClock.at(Instant.parse("2024-05-01T00:00:00Z"));
 * clock.advance(Duration.ofDays(2));
 * clock.instant();   // 2024-05-03T00:00:00Z
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class MutableClock extends Clock {

  /** Where the test kit's clocks start: {@value}. */
  public static final String DEFAULT_START = "2024-01-01T00:00:00Z";

  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /** A clock standing at {@code instant}, in UTC. */
  public static MutableClock at(Instant instant) {
    return new MutableClock(new AtomicReference<>(Objects.requireNonNull(instant, "instant")), ZoneOffset.UTC);
  }

  /** A clock standing at {@link #DEFAULT_START}, in UTC. */
  public static MutableClock atDefaultStart() {
    return at(Instant.parse(DEFAULT_START));
  }

  /** Moves the clock to {@code instant} (backwards too). */
  public void set(Instant instant) {
    now.set(Objects.requireNonNull(instant, "instant"));
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
  public MutableClock withZone(ZoneId zone) {
    return new MutableClock(now, Objects.requireNonNull(zone, "zone"));
  }

  @Override
  public String toString() {
    return "MutableClock[" + now.get() + ", " + zone + "]";
  }
}
