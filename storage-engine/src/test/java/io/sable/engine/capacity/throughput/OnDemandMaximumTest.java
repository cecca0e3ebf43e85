package io.sable.engine.capacity.throughput;

import static io.sable.engine.capacity.throughput.ThroughputFixture.admittedBeforeThrottle;
import static io.sable.engine.capacity.throughput.ThroughputFixture.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ThrottlingException;

/**
 * {@code OnDemandThroughput} maximums and {@code WarmThroughput} feed the throughput model: an
 * on-demand table is throttled above its maximum (Developer Guide, "DynamoDB maximum throughput
 * for on-demand tables": "throughput requests that exceed the maximum amount specified will be
 * throttled"; API Reference, {@code ThrottlingReason}: {@code TableWriteMaxOnDemandThroughputExceeded})
 * and serves its warm throughput at once (Developer Guide, "Understanding DynamoDB warm
 * throughput": "your application will be able to issue requests up to those values instantly").
 */
class OnDemandMaximumTest {
  private final ThroughputFixture fixture = new ThroughputFixture(CapacitySimulation.PROVISIONED);
  private final AtomicInteger next = new AtomicInteger();

  @AfterEach
  void close() {
    fixture.close();
  }

  private void putOneKilobyte() {
    fixture.put(item("p" + next.getAndIncrement(), "s", 1024));
  }

  @Test
  void putItem_whenMaxWriteRequestUnitsIsTen_admitsTenAtOnceThrottlesTheEleventhAndRefillsInASecond() {
    fixture.onDemand();
    fixture.dynamoDb.updateTable(b -> b.tableName("tbl").onDemandThroughput(o -> o.maxWriteRequestUnits(10L)));

    assertThat(admittedBeforeThrottle(100, this::putOneKilobyte)).isEqualTo(10);
    assertThatThrownBy(this::putOneKilobyte)
        .isInstanceOfSatisfying(
            ThrottlingException.class,
            e -> assertThat(e.throttlingReasons().get(0).reason())
                .isEqualTo("TableWriteMaxOnDemandThroughputExceeded"));

    fixture.clock.advance(Duration.ofSeconds(1));
    assertThat(admittedBeforeThrottle(100, this::putOneKilobyte)).isEqualTo(10);
  }

  @Test
  void getItem_whenMaxReadRequestUnitsSetAtCreateTable_throttlesReadsAboveIt() {
    fixture.dynamoDb.createTable(
        b -> b.tableName("tbl")
            .billingMode(BillingMode.PAY_PER_REQUEST)
            .keySchema(k -> k.attributeName("pk").keyType("HASH"), k -> k.attributeName("sk").keyType("RANGE"))
            .attributeDefinitions(
                a -> a.attributeName("pk").attributeType("S"), a -> a.attributeName("sk").attributeType("S"))
            .onDemandThroughput(o -> o.maxReadRequestUnits(5L)));

    // A strongly consistent read of a missing item costs 1 RCU.
    Runnable read =
        () -> fixture.dynamoDb.getItem(b -> b.tableName("tbl").consistentRead(true)
            .key(java.util.Map.of("pk", AttributeValue.fromS("a"), "sk", AttributeValue.fromS("b"))));
    assertThat(admittedBeforeThrottle(100, read)).isEqualTo(5);
  }

  @Test
  void putItem_whenMaximumRemovedWithMinusOne_stopsThrottlingAtIt() {
    fixture.onDemand();
    fixture.dynamoDb.updateTable(b -> b.tableName("tbl").onDemandThroughput(o -> o.maxWriteRequestUnits(10L)));
    fixture.dynamoDb.updateTable(b -> b.tableName("tbl").onDemandThroughput(o -> o.maxWriteRequestUnits(-1L)));

    // No maximum left: the default simulation no longer throttles the plain on-demand table.
    assertThat(admittedBeforeThrottle(100, this::putOneKilobyte)).isEqualTo(100);
  }

  @Test
  void putItem_whenWarmThroughputRaised_servesItAtOnceOnDemand() {
    try (ThroughputFixture all = new ThroughputFixture(CapacitySimulation.ALL)) {
      all.onDemand();
      all.dynamoDb.updateTable(b -> b.tableName("tbl").warmThroughput(w -> w.writeUnitsPerSecond(6000L)));
      AtomicInteger key = new AtomicInteger();

      // 6,000 writes of 100 bytes spread over keys in one second instead of the default 4,000.
      assertThat(admittedBeforeThrottle(10_000, () -> all.put(item("p" + key.getAndIncrement(), "s", 100))))
          .isEqualTo(6000);
    }
  }
}
