package io.sable.benchmarks.e2e;

import java.util.Arrays;
import java.util.List;

/**
 * When a backend counts as warm: the last {@code window} rounds of every operation lie within
 * {@code tolerance} of each other (slowest ÷ fastest − 1 ≤ tolerance).
 *
 * @param window rounds compared, at least 2
 * @param tolerance a fraction, such as 0.10 for 10%
 */
record Stability(int window, double tolerance) {

  Stability {
    if (window < 2 || tolerance <= 0) {
      throw new IllegalArgumentException("window ≥ 2 and tolerance > 0: " + window + ", " + tolerance);
    }
  }

  /** Whether each series (one per operation, one value per round) ends in a stable window. */
  boolean isStable(List<double[]> series) {
    for (double[] values : series) {
      if (values.length < window) {
        return false;
      }
      double[] last = Arrays.copyOfRange(values, values.length - window, values.length);
      double min = Arrays.stream(last).min().orElseThrow();
      double max = Arrays.stream(last).max().orElseThrow();
      if (max / min - 1 > tolerance) {
        return false;
      }
    }
    return true;
  }
}
