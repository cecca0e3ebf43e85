package io.sable.runtime.batch;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with full jitter (AWS Architecture Blog, "Exponential Backoff And Jitter"):
 * before retry {@code n} (1-based), a random wait between 0 and {@code min(cap, base * 2^n)}.
 */
public final class Backoff {
  /** The base of the exponential wait, in milliseconds. */
  public static final long BASE_MILLIS = 25;
  /** The longest wait before one retry, in milliseconds. */
  public static final long CAP_MILLIS = 2_000;

  private Backoff() {}

  /**
   * Waits before retry {@code attempt}, never longer than {@code remaining}, on the system clock.
   *
   * @throws IllegalStateException if the thread is interrupted (its interrupt flag is set again)
   */
  public static void pause(int attempt, Duration remaining) {
    pause(attempt, remaining, RetryClock.SYSTEM);
  }

  /**
   * Waits before retry {@code attempt}, never longer than {@code remaining}, with {@code clock}.
   *
   * @throws IllegalStateException if the thread is interrupted (its interrupt flag is set again)
   */
  public static void pause(int attempt, Duration remaining, RetryClock clock) {
    long ceiling = Math.min(CAP_MILLIS, BASE_MILLIS << Math.min(Math.max(attempt, 0), 16));
    long wait = Math.min(ThreadLocalRandom.current().nextLong(ceiling + 1), remaining.toMillis());
    if (wait <= 0) {
      return;
    }
    try {
      clock.sleep(Duration.ofMillis(wait));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting to retry a batch", e);
    }
  }
}
