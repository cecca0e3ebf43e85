package io.sable.engine.capacity.scaling;

import static org.assertj.core.api.Assertions.assertThat;

import io.sable.engine.ManualClock;
import io.sable.engine.SableEngine;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputDescription;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Target tracking auto scaling on the engine clock. Sources: Developer Guide, "DynamoDB Metrics and
 * dimensions" ("Auto scaling triggers when your consumed capacity breaches the configured target
 * utilization for two consecutive minutes ... a scale down event can occur when 15 consecutive data
 * points are lower than the target utilization ... after auto scaling triggers, the UpdateTable API
 * is invoked"); "Managing throughput capacity automatically with DynamoDB auto scaling" (minimum,
 * maximum, target utilization); "Quotas in Amazon DynamoDB" (decreases an auto scaling scale-in
 * spends, with the quota's {@code LimitExceededException}).
 */
class AutoScalingTest {
  private final ManualClock clock = new ManualClock(Instant.parse("2026-12-01T00:00:00Z"));
  private final SableEngine engine = SableEngine.builder().clock(clock).ttlSweepInterval(Duration.ZERO).build();
  private final DynamoDbClient dynamoDb = engine.dynamoDbClient();
  private int next;

  @AfterEach
  void close() {
    engine.close();
  }

  private void table(long writeCapacityUnits) {
    dynamoDb.createTable(b -> b.tableName("tbl").billingMode(BillingMode.PROVISIONED)
        .provisionedThroughput(t -> t.readCapacityUnits(5L).writeCapacityUnits(writeCapacityUnits))
        .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH))
        .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S)));
  }

  private ProvisionedThroughputDescription throughput() {
    return dynamoDb.describeTable(b -> b.tableName("tbl")).table().provisionedThroughput();
  }

  private void setWrite(long units) {
    dynamoDb.updateTable(b -> b.tableName("tbl")
        .provisionedThroughput(t -> t.readCapacityUnits(5L).writeCapacityUnits(units)));
  }

  /** Tries {@code perSecond} one-KB writes every second for {@code seconds} seconds of engine time. */
  private void writeLoad(int perSecond, int seconds) {
    String filler = "x".repeat(1000);
    for (int s = 0; s < seconds; s++) {
      for (int i = 0; i < perSecond; i++) {
        try {
          dynamoDb.putItem(b -> b.tableName("tbl").item(Map.of(
              "pk", AttributeValue.fromS("p" + next++), "d", AttributeValue.fromS(filler))));
        } catch (ProvisionedThroughputExceededException e) {
          break;
        }
      }
      clock.advance(Duration.ofSeconds(1));
    }
  }

  private List<ScalingActivity> evaluate() {
    return engine.autoScaling().evaluate();
  }

  @Test
  void evaluate_whenLoadAtTwiceProvisionedForMinutes_scalesOutToConsumedOverTarget() {
    table(10);
    engine.autoScaling().register("tbl", null, ScalableDimension.WRITE_CAPACITY_UNITS, new AutoScalingPolicy(5, 1000, 50));

    writeLoad(20, 60);
    assertThat(evaluate()).isEmpty();
    writeLoad(20, 120);
    List<ScalingActivity> activities = evaluate();

    // At least the 10 WCU provisioned were consumed each second (more while burst capacity lasted):
    // at a 50% target that needs at least 20 WCU, and at most the 20 tried a second over 50%.
    assertThat(activities).singleElement().satisfies(a -> {
      assertThat(a.successful()).isTrue();
      assertThat(a.fromCapacity()).isEqualTo(10);
      assertThat(a.toCapacity()).isBetween(20L, 40L);
    });
    assertThat(throughput().writeCapacityUnits()).isEqualTo(activities.get(0).toCapacity());
    assertThat(throughput().lastIncreaseDateTime()).isEqualTo(clock.instant());
  }

  @Test
  void evaluate_whenScalingOut_staysWithinTheMaximum() {
    table(10);
    engine.autoScaling().register("tbl", null, ScalableDimension.WRITE_CAPACITY_UNITS, new AutoScalingPolicy(5, 15, 50));

    writeLoad(20, 180);
    evaluate();

    assertThat(throughput().writeCapacityUnits()).isEqualTo(15L);
  }

  @Test
  void evaluate_whenIdleForFifteenMinutes_scalesInToTheMinimum() {
    table(50);
    engine.autoScaling().register("tbl", null, ScalableDimension.WRITE_CAPACITY_UNITS, new AutoScalingPolicy(5, 100, 70));

    // Registered at 00:00:00: fourteen complete minutes at 00:14, fifteen at 00:15.
    clock.advance(Duration.ofMinutes(14));
    assertThat(evaluate()).isEmpty();
    clock.advance(Duration.ofMinutes(1));
    evaluate();

    assertThat(throughput().writeCapacityUnits()).isEqualTo(5L);
    assertThat(throughput().numberOfDecreasesToday()).isEqualTo(1L);
  }

  @Test
  void evaluate_whenTheDecreasesOfTheDayAreSpent_waitsAnHourAfterTheLastDecrease() {
    table(100);
    setWrite(99);
    setWrite(98);
    setWrite(97);
    setWrite(96);
    Instant lastDecrease = clock.instant();
    engine.autoScaling().register("tbl", null, ScalableDimension.WRITE_CAPACITY_UNITS, new AutoScalingPolicy(2, 100, 70));

    clock.advance(Duration.ofMinutes(20));
    assertThat(evaluate()).singleElement().satisfies(a -> {
      assertThat(a.successful()).isFalse();
      assertThat(a.failure()).startsWith("Subscriber limit exceeded: Provisioned throughput decreases are limited");
    });
    assertThat(throughput().writeCapacityUnits()).isEqualTo(96L);

    clock.advance(Duration.between(clock.instant(), lastDecrease.plus(Duration.ofHours(1))));
    assertThat(evaluate()).singleElement().satisfies(a -> assertThat(a.successful()).isTrue());
    assertThat(throughput().writeCapacityUnits()).isEqualTo(2L);
    assertThat(throughput().numberOfDecreasesToday()).isEqualTo(5L);
  }

  @Test
  void register_whenCapacityBelowTheMinimum_raisesItAtTheNextEvaluation() {
    table(1);
    engine.autoScaling().register("tbl", null, ScalableDimension.WRITE_CAPACITY_UNITS, new AutoScalingPolicy(5, 10, 70));

    evaluate();

    assertThat(throughput().writeCapacityUnits()).isEqualTo(5L);
  }
}
