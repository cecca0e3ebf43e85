package io.sable.engine.capacity.scaling;

import static io.sable.engine.capacity.scaling.AutoScalingFixture.INDEX;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The default policy: read and write capacity of every provisioned table and global secondary
 * index without a policy of its own, tables created later included, as the DynamoDB console turns
 * auto scaling on for each table it creates (Developer Guide, "Managing throughput capacity
 * automatically with DynamoDB auto scaling": "If you use the AWS Management Console to create a
 * table or a global secondary index, DynamoDB auto scaling is enabled by default"). Evaluated
 * explicitly on a manual clock.
 */
class AutoScalingDefaultPolicyTest {
  private static final AutoScalingPolicy DEFAULT = new AutoScalingPolicy(5, 1000, 50);

  private final AutoScalingFixture fixture = new AutoScalingFixture(Duration.ZERO);

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void evaluate_whenATableAndItsIndexAreHot_scalesOutBoth() {
    fixture.provisionedWithIndex("tbl", 10);
    fixture.autoScaling().registerDefault(DEFAULT);
    assertThat(fixture.evaluate()).isEmpty();  // first seen at 00:00:00: tracking starts

    fixture.writeLoad(20, 180, "tbl");
    List<ScalingActivity> activities = fixture.evaluate();

    // Writes the index refuses are refused on the table too: both consumed 10 to 20 WCU a second.
    assertThat(activities).hasSize(2).allSatisfy(a -> {
      assertThat(a.tableName()).isEqualTo("tbl");
      assertThat(a.dimension()).isEqualTo(ScalableDimension.WRITE_CAPACITY_UNITS);
      assertThat(a.successful()).isTrue();
      assertThat(a.fromCapacity()).isEqualTo(10);
      assertThat(a.toCapacity()).isBetween(20L, 40L);
    });
    assertThat(activities).extracting(ScalingActivity::indexName).containsExactly(null, INDEX);
    assertThat(fixture.throughput("tbl").writeCapacityUnits()).isBetween(20L, 40L);
    assertThat(fixture.indexThroughput("tbl").writeCapacityUnits()).isBetween(20L, 40L);
    assertThat(fixture.throughput("tbl").readCapacityUnits()).isEqualTo(5L);
    assertThat(fixture.indexThroughput("tbl").readCapacityUnits()).isEqualTo(5L);
  }

  @Test
  void evaluate_whenATableIsCreatedAfterTheDefault_tracksItFromTheFirstEvaluationThatSeesIt() {
    fixture.autoScaling().registerDefault(DEFAULT);
    fixture.provisioned("tbl", 10);
    fixture.writeLoad(20, 180, "tbl");

    // Three hot minutes, but all before the table was first seen.
    assertThat(fixture.evaluate()).isEmpty();
    fixture.writeLoad(20, 60, "tbl");
    assertThat(fixture.evaluate()).isEmpty();
    fixture.writeLoad(20, 60, "tbl");

    assertThat(fixture.evaluate()).singleElement().satisfies(a -> {
      assertThat(a.tableName()).isEqualTo("tbl");
      assertThat(a.dimension()).isEqualTo(ScalableDimension.WRITE_CAPACITY_UNITS);
      assertThat(a.toCapacity()).isBetween(20L, 40L);
    });
  }

  @Test
  void evaluate_whenATableHasItsOwnPolicy_appliesItInsteadOfTheDefault() {
    fixture.provisionedWithIndex("tbl", 10);
    fixture.autoScaling().registerDefault(DEFAULT);
    fixture.autoScaling().register("tbl", null, ScalableDimension.WRITE_CAPACITY_UNITS, new AutoScalingPolicy(5, 15, 50));
    fixture.evaluate();

    fixture.writeLoad(20, 180, "tbl");
    fixture.evaluate();

    assertThat(fixture.throughput("tbl").writeCapacityUnits()).isEqualTo(15L);
    assertThat(fixture.indexThroughput("tbl").writeCapacityUnits()).isBetween(20L, 40L);
  }

  @Test
  void evaluate_whenATableIsOnDemand_leavesItAlone() {
    fixture.onDemandWithIndex("onDemand");
    fixture.provisioned("tbl", 1);
    fixture.autoScaling().registerDefault(DEFAULT);
    fixture.evaluate();

    fixture.writeLoad(50, 180, "onDemand");
    List<ScalingActivity> activities = fixture.evaluate();

    assertThat(activities).isEmpty();
    assertThat(fixture.describe("onDemand").billingModeSummary().billingModeAsString()).isEqualTo("PAY_PER_REQUEST");
    assertThat(fixture.throughput("onDemand").writeCapacityUnits()).isZero();
    assertThat(fixture.indexThroughput("onDemand").writeCapacityUnits()).isZero();
    // The provisioned table was raised to the default's minimum at the first evaluation.
    assertThat(fixture.throughput("tbl").writeCapacityUnits()).isEqualTo(5L);
  }

  @Test
  void deregisterDefault_whenCapacityBelowTheMinimum_leavesItAlone() {
    fixture.provisioned("tbl", 1);
    fixture.autoScaling().registerDefault(DEFAULT);
    assertThat(fixture.autoScaling().defaultPolicy()).contains(DEFAULT);

    fixture.autoScaling().deregisterDefault();

    assertThat(fixture.autoScaling().defaultPolicy()).isEmpty();
    assertThat(fixture.evaluate()).isEmpty();
    assertThat(fixture.throughput("tbl").writeCapacityUnits()).isEqualTo(1L);
  }
}
