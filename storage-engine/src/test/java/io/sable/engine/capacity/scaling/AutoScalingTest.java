package io.sable.engine.capacity.scaling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Target tracking auto scaling on the engine clock, evaluated explicitly (no background
 * evaluations). Sources: Developer Guide, "DynamoDB Metrics and dimensions" ("Auto scaling triggers
 * when your consumed capacity breaches the configured target utilization for two consecutive
 * minutes ... a scale down event can occur when 15 consecutive data points are lower than the
 * target utilization ... after auto scaling triggers, the UpdateTable API is invoked"); "Managing
 * throughput capacity automatically with DynamoDB auto scaling" (minimum, maximum, target
 * utilization from 20 to 90 percent); "Quotas in Amazon DynamoDB" (decreases an auto scaling
 * scale-in spends, with the quota's {@code LimitExceededException}).
 */
class AutoScalingTest {
  private final AutoScalingFixture fixture = new AutoScalingFixture(Duration.ZERO);

  @AfterEach
  void close() {
    fixture.close();
  }

  private void registerWrite(AutoScalingPolicy policy) {
    fixture.autoScaling().register("tbl", null, ScalableDimension.WRITE_CAPACITY_UNITS, policy);
  }

  private long writeCapacity() {
    return fixture.throughput("tbl").writeCapacityUnits();
  }

  @Test
  void evaluate_whenLoadAtTwiceProvisionedForMinutes_scalesOutToConsumedOverTarget() {
    fixture.provisioned("tbl", 10);
    registerWrite(new AutoScalingPolicy(5, 1000, 50));

    fixture.writeLoad(20, 60, "tbl");
    assertThat(fixture.evaluate()).isEmpty();
    fixture.writeLoad(20, 120, "tbl");
    List<ScalingActivity> activities = fixture.evaluate();

    // At least the 10 WCU provisioned were consumed each second (more while burst capacity lasted):
    // at a 50% target that needs at least 20 WCU, and at most the 20 tried a second over 50%.
    assertThat(activities).singleElement().satisfies(a -> {
      assertThat(a.successful()).isTrue();
      assertThat(a.fromCapacity()).isEqualTo(10);
      assertThat(a.toCapacity()).isBetween(20L, 40L);
    });
    assertThat(writeCapacity()).isEqualTo(activities.get(0).toCapacity());
    assertThat(fixture.throughput("tbl").lastIncreaseDateTime()).isEqualTo(fixture.clock.instant());
  }

  @Test
  void evaluate_whenScalingOut_staysWithinTheMaximum() {
    fixture.provisioned("tbl", 10);
    registerWrite(new AutoScalingPolicy(5, 15, 50));

    fixture.writeLoad(20, 180, "tbl");
    fixture.evaluate();

    assertThat(writeCapacity()).isEqualTo(15L);
  }

  @Test
  void evaluate_whenIdleForFifteenMinutes_scalesInToTheMinimum() {
    fixture.provisioned("tbl", 50);
    registerWrite(new AutoScalingPolicy(5, 100, 70));

    // Registered at 00:00:00: fourteen complete minutes at 00:14, fifteen at 00:15.
    fixture.clock.advance(Duration.ofMinutes(14));
    assertThat(fixture.evaluate()).isEmpty();
    fixture.clock.advance(Duration.ofMinutes(1));
    fixture.evaluate();

    assertThat(writeCapacity()).isEqualTo(5L);
    assertThat(fixture.throughput("tbl").numberOfDecreasesToday()).isEqualTo(1L);
  }

  @Test
  void evaluate_whenTheDecreasesOfTheDayAreSpent_waitsAnHourAfterTheLastDecrease() {
    fixture.provisioned("tbl", 100);
    fixture.setWrite("tbl", 99);
    fixture.setWrite("tbl", 98);
    fixture.setWrite("tbl", 97);
    fixture.setWrite("tbl", 96);
    Instant lastDecrease = fixture.clock.instant();
    registerWrite(new AutoScalingPolicy(2, 100, 70));

    fixture.clock.advance(Duration.ofMinutes(20));
    assertThat(fixture.evaluate()).singleElement().satisfies(a -> {
      assertThat(a.successful()).isFalse();
      assertThat(a.failure()).startsWith("Subscriber limit exceeded: Provisioned throughput decreases are limited");
    });
    assertThat(writeCapacity()).isEqualTo(96L);

    fixture.clock.advance(Duration.between(fixture.clock.instant(), lastDecrease.plus(Duration.ofHours(1))));
    assertThat(fixture.evaluate()).singleElement().satisfies(a -> assertThat(a.successful()).isTrue());
    assertThat(writeCapacity()).isEqualTo(2L);
    assertThat(fixture.throughput("tbl").numberOfDecreasesToday()).isEqualTo(5L);
  }

  @Test
  void register_whenCapacityBelowTheMinimum_raisesItAtTheNextEvaluation() {
    fixture.provisioned("tbl", 1);
    registerWrite(new AutoScalingPolicy(5, 10, 70));

    fixture.evaluate();

    assertThat(writeCapacity()).isEqualTo(5L);
  }

  @Test
  void deregister_whenCapacityBelowTheMinimum_leavesItAlone() {
    fixture.provisioned("tbl", 1);
    registerWrite(new AutoScalingPolicy(5, 10, 70));
    fixture.autoScaling().deregister("tbl", null, ScalableDimension.WRITE_CAPACITY_UNITS);

    assertThat(fixture.evaluate()).isEmpty();
    assertThat(writeCapacity()).isEqualTo(1L);
  }

  @ParameterizedTest
  @CsvSource({
      "0, 10, 70, 'need 1 <= minCapacity <= maxCapacity: 0, 10'",
      "10, 5, 70, 'need 1 <= minCapacity <= maxCapacity: 10, 5'",
      "1, 10, 19.9, 'targetUtilization must be from 20 to 90 percent: 19.9'",
      "1, 10, 90.5, 'targetUtilization must be from 20 to 90 percent: 90.5'"})
  void policy_whenAValueIsOutOfRange_throwsNamingIt(long min, long max, double target, String message) {
    assertThatThrownBy(() -> new AutoScalingPolicy(min, max, target))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void policy_whenTargetAtTheBounds_isAccepted() {
    assertThat(new AutoScalingPolicy(1, 1, 20).targetUtilization()).isEqualTo(20);
    assertThat(new AutoScalingPolicy(1, 1, 90).targetUtilization()).isEqualTo(90);
  }
}
