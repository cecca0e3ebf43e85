package io.sable.test.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The key distributions' shapes, measured over 100,000 draws. */
class KeyDistributionTest {
  private static final int DRAWS = 100_000;

  private static int[] histogram(KeyDistribution keys) {
    SplittableRandom random = new SplittableRandom(7);
    int[] counts = new int[keys.keys()];
    for (int i = 0; i < DRAWS; i++) {
      counts[keys.next(random)]++;
    }
    return counts;
  }

  @Test
  void uniform_drawsEveryKeyAboutEquallyOften() {
    for (int count : histogram(KeyDistribution.uniform(10))) {
      assertThat(count).isBetween(9_500, 10_500);
    }
  }

  @Test
  void zipf_withExponentOne_drawsKeyKInProportionToOneOverKPlusOne() {
    int[] counts = histogram(KeyDistribution.zipf(100, 1.0));
    // Harmonic number H(100) = 5.187: key 0 gets 1 / 5.187 = 19.3 % of the draws, key 1 half that.
    assertThat(counts[0] / (double) DRAWS).isCloseTo(0.193, within(0.01));
    assertThat(counts[1] / (double) counts[0]).isCloseTo(0.5, within(0.05));
    assertThat(counts[99]).isLessThan(counts[9]);
  }

  @Test
  void hotKey_givesKeyZeroItsShareAndSpreadsTheRest() {
    int[] counts = histogram(KeyDistribution.hotKey(11, 0.9));
    assertThat(counts[0] / (double) DRAWS).isCloseTo(0.9, within(0.01));
    for (int k = 1; k < 11; k++) {
      assertThat(counts[k] / (double) DRAWS).isCloseTo(0.01, within(0.003));
    }
  }

  @Test
  void factories_whenArgumentsAreOutOfRange_areRejected() {
    assertThatThrownBy(() -> KeyDistribution.uniform(0)).hasMessageContaining("at least one key");
    assertThatThrownBy(() -> KeyDistribution.zipf(10, -1)).hasMessageContaining("not negative");
    assertThatThrownBy(() -> KeyDistribution.hotKey(10, 1.5)).hasMessageContaining("between 0 and 1");
  }
}
