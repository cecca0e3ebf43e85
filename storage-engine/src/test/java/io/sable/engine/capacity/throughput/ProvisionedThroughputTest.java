package io.sable.engine.capacity.throughput;

import static io.sable.engine.capacity.throughput.ThroughputFixture.admittedBeforeThrottle;
import static io.sable.engine.capacity.throughput.ThroughputFixture.item;
import static io.sable.engine.capacity.throughput.ThroughputFixture.key;
import static io.sable.engine.capacity.throughput.ThroughputFixture.throughput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.ThrottlingReason;

/**
 * Provisioned mode: token buckets refilled at the provisioned rate on the engine clock, burst
 * capacity of 300 seconds (Developer Guide, "Burst capacity"), the exception DynamoDB throws
 * (API Reference, "ProvisionedThroughputExceededException", and its {@code ThrottlingReason}:
 * "TableWriteProvisionedThroughputExceeded"; the message from the API Reference's
 * TransactWriteItems cancellation reasons), and capacity units by the item-size rules.
 */
class ProvisionedThroughputTest {
  private final ThroughputFixture fixture = new ThroughputFixture(CapacitySimulation.PROVISIONED);
  private final AtomicInteger next = new AtomicInteger();

  @AfterEach
  void close() {
    fixture.close();
  }

  private void put3k() {
    fixture.put(item("p" + next.getAndIncrement(), "s", 3 * 1024));
  }

  @Test
  void putItem_whenBurstCapacitySpent_throttlesAfterThreeHundredSecondsOfUnits() {
    // 1 WCU with 300 seconds of burst: 300 WCU, and a 3 KB item costs 3 WCU, so 100 writes pass.
    fixture.provisioned(1, 1, null);

    assertThat(admittedBeforeThrottle(1000, this::put3k)).isEqualTo(100);
  }

  @Test
  void putItem_whenThrottled_throwsDynamoDbsExceptionWithThrottlingReasonAndChangesNothing() {
    fixture.provisioned(1, 1, null);
    admittedBeforeThrottle(1000, this::put3k);

    assertThatThrownBy(() -> fixture.put(item("late", "s", 100)))
        .isInstanceOfSatisfying(
            ProvisionedThroughputExceededException.class,
            e -> {
              assertThat(e.awsErrorDetails().errorMessage())
                  .isEqualTo(
                      "The level of configured provisioned throughput for the table was exceeded."
                          + " Consider increasing your provisioning level with the UpdateTable API.");
              assertThat(e.statusCode()).isEqualTo(400);
              assertThat(e.throttlingReasons())
                  .containsExactly(
                      ThrottlingReason.builder()
                          .reason("TableWriteProvisionedThroughputExceeded")
                          .resource("arn:aws:dynamodb:us-east-1:000000000000:table/tbl")
                          .build());
            });
    assertThat(fixture.dynamoDb.getItem(b -> b.tableName("tbl").key(key("late", "s"))).hasItem())
        .isFalse();
  }

  @Test
  void putItem_afterThrottling_isAdmittedAgainAtTheProvisionedRate() {
    fixture.provisioned(1, 1, null);
    admittedBeforeThrottle(1000, this::put3k);

    fixture.clock.advance(Duration.ofSeconds(30));

    // 30 s at 1 WCU/s refills 30 WCU: ten 3 KB writes.
    assertThat(admittedBeforeThrottle(1000, this::put3k)).isEqualTo(10);
  }

  @Test
  void putItem_afterLongIdleness_keepsAtMostThreeHundredSecondsOfBurst() {
    fixture.provisioned(1, 2, null);
    admittedBeforeThrottle(10_000, () -> fixture.put(item("p" + next.getAndIncrement(), "s", 100)));

    fixture.clock.advance(Duration.ofHours(1));

    // 2 WCU/s × 300 s = 600 one-unit writes, not 2 × 3,600.
    assertThat(admittedBeforeThrottle(10_000, () -> fixture.put(item("q" + next.getAndIncrement(), "s", 100))))
        .isEqualTo(600);
  }

  @Test
  void getItem_eventuallyConsistent_costsHalfAUnitPerFourKilobytes() {
    fixture.provisioned(1, 100, null);
    fixture.put(item("a", "s", 4 * 1024));

    // 1 RCU/s × 300 s = 300 RCU; an eventually consistent read of 4 KB costs 0.5: 600 reads.
    int reads =
        admittedBeforeThrottle(
            10_000, () -> fixture.dynamoDb.getItem(b -> b.tableName("tbl").key(key("a", "s"))));

    assertThat(reads).isEqualTo(600);
  }

  @Test
  void updateTable_raisingThroughput_addsCapacityAtOnceAndSplitsPartitions() {
    fixture.provisioned(1, 1, null);
    admittedBeforeThrottle(1000, this::put3k);
    assertThat(fixture.engine.capacity().partitions("tbl", null)).hasSize(1);

    fixture.dynamoDb.updateTable(
        b -> b.tableName("tbl").provisionedThroughput(throughput(6000, 2000)));
    fixture.clock.advance(Duration.ofSeconds(1));

    // ceil(6000 / 3000 + 2000 / 1000) = 4 partitions (Developer Guide, partitions by throughput).
    assertThat(fixture.engine.capacity().partitions("tbl", null)).hasSize(4);
    assertThat(admittedBeforeThrottle(10, this::put3k)).isEqualTo(10);
  }
}
