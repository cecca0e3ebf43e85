package io.sable.test.load;

import io.sable.engine.ManualClock;
import io.sable.engine.SableEngine;
import io.sable.engine.capacity.throughput.CapacityMetric;
import io.sable.engine.capacity.throughput.EngineCapacity;
import io.sable.runtime.batch.Throttles;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;

/** Runs one {@link Workload}: the loop that moves the clock and calls the streams' operations. */
final class WorkloadDriver {
  private static final long SECOND = 1_000_000_000L;

  private final SableEngine engine;
  private final ManualClock clock;
  private final String tableName;
  private final List<Workload.Stream> streams;
  private final Duration duration;
  private final SplittableRandom random;

  WorkloadDriver(SableEngine engine, ManualClock clock, String tableName, List<Workload.Stream> streams,
      Duration duration, long seed) {
    this.engine = engine;
    this.clock = clock;
    this.tableName = tableName;
    this.streams = streams;
    this.duration = duration;
    this.random = new SplittableRandom(seed);
  }

  WorkloadRun run() {
    EngineCapacity capacity = engine.capacity();
    List<String> indexes = new ArrayList<>();
    indexes.add(null);
    engine.dynamoDbClient().describeTable(b -> b.tableName(tableName)).table().globalSecondaryIndexes()
        .stream().map(GlobalSecondaryIndexDescription::indexName).forEach(indexes::add);
    for (String index : indexes) {
      capacity.contributorInsights(tableName, index, true);
    }
    Map<String, double[]> before = totals(capacity, indexes);
    Instant start = clock.instant();
    long startNanos = nanos(start);
    long durationNanos = duration.toNanos();
    int seconds = (int) duration.getSeconds();
    WorkloadRun.Counts[] counts = new WorkloadRun.Counts[streams.size()];
    long[] done = new long[streams.size()];
    for (int i = 0; i < counts.length; i++) {
      counts[i] = new WorkloadRun.Counts(streams.get(i).name(), seconds);
    }
    while (true) {
      int next = -1;
      long due = Long.MAX_VALUE;
      for (int i = 0; i < done.length; i++) {
        long at = (long) (done[i] * (SECOND / streams.get(i).perSecond()));
        if (at < durationNanos && at < due) {
          next = i;
          due = at;
        }
      }
      if (next < 0) {
        break;
      }
      if (startNanos + due > nanos(clock.instant())) {
        clock.set(instant(startNanos + due));
      }
      call(streams.get(next), counts[next], (int) (due / SECOND));
      done[next]++;
    }
    if (nanos(clock.instant()) < startNanos + durationNanos) {
      clock.set(instant(startNanos + durationNanos));
    }
    Map<String, double[]> consumed = totals(capacity, indexes);
    consumed.forEach((index, sums) -> {
      double[] earlier = before.get(index);
      for (int i = 0; i < sums.length; i++) {
        sums[i] -= earlier[i];
      }
    });
    return new WorkloadRun(capacity, tableName, start, duration, List.of(counts), consumed);
  }

  private void call(Workload.Stream stream, WorkloadRun.Counts counts, int second) {
    int key = stream.keys().next(random);
    counts.attempts[second]++;
    int unprocessed;
    try {
      unprocessed = stream.operation().run(key);
    } catch (Exception e) {
      if (!isThrottling(e)) {
        throw new IllegalStateException("stream '" + stream.name() + "' failed for key " + key + " at second "
            + second + " of the workload: " + e, e);
      }
      counts.throttled[second]++;
      return;
    }
    if (unprocessed > 0) {
      counts.throttled[second]++;
      counts.unprocessed[second] += unprocessed;
    } else {
      counts.succeeded[second]++;
    }
  }

  private static boolean isThrottling(Throwable error) {
    for (Throwable e = error; e != null; e = e.getCause() == e ? null : e.getCause()) {
      if (Throttles.isThrottling(e)) {
        return true;
      }
    }
    return false;
  }

  /** Per resource ("" for the table, else the index name): consumed RCU, WCU, read and write throttle events. */
  private Map<String, double[]> totals(EngineCapacity capacity, List<String> indexes) {
    Map<String, double[]> totals = new LinkedHashMap<>();
    for (String index : indexes) {
      double[] sums = new double[4];
      for (CapacityMetric minute : capacity.metrics(tableName, index)) {
        sums[0] += minute.consumedReadCapacityUnits();
        sums[1] += minute.consumedWriteCapacityUnits();
        sums[2] += minute.readThrottleEvents();
        sums[3] += minute.writeThrottleEvents();
      }
      totals.put(index == null ? "" : index, sums);
    }
    return totals;
  }

  private static long nanos(Instant instant) {
    return instant.getEpochSecond() * SECOND + instant.getNano();
  }

  private static Instant instant(long nanos) {
    return Instant.ofEpochSecond(Math.floorDiv(nanos, SECOND), Math.floorMod(nanos, SECOND));
  }
}
