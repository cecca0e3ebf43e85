package io.sable.engine.storage;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The clock of a durable engine: its configured clock, except that recovery pins it, for the
 * recovering thread only, to each log record's original time while it replays the record, so
 * that the stream records and other timed effects of the replayed write carry the time of the
 * original write. Other threads always see the configured clock.
 */
public final class PinnableClock extends Clock {
  private final Clock delegate;
  private volatile Thread pinnedThread;
  private volatile Instant pinned;

  /** A clock that reads {@code delegate} until pinned. */
  public PinnableClock(Clock delegate) {
    this.delegate = delegate;
  }

  /** The configured clock. */
  public Clock delegate() {
    return delegate;
  }

  void pin(Instant instant) {
    pinned = instant;
    pinnedThread = Thread.currentThread();
  }

  void unpin() {
    pinnedThread = null;
    pinned = null;
  }

  @Override
  public Instant instant() {
    if (pinnedThread == Thread.currentThread()) {
      Instant at = pinned;
      if (at != null) {
        return at;
      }
    }
    return delegate.instant();
  }

  @Override
  public long millis() {
    return instant().toEpochMilli();
  }

  @Override
  public ZoneId getZone() {
    return delegate.getZone();
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return delegate.withZone(zone);
  }
}
