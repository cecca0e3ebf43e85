package io.sable.engine.storage;

import java.time.Duration;
import java.util.Objects;

/**
 * When a durable engine's acknowledged writes reach the disk.
 *
 * <ul>
 *   <li>{@link #fsync()} (the default with a data directory): a write is acknowledged only once its
 *       log record is written and {@code fsync}ed (group commit: one {@code fsync} covers every
 *       write that arrived meanwhile). Nothing acknowledged is lost, whether the process is killed
 *       or the machine loses power.
 *   <li>{@link #periodic(Duration)}: a write is acknowledged once its log record is written to the
 *       operating system (a {@code write(2)} into its page cache), and the log is {@code fsync}ed
 *       every {@code interval}. A crash of the process alone ({@code kill -9}, an
 *       {@code OutOfMemoryError}) loses nothing acknowledged, since the operating system still
 *       writes its page cache to disk; a crash of the machine or operating system (power loss, a
 *       kernel panic) may lose the writes acknowledged in the last {@code interval} before it
 *       (plus the time one {@code fsync} takes), never part of a transaction, and never a write
 *       without the ones before it.
 * </ul>
 *
 * @param syncInterval zero for {@code fsync} on every acknowledged write, else the time between
 *     {@code fsync}s
 */
public record Durability(Duration syncInterval) {
  /** Checks the interval. */
  public Durability {
    Objects.requireNonNull(syncInterval, "syncInterval");
    if (syncInterval.isNegative()) {
      throw new IllegalArgumentException("syncInterval must not be negative: " + syncInterval);
    }
  }

  /** {@code fsync} before acknowledging every write. */
  public static Durability fsync() {
    return new Durability(Duration.ZERO);
  }

  /**
   * {@code fsync} every {@code interval}; writes are acknowledged once handed to the operating
   * system.
   *
   * @throws IllegalArgumentException if {@code interval} is not positive
   */
  public static Durability periodic(Duration interval) {
    if (interval.isZero() || interval.isNegative()) {
      throw new IllegalArgumentException("periodic interval must be positive: " + interval);
    }
    return new Durability(interval);
  }

  /**
   * Parses {@code fsync} or {@code periodic:MS} (milliseconds, at least 1), as {@code serve
   * --durability} takes it.
   *
   * @throws IllegalArgumentException for anything else
   */
  public static Durability parse(String text) {
    if ("fsync".equals(text)) {
      return fsync();
    }
    if (text != null && text.startsWith("periodic:")) {
      try {
        long millis = Long.parseLong(text.substring("periodic:".length()));
        if (millis >= 1) {
          return periodic(Duration.ofMillis(millis));
        }
      } catch (NumberFormatException e) {
        // falls through to the error below
      }
    }
    throw new IllegalArgumentException(
        "durability must be fsync or periodic:MS (a positive number of milliseconds): " + text);
  }

  /** Whether every acknowledged write is {@code fsync}ed first. */
  public boolean syncsEveryWrite() {
    return syncInterval.isZero();
  }

  @Override
  public String toString() {
    return syncsEveryWrite() ? "fsync" : "periodic:" + syncInterval.toMillis();
  }
}
