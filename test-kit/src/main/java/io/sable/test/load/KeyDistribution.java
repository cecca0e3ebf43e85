package io.sable.test.load;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Which key each operation of a {@link Workload} stream gets: a key number in {@code [0, keys())},
 * which the stream's operation turns into its own id ({@code key -> orders.put(order("o" + key))}).
 * Draws use the workload's seeded random source, so a run is repeatable.
 */
public interface KeyDistribution {

  /** How many distinct keys it draws from. */
  int keys();

  /** The next key, in {@code [0, keys())}. */
  int next(SplittableRandom random);

  /**
   * Every one of {@code keys} keys equally often.
   *
   * @throws IllegalArgumentException if {@code keys} is below 1
   */
  static KeyDistribution uniform(int keys) {
    requirePositive(keys);
    return new KeyDistribution() {
      @Override
      public int keys() {
        return keys;
      }

      @Override
      public int next(SplittableRandom random) {
        return random.nextInt(keys);
      }

      @Override
      public String toString() {
        return "uniform(" + keys + ")";
      }
    };
  }

  /**
   * Zipf's law over {@code keys} keys with exponent {@code s}: key {@code k} (0-based) is drawn with
   * probability proportional to {@code 1 / (k + 1)^s}, so key 0 is the most popular. {@code s = 0} is
   * uniform; {@code s} around 1 is typical of web traffic. Holds a table of {@code keys} doubles.
   *
   * @throws IllegalArgumentException if {@code keys} is below 1 or {@code s} is negative or not finite
   */
  static KeyDistribution zipf(int keys, double s) {
    requirePositive(keys);
    if (!(s >= 0) || Double.isInfinite(s)) {
      throw new IllegalArgumentException("the Zipf exponent must be finite and not negative, got " + s);
    }
    double[] cumulative = new double[keys];
    double sum = 0;
    for (int k = 0; k < keys; k++) {
      sum += 1 / Math.pow(k + 1, s);
      cumulative[k] = sum;
    }
    double total = sum;
    return new KeyDistribution() {
      @Override
      public int keys() {
        return keys;
      }

      @Override
      public int next(SplittableRandom random) {
        int at = Arrays.binarySearch(cumulative, random.nextDouble() * total);
        return Math.min(keys - 1, at >= 0 ? at : -at - 1);
      }

      @Override
      public String toString() {
        return "zipf(" + keys + ", " + s + ")";
      }
    };
  }

  /**
   * One hot key: key 0 gets {@code share} of the operations (0 to 1), the rest go uniformly to keys
   * 1 to {@code keys - 1} (all to key 0 when {@code keys} is 1).
   *
   * @throws IllegalArgumentException if {@code keys} is below 1 or {@code share} is outside [0, 1]
   */
  static KeyDistribution hotKey(int keys, double share) {
    requirePositive(keys);
    if (!(share >= 0 && share <= 1)) {
      throw new IllegalArgumentException("the hot key's share must be between 0 and 1, got " + share);
    }
    return new KeyDistribution() {
      @Override
      public int keys() {
        return keys;
      }

      @Override
      public int next(SplittableRandom random) {
        return keys == 1 || random.nextDouble() < share ? 0 : 1 + random.nextInt(keys - 1);
      }

      @Override
      public String toString() {
        return "hotKey(" + keys + ", " + share + ")";
      }
    };
  }

  private static void requirePositive(int keys) {
    if (keys < 1) {
      throw new IllegalArgumentException("a key distribution needs at least one key, got " + keys);
    }
  }
}
