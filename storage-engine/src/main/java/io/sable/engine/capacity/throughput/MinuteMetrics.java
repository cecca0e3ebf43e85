package io.sable.engine.capacity.throughput;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The per-minute sums behind {@link CapacityMetric}, for the last {@value #RETAINED_MINUTES}
 * minutes of engine time. Guarded by its {@link ResourceCapacity}'s lock.
 */
final class MinuteMetrics {
  static final int RETAINED_MINUTES = 24 * 60;
  private static final long MINUTE = 60_000_000_000L;
  private static final int READ = 0;
  private static final int WRITE = 1;
  private static final int READ_THROTTLES = 2;
  private static final int WRITE_THROTTLES = 3;
  private static final int THROTTLED_REQUESTS = 4;
  private static final int PROVISIONED_READ = 5;
  private static final int PROVISIONED_WRITE = 6;

  private final TreeMap<Long, double[]> minutes = new TreeMap<>();

  void consumed(boolean write, double units, ResourceThroughput throughput, long nowNanos) {
    minute(nowNanos, throughput)[write ? WRITE : READ] += units;
  }

  void throttled(boolean write, boolean wholeRequest, ResourceThroughput throughput, long nowNanos) {
    double[] sums = minute(nowNanos, throughput);
    sums[write ? WRITE_THROTTLES : READ_THROTTLES]++;
    if (wholeRequest) {
      sums[THROTTLED_REQUESTS]++;
    }
  }

  List<CapacityMetric> all() {
    List<CapacityMetric> result = new ArrayList<>(minutes.size());
    for (Map.Entry<Long, double[]> entry : minutes.entrySet()) {
      double[] s = entry.getValue();
      long nanos = entry.getKey() * MINUTE;
      result.add(
          new CapacityMetric(
              Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L)),
              s[READ],
              s[WRITE],
              s[PROVISIONED_READ],
              s[PROVISIONED_WRITE],
              (long) s[READ_THROTTLES],
              (long) s[WRITE_THROTTLES],
              (long) s[THROTTLED_REQUESTS]));
    }
    return result;
  }

  private double[] minute(long nowNanos, ResourceThroughput throughput) {
    long minute = Math.floorDiv(nowNanos, MINUTE);
    double[] sums = minutes.computeIfAbsent(minute, m -> new double[7]);
    sums[PROVISIONED_READ] = throughput.provisioned() ? throughput.readCapacityUnits() : 0;
    sums[PROVISIONED_WRITE] = throughput.provisioned() ? throughput.writeCapacityUnits() : 0;
    while (minutes.firstKey() <= minute - RETAINED_MINUTES) {
      minutes.pollFirstEntry();
    }
    return sums;
  }
}
