package io.sable.engine.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sable.engine.ManualClock;
import io.sable.engine.SableEngine;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputDescription;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * UpdateTable's quotas on throughput changes, on the engine clock, and what DescribeTable's {@code
 * ProvisionedThroughputDescription} reports of them. Sources: Developer Guide, "Quotas in Amazon
 * DynamoDB", "Decreasing provisioned throughput" (four decreases at any time in a UTC day, then one
 * more an hour after the last); the message, the hour measured from the last accepted decrease, the
 * reset at 00:00 UTC and the separate budget of each global secondary index from responses captured
 * from DynamoDB (ack-api-quirks DynamoDB catalogue, 2026-10: DDB-TABLE-184, DDB-TABLE-185,
 * DDB-TABLE-326, DDB-TABLE-058); Developer Guide, "Considerations when switching capacity modes"
 * (provisioned to on-demand up to four times in a 24-hour rolling window).
 */
class ThroughputQuotasTest {
  private final ManualClock clock = new ManualClock(Instant.parse("2026-10-09T00:20:00Z"));
  private final SableEngine engine = SableEngine.builder().clock(clock).ttlSweepInterval(Duration.ZERO).build();
  private final DynamoDbClient dynamoDb = engine.dynamoDbClient();

  ThroughputQuotasTest() {
    dynamoDb.createTable(b -> b.tableName("orders").billingMode(BillingMode.PROVISIONED)
        .provisionedThroughput(t -> t.readCapacityUnits(10L).writeCapacityUnits(10L))
        .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH))
        .attributeDefinitions(
            a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
            a -> a.attributeName("g").attributeType(ScalarAttributeType.S))
        .globalSecondaryIndexes(g -> g.indexName("gsi")
            .keySchema(k -> k.attributeName("g").keyType(KeyType.HASH))
            .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY))
            .provisionedThroughput(t -> t.readCapacityUnits(10L).writeCapacityUnits(10L))));
  }

  @AfterEach
  void close() {
    engine.close();
  }

  private void setTable(long read, long write) {
    dynamoDb.updateTable(b -> b.tableName("orders")
        .provisionedThroughput(t -> t.readCapacityUnits(read).writeCapacityUnits(write)));
  }

  private ProvisionedThroughputDescription tableThroughput() {
    return dynamoDb.describeTable(b -> b.tableName("orders")).table().provisionedThroughput();
  }

  private void fourDecreasesEndingAt0021() {
    setTable(9, 9);
    setTable(9, 8);
    setTable(9, 7);
    clock.advance(Duration.ofSeconds(94));
    setTable(9, 6);
  }

  @Test
  void updateTable_whenFourDecreasesMadeToday_refusesTheFifthUntilAnHourAfterTheLast() {
    fourDecreasesEndingAt0021();

    assertThatThrownBy(() -> setTable(9, 5))
        .isInstanceOf(LimitExceededException.class)
        .hasMessageStartingWith("Subscriber limit exceeded: Provisioned throughput decreases are limited"
            + " within a given UTC day. After the first 4 decreases, each subsequent decrease in the same"
            + " UTC day can be performed at most once every 3600 seconds. Number of decreases today: 4."
            + " Last decrease at Friday, October 9, 2026 at 12:21:34 AM Coordinated Universal Time. Next"
            + " decrease can be made at Friday, October 9, 2026 at 1:21:34 AM Coordinated Universal Time");
    clock.advance(Duration.ofSeconds(3599));
    assertThatThrownBy(() -> setTable(9, 5)).isInstanceOf(LimitExceededException.class);
    // An increase is never limited.
    setTable(20, 6);

    clock.advance(Duration.ofSeconds(1));
    setTable(20, 5);
    assertThat(tableThroughput().numberOfDecreasesToday()).isEqualTo(5L);
    assertThatThrownBy(() -> setTable(20, 4))
        .isInstanceOf(LimitExceededException.class)
        .hasMessageContaining("Number of decreases today: 5.");
  }

  @Test
  void describeTable_afterChanges_reportsLastIncreaseLastDecreaseAndDecreasesToday() {
    ProvisionedThroughputDescription fresh = tableThroughput();
    assertThat(fresh.numberOfDecreasesToday()).isZero();
    assertThat(fresh.lastIncreaseDateTime()).isNull();
    assertThat(fresh.lastDecreaseDateTime()).isNull();

    setTable(20, 20);
    Instant increased = clock.instant();
    clock.advance(Duration.ofMinutes(1));
    setTable(5, 5);

    ProvisionedThroughputDescription changed = tableThroughput();
    assertThat(changed.lastIncreaseDateTime()).isEqualTo(increased);
    assertThat(changed.lastDecreaseDateTime()).isEqualTo(clock.instant());
    assertThat(changed.numberOfDecreasesToday()).isEqualTo(1L);
  }

  @Test
  void updateTable_afterMidnightUtc_restoresTheFourDecreasesAndResetsTheCount() {
    fourDecreasesEndingAt0021();
    clock.advance(Duration.between(clock.instant(), Instant.parse("2026-10-10T00:00:00Z")));

    assertThat(tableThroughput().numberOfDecreasesToday()).isZero();
    assertThat(tableThroughput().lastDecreaseDateTime()).isEqualTo(Instant.parse("2026-10-09T00:21:34Z"));
    setTable(9, 5);
    setTable(9, 4);
    setTable(9, 3);
    setTable(9, 2);
    assertThatThrownBy(() -> setTable(9, 1)).isInstanceOf(LimitExceededException.class);
  }

  @Test
  void updateTable_whenTheTableSpentItsDecreases_stillDecreasesAnIndex() {
    fourDecreasesEndingAt0021();

    dynamoDb.updateTable(b -> b.tableName("orders").globalSecondaryIndexUpdates(GlobalSecondaryIndexUpdate.builder()
        .update(u -> u.indexName("gsi").provisionedThroughput(t -> t.readCapacityUnits(5L).writeCapacityUnits(5L)))
        .build()));

    ProvisionedThroughputDescription index =
        dynamoDb.describeTable(b -> b.tableName("orders")).table().globalSecondaryIndexes().get(0).provisionedThroughput();
    assertThat(index.readCapacityUnits()).isEqualTo(5L);
    assertThat(index.numberOfDecreasesToday()).isEqualTo(1L);
  }

  @Test
  void updateTable_whenSwitchedToOnDemandFourTimesIn24Hours_refusesTheFifthUntilTheWindowMoves() {
    dynamoDb.deleteTable(b -> b.tableName("orders"));
    dynamoDb.createTable(b -> b.tableName("orders").billingMode(BillingMode.PROVISIONED)
        .provisionedThroughput(t -> t.readCapacityUnits(1L).writeCapacityUnits(1L))
        .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH))
        .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S)));
    Instant first = clock.instant();
    for (int i = 0; i < 4; i++) {
      dynamoDb.updateTable(b -> b.tableName("orders").billingMode(BillingMode.PAY_PER_REQUEST));
      clock.advance(Duration.ofMinutes(10));
      dynamoDb.updateTable(b -> b.tableName("orders").billingMode(BillingMode.PROVISIONED)
          .provisionedThroughput(t -> t.readCapacityUnits(1L).writeCapacityUnits(1L)));
    }

    assertThatThrownBy(() -> dynamoDb.updateTable(b -> b.tableName("orders").billingMode(BillingMode.PAY_PER_REQUEST)))
        .isInstanceOf(LimitExceededException.class)
        .hasMessageStartingWith("Subscriber limit exceeded: Update to PayPerRequest mode are limited to 4 times"
            + " in 1 day(s).");
    clock.advance(Duration.between(clock.instant(), first.plus(Duration.ofHours(24)).plusSeconds(1)));
    dynamoDb.updateTable(b -> b.tableName("orders").billingMode(BillingMode.PAY_PER_REQUEST));
  }
}
