package io.sable.engine.capacity.scaling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sable.engine.SableEngine;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Auto scaling evaluated in the background, every {@code autoScalingInterval} of real time, without
 * {@link AutoScaling#evaluate} being called. The policies here only raise a capacity below their
 * minimum, which needs no minutes of the (manual) engine clock, so the test waits only for the
 * thread, polling the table's throughput up to a bound generous for a loaded machine.
 */
class AutoScalingBackgroundTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final AutoScalingFixture fixture = new AutoScalingFixture(Duration.ofMillis(10));

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void register_whenIntervalIsShort_appliesThePolicyWithoutAnExplicitEvaluation() throws InterruptedException {
    whenRegistered(a -> a.register("tbl", null, ScalableDimension.WRITE_CAPACITY_UNITS, new AutoScalingPolicy(5, 10, 70)));
  }

  @Test
  void registerDefault_whenIntervalIsShort_appliesThePolicyWithoutAnExplicitEvaluation() throws InterruptedException {
    whenRegistered(a -> a.registerDefault(new AutoScalingPolicy(5, 10, 70)));
  }

  private void whenRegistered(Consumer<AutoScaling> registration) throws InterruptedException {
    fixture.provisioned("tbl", 1);

    registration.accept(fixture.autoScaling());

    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (fixture.throughput("tbl").writeCapacityUnits() != 5L && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(fixture.throughput("tbl").writeCapacityUnits()).isEqualTo(5L);
  }

  @Test
  void autoScalingInterval_whenNegative_throws() {
    assertThatThrownBy(() -> SableEngine.builder().autoScalingInterval(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("autoScalingInterval must not be negative: PT-1S");
  }
}
