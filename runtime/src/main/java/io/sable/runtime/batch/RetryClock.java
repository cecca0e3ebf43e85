package io.sable.runtime.batch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How batch retries tell time and wait: the deadline is measured with {@link #nanoTime()}, and
 * each {@link Backoff} pause is a {@link #sleep(Duration)}. {@link #SYSTEM} (the default of every
 * batch method) reads {@link System#nanoTime()} and sleeps the thread; a test on Sable's engine
 * uses {@link #of(Clock, Consumer)} so that a pause advances the engine's clock instead:
 *
 * <pre>{@code
 * ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));
 * SableEngine engine = SableEngine.builder().clock(clock).build();
 * BatchWriteResult result = BatchWriter.write(engine.dynamoDbClient(), "Orders", requests,
 *     Duration.ofMinutes(5), RetryClock.of(clock, clock::advance));   // five minutes of engine time
 * }</pre>
 */
public interface RetryClock {

  /** Real time: {@link System#nanoTime()} and {@link Thread#sleep(long)}. */
  RetryClock SYSTEM = new RetryClock() {
    @Override
    public long nanoTime() {
      return System.nanoTime();
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
      Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
    }

    @Override
    public String toString() {
      return "RetryClock.SYSTEM";
    }
  };

  /** A reading of a monotonic clock in nanoseconds; only differences between readings mean anything. */
  long nanoTime();

  /**
   * Waits {@code duration} (positive).
   *
   * @throws InterruptedException if the thread is interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;

  /**
   * Time read from {@code clock} (nanoseconds since the epoch) and waits handed to {@code wait},
   * which is expected to move {@code clock} on by the duration it is given (such as {@code
   * ManualClock::advance}).
   */
  static RetryClock of(Clock clock, Consumer<Duration> wait) {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(wait, "wait");
    return new RetryClock() {
      @Override
      public long nanoTime() {
        Instant now = clock.instant();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
      }

      @Override
      public void sleep(Duration duration) {
        wait.accept(duration);
      }

      @Override
      public String toString() {
        return "RetryClock.of(" + clock + ")";
      }
    };
  }
}
