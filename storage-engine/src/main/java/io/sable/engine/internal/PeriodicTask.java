package io.sable.engine.internal;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A task run every {@code interval} of real time on one daemon thread of its own, created by the
 * first {@link #start()} (so an engine that never needs the task never has the thread) and stopped
 * by {@link #close()}. The engine's background jobs (Time to Live sweeps, auto scaling) use it;
 * what they do is decided on the engine clock, this only wakes them up.
 *
 * <p>A run that throws a {@link RuntimeException} is dropped and the next one runs on time, so one
 * failure (a table deleted under it) does not end the job. Runs never overlap: the next starts one
 * interval after the last ended. An interval of zero means never: {@link #start()} does nothing.
 * Thread-safe.
 */
public final class PeriodicTask implements AutoCloseable {
  private final String threadName;
  private final Duration interval;
  private final Runnable task;
  private ScheduledExecutorService executor;
  private boolean closed;

  /**
   * A task not yet started.
   *
   * @param threadName the name of its thread, {@code sable-...}
   * @param interval the real time between the end of one run and the start of the next, at least
   *     one millisecond, or zero for no runs
   * @param task what each run does
   * @throws IllegalArgumentException if {@code interval} is negative
   */
  public PeriodicTask(String threadName, Duration interval, Runnable task) {
    this.threadName = Objects.requireNonNull(threadName, "threadName");
    this.interval = Objects.requireNonNull(interval, "interval");
    this.task = Objects.requireNonNull(task, "task");
    if (interval.isNegative()) {
      throw new IllegalArgumentException("interval must not be negative: " + interval);
    }
  }

  /**
   * Starts the thread, whose first run is one interval from now, unless it is already started, the
   * interval is zero, or {@link #close()} was called.
   */
  public synchronized void start() {
    if (executor != null || closed || interval.isZero()) {
      return;
    }
    executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, threadName);
      thread.setDaemon(true);
      return thread;
    });
    long millis = Math.max(1, interval.toMillis());
    executor.scheduleWithFixedDelay(this::runQuietly, millis, millis, TimeUnit.MILLISECONDS);
  }

  /** Stops the thread (interrupting a run in progress) for good; later {@link #start()}s do nothing. */
  @Override
  public synchronized void close() {
    closed = true;
    if (executor != null) {
      executor.shutdownNow();
    }
  }

  private void runQuietly() {
    try {
      task.run();
    } catch (RuntimeException e) {
      // Dropped: the job runs again at the next interval.
    }
  }
}
