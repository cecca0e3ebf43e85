package io.sable.engine.capacity.throughput;

import java.util.ArrayDeque;

/**
 * What on-demand mode serves at once in one direction (reads or writes) of a table or index: double
 * the previous peak, and at least the warm throughput (Developer Guide, "On-demand capacity mode":
 * it "instantly accommodates up to double the previous peak traffic", and "throttling can occur if
 * you exceed double your previous peak within 30 minutes"). The engine takes the previous peak to
 * be the highest consumption in one second of engine time that is at least {@link
 * CapacityLimits#ON_DEMAND_PEAK_WINDOW} old: traffic may double every 30 minutes without
 * throttling. Guarded by its {@link ResourceCapacity}'s lock.
 */
final class OnDemandPeak {
  private static final long SECOND = 1_000_000_000L;
  private final ArrayDeque<double[]> recentSeconds = new ArrayDeque<>();
  private long second = Long.MIN_VALUE;
  private double consumed;
  private double previousPeak;

  /** Records {@code units} consumed at {@code nowNanos}. */
  void record(double units, long nowNanos) {
    roll(nowNanos);
    consumed += units;
  }

  /** The units per second served at once: {@code max(warm, 2 × previous peak)}. */
  double allowed(double warm, long nowNanos) {
    roll(nowNanos);
    return Math.max(warm, CapacityLimits.ON_DEMAND_PEAK_MULTIPLE * previousPeak);
  }

  /** The previous peak in units per second. */
  double previousPeak() {
    return previousPeak;
  }

  private void roll(long nowNanos) {
    long now = Math.floorDiv(nowNanos, SECOND);
    if (now != second) {
      if (consumed > 0) {
        recentSeconds.addLast(new double[] {second, consumed});
      }
      second = now;
      consumed = 0;
    }
    long window = CapacityLimits.ON_DEMAND_PEAK_WINDOW.getSeconds();
    while (!recentSeconds.isEmpty() && recentSeconds.peekFirst()[0] <= now - window) {
      previousPeak = Math.max(previousPeak, recentSeconds.pollFirst()[1]);
    }
  }
}
