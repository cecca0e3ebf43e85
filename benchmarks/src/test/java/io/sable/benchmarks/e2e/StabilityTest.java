package io.sable.benchmarks.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StabilityTest {
  private final Stability stability = new Stability(3, 0.10);

  @Test
  void isStable_whenLastWindowOfEveryOperationWithinTolerance_isTrue() {
    assertThat(stability.isStable(List.of(
        new double[] {300, 120, 100, 105, 109.9},
        new double[] {50, 40, 41, 40}))).isTrue();
  }

  @Test
  void isStable_whenOneOperationStillDrifts_isFalse() {
    assertThat(stability.isStable(List.of(
        new double[] {100, 100, 100},
        new double[] {77, 150, 300}))).isFalse();
  }

  @Test
  void isStable_whenFewerRoundsThanWindow_isFalse() {
    assertThat(stability.isStable(List.of(new double[] {100, 100}))).isFalse();
  }

  @Test
  void isStable_whenSpreadJustOverTolerance_isFalse() {
    assertThat(stability.isStable(List.of(new double[] {100, 105, 110.5}))).isFalse();
  }

  @Test
  void new_whenWindowUnderTwo_throws() {
    assertThatThrownBy(() -> new Stability(1, 0.1)).isInstanceOf(IllegalArgumentException.class);
  }
}
