package io.sable.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The background thread behind Time to Live sweeps and auto scaling. */
class PeriodicTaskTest {
  private static final Duration SHORT = Duration.ofMillis(5);

  @Test
  void start_whenARunThrows_keepsRunningAtEachInterval() throws InterruptedException {
    CountDownLatch runs = new CountDownLatch(3);
    AtomicInteger thread = new AtomicInteger();
    try (PeriodicTask task = new PeriodicTask("sable-test-task", SHORT, () -> {
      thread.set(Thread.currentThread().getName().equals("sable-test-task")
          && Thread.currentThread().isDaemon() ? 1 : -1);
      runs.countDown();
      throw new IllegalStateException("one bad run");
    })) {
      task.start();
      task.start();

      assertThat(runs.await(10, TimeUnit.SECONDS)).isTrue();
      assertThat(thread.get()).isEqualTo(1);
    }
  }

  @Test
  void start_whenIntervalIsZero_neverRuns() throws InterruptedException {
    AtomicInteger runs = new AtomicInteger();
    try (PeriodicTask task = new PeriodicTask("sable-test-task", Duration.ZERO, runs::incrementAndGet)) {
      task.start();
      Thread.sleep(50);
    }
    assertThat(runs.get()).isZero();
  }

  @Test
  void start_whenClosed_neverRuns() throws InterruptedException {
    AtomicInteger runs = new AtomicInteger();
    PeriodicTask task = new PeriodicTask("sable-test-task", SHORT, runs::incrementAndGet);
    task.close();
    task.start();
    Thread.sleep(50);
    assertThat(runs.get()).isZero();
  }

  @Test
  void close_whenRunning_stopsTheRuns() throws InterruptedException {
    CountDownLatch first = new CountDownLatch(1);
    AtomicInteger runs = new AtomicInteger();
    PeriodicTask task = new PeriodicTask("sable-test-task", SHORT, () -> {
      runs.incrementAndGet();
      first.countDown();
    });
    task.start();
    assertThat(first.await(10, TimeUnit.SECONDS)).isTrue();

    task.close();
    int atClose = runs.get();
    Thread.sleep(100);

    // A run in progress at close may still finish; no other starts (20 would have, every 5 ms).
    assertThat(runs.get()).isBetween(atClose, atClose + 1);
  }

  @Test
  void constructor_whenIntervalIsNegative_throws() {
    assertThatThrownBy(() -> new PeriodicTask("sable-test-task", Duration.ofMillis(-1), () -> { }))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("interval must not be negative: PT-0.001S");
  }
}
