package io.sable.test.load;

import io.sable.engine.ManualClock;
import io.sable.engine.SableEngine;
import io.sable.test.AccessPatternRecorder;
import io.sable.test.SableTestContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Assumptions;

/**
 * Drives code at a stated rate for a stated span of the engine's time, on its {@link ManualClock}:
 * before each operation the clock is moved to the moment the operation is due, so an hour of
 * traffic at 1,000 operations a second runs as fast as the engine serves 3.6 million calls, and
 * the engine's throughput model (token buckets, burst, partition maximums, GSI back-pressure)
 * sees the traffic spread over the hour. Several streams (writes and reads, say) run interleaved by
 * their due times.
 *
 * <pre>{@code
 * @SableTest(tables = ShopTable.class)
 * class HotStatusTest {
 *   SableTestContext sable;
 *   OrderRepository orders;
 *
 *   @Test
 *   void put_whenEveryOrderIsPending_throttlesOnTheStatusIndex() {
 *     Provisioning.provision(sable.unrecordedDynamoDbClient(), sable.tableName(ShopTable.class), 100, 2_000);
 *     WorkloadRun run = Workload.on(sable)
 *         .stream("orders", 1_500, KeyDistribution.uniform(100_000), key -> orders.put(pendingOrder(key)))
 *         .duration(Duration.ofMinutes(2))
 *         .run();
 *     assertThat(run).throttled().isGreaterThan(0);
 *     assertThat(run).hottestPartitionKey("GSI1").isEqualTo("STATUS#PENDING");
 *   }
 * }
 * }</pre>
 *
 * <p>Each stream's operations are due at {@code start + n / rate} (n = 0, 1, ...) while that is
 * before {@code start + duration}; an operation that is late (an earlier one moved the clock past
 * its time, as a batch retry's backoff may) runs at once, without moving the clock back. After the
 * run the clock shows at least {@code start + duration}. Keys are drawn from a random source seeded
 * with {@link #seed(long)}. For the run, Contributor Insights is enabled on the table and each of
 * its global secondary indexes (and left enabled). Runs on one thread; not thread-safe.
 */
public final class Workload {
  /** One stream: its name, rate in operations per second, keys and operation. */
  record Stream(String name, double perSecond, KeyDistribution keys, BatchOperation operation) {}

  private final SableEngine engine;
  private final ManualClock clock;
  private final Runnable beforeRun;
  private final Runnable afterRun;
  private String tableName;
  private final List<Stream> streams = new ArrayList<>();
  private Duration duration = Duration.ofMinutes(1);
  private long seed = 42;

  private Workload(SableEngine engine, String tableName, Runnable beforeRun, Runnable afterRun) {
    if (!(engine.clock() instanceof ManualClock manual)) {
      throw new IllegalArgumentException("a workload runs on the engine's virtual time: build the engine with"
          + " SableEngine.builder().clock(new ManualClock(...)), not on " + engine.clock());
    }
    this.engine = engine;
    this.clock = manual;
    this.tableName = tableName;
    this.beforeRun = beforeRun;
    this.afterRun = afterRun;
  }

  /**
   * A workload on {@code engine}, whose clock must be a {@link ManualClock}; name its table with
   * {@link #table(String)}.
   *
   * @throws IllegalArgumentException if the engine's clock is not a {@link ManualClock}
   */
  public static Workload on(SableEngine engine) {
    return new Workload(Objects.requireNonNull(engine, "engine"), null, () -> {}, () -> {});
  }

  /**
   * A workload on a {@link io.sable.test.SableTest} class's engine and clock, on its only table
   * (with several tables, name one with {@link #table(String)} and {@link
   * SableTestContext#tableName(Class)}). The requests it sends are not recorded for {@link
   * io.sable.test.SableAssertions#assertThatAccessPattern}. On a DynamoDB endpoint, which has its
   * own clock, the test is aborted (reported as skipped).
   */
  public static Workload on(SableTestContext sable) {
    Objects.requireNonNull(sable, "sable");
    Assumptions.assumeTrue(sable.isEngine(), () -> "a workload runs on the engine's virtual clock; "
        + sable.describeBackend() + " has its own");
    List<String> tables = sable.tableNames();
    AccessPatternRecorder.Pause[] pause = new AccessPatternRecorder.Pause[1];
    return new Workload(sable.engine().orElseThrow(), tables.size() == 1 ? tables.get(0) : null,
        () -> pause[0] = sable.recorder().pause(), () -> pause[0].close());
  }

  /** The table whose metrics and Contributor Insights the run reads (the engine's name for it). */
  public Workload table(String tableName) {
    this.tableName = Objects.requireNonNull(tableName, "tableName");
    return this;
  }

  /**
   * Adds a stream: {@code perSecond} operations a second, each given a key drawn from {@code keys}.
   *
   * @throws IllegalArgumentException if the rate is not positive and finite
   */
  public Workload stream(String name, double perSecond, KeyDistribution keys, KeyOperation operation) {
    Objects.requireNonNull(operation, "operation");
    return batchStream(name, perSecond, keys, key -> {
      operation.run(key);
      return 0;
    });
  }

  /**
   * Adds a stream whose operations report unprocessed requests (see {@link BatchOperation}).
   *
   * @throws IllegalArgumentException if the rate is not positive and finite
   */
  public Workload batchStream(String name, double perSecond, KeyDistribution keys, BatchOperation operation) {
    if (!(perSecond > 0) || Double.isInfinite(perSecond)) {
      throw new IllegalArgumentException("a stream's rate must be positive operations per second, got " + perSecond);
    }
    streams.add(new Stream(Objects.requireNonNull(name, "name"), perSecond, Objects.requireNonNull(keys, "keys"),
        Objects.requireNonNull(operation, "operation")));
    return this;
  }

  /**
   * How long the traffic lasts in engine time (one minute unless set); whole seconds, at most a day
   * (the engine keeps a day of per-minute metrics).
   *
   * @throws IllegalArgumentException if it is shorter than a second or longer than a day
   */
  public Workload duration(Duration duration) {
    if (duration.getSeconds() < 1 || duration.compareTo(Duration.ofDays(1)) > 0) {
      throw new IllegalArgumentException("a workload lasts from one second to one day, got " + duration);
    }
    this.duration = Duration.ofSeconds(duration.getSeconds());
    return this;
  }

  /** The seed of the keys' random source (42 unless set). */
  public Workload seed(long seed) {
    this.seed = seed;
    return this;
  }

  /**
   * Runs the streams.
   *
   * @return what happened, second by second, and what the engine measured
   * @throws IllegalStateException if no stream or no table was given, or an operation fails with an
   *     error other than throttling (the error is its cause)
   * @throws IllegalArgumentException if the engine has no such table
   */
  public WorkloadRun run() {
    if (streams.isEmpty()) {
      throw new IllegalStateException("a workload needs at least one stream");
    }
    if (tableName == null) {
      throw new IllegalStateException("name the table whose capacity the workload measures with table(...)");
    }
    beforeRun.run();
    try {
      return new WorkloadDriver(engine, clock, tableName, List.copyOf(streams), duration, seed).run();
    } finally {
      afterRun.run();
    }
  }
}
