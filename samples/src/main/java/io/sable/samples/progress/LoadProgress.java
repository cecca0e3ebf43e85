package io.sable.samples.progress;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the writes of a load and, once a second while it runs, prints a line such as {@code
 * loading into http://localhost:8000: 12,400 of 43,376 writes (29%), 2,480 writes/s}. A load that
 * finishes within the first second prints nothing. {@link #written} may be called from any thread.
 *
 * <pre>{@code
 * try (LoadProgress progress = LoadProgress.start(err, "http://localhost:8000", total)) {
 *   ... progress.written(25); ...
 * }
 * }</pre>
 */
public final class LoadProgress implements AutoCloseable {

  /** How often a line is printed, and how long a load runs before the first. */
  public static final Duration INTERVAL = Duration.ofSeconds(1);

  private final PrintWriter log;
  private final String target;
  private final long total;
  private final long startNanos;
  private final AtomicLong written = new AtomicLong();
  private final ScheduledExecutorService ticker;

  private LoadProgress(PrintWriter log, String target, long total, boolean scheduled) {
    this.log = log;
    this.target = target;
    this.total = total;
    this.startNanos = System.nanoTime();
    this.ticker = scheduled ? Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "sample-load-progress");
      thread.setDaemon(true);
      return thread;
    }) : null;
    if (ticker != null) {
      ticker.scheduleAtFixedRate(this::report, INTERVAL.toMillis(), INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  /**
   * Starts counting, and printing every {@link #INTERVAL} on {@code log}.
   *
   * @param target where the load writes, for the line ("the embedded engine", an endpoint)
   * @param total how many writes the load makes
   */
  public static LoadProgress start(PrintWriter log, String target, long total) {
    return new LoadProgress(log, target, total, true);
  }

  /** Counts without printing by itself: {@link #line} gives the line (tests). */
  static LoadProgress manual(PrintWriter log, String target, long total) {
    return new LoadProgress(log, target, total, false);
  }

  /** Counts {@code count} more writes done. */
  public void written(long count) {
    written.addAndGet(count);
  }

  /** Prints the progress line now. */
  void report() {
    log.println(line(System.nanoTime() - startNanos));
    log.flush();
  }

  /** The progress line after {@code elapsedNanos}: writes so far, of the total, and the rate. */
  String line(long elapsedNanos) {
    long done = written.get();
    double seconds = Math.max(elapsedNanos, 1) / 1e9;
    return String.format(Locale.ROOT, "loading into %s: %,d of %,d writes (%d%%), %,d writes/s", target, done, total,
        total == 0 ? 100 : done * 100 / total, Math.round(done / seconds));
  }

  /** Stops printing. */
  @Override
  public void close() {
    if (ticker != null) {
      ticker.shutdownNow();
    }
  }
}
