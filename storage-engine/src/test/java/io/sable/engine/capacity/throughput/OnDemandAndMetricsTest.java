package io.sable.engine.capacity.throughput;

import static io.sable.engine.capacity.throughput.ThroughputFixture.admittedBeforeThrottle;
import static io.sable.engine.capacity.throughput.ThroughputFixture.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.ThrottlingException;

/**
 * On-demand mode (Developer Guide, "On-demand capacity mode": a new table serves 4,000 writes per
 * second at once, "instantly accommodates up to double the previous peak", and "throttling can
 * occur if you exceed double your previous peak within 30 minutes"), the exception an on-demand
 * table throws (API Reference, TransactWriteItems, cancellation code {@code ThrottlingError} and
 * its message), and the per-minute metrics and Contributor Insights the model keeps.
 */
class OnDemandAndMetricsTest {
  private ThroughputFixture fixture = new ThroughputFixture(CapacitySimulation.ALL);
  private final AtomicInteger next = new AtomicInteger();

  @AfterEach
  void close() {
    fixture.close();
  }

  private void putSpread() {
    fixture.put(item("p" + next.getAndIncrement(), "s", 100));
  }

  @Test
  void putItem_onANewOnDemandTable_servesFourThousandWritesAtOnceThenThrottles() {
    fixture.onDemand();

    assertThat(admittedBeforeThrottle(10_000, this::putSpread)).isEqualTo(4000);
    assertThatThrownBy(this::putSpread)
        .isInstanceOfSatisfying(
            ThrottlingException.class,
            e -> {
              assertThat(e.awsErrorDetails().errorMessage())
                  .startsWith("Throughput exceeds the current capacity of your table or index.");
              assertThat(e.throttlingReasons().get(0).reason())
                  .isEqualTo("TableWriteKeyRangeThroughputExceeded");
            });
  }

  @Test
  void putItem_onDemand_accommodatesDoubleThePreviousPeakOnceItIsThirtyMinutesOld() {
    fixture.onDemand();
    // A peak of 4,000 writes in one second.
    admittedBeforeThrottle(10_000, this::putSpread);
    fixture.clock.advance(Duration.ofMinutes(10));
    assertThat(admittedBeforeThrottle(20_000, this::putSpread)).isEqualTo(4000);

    fixture.clock.advance(Duration.ofMinutes(21));

    // Up to 8,000 now; the first of the table's 8 partitions to reach its 1,000 WCU ends the
    // second a little earlier (keys spread by hash, not evenly).
    assertThat(admittedBeforeThrottle(20_000, this::putSpread)).isBetween(7000, 8000);
  }

  @Test
  void putItem_onDemandWithSimulationProvisioned_isNotThrottled() {
    fixture.close();
    fixture = new ThroughputFixture(CapacitySimulation.PROVISIONED);
    fixture.onDemand();

    assertThat(admittedBeforeThrottle(6000, this::putSpread)).isEqualTo(6000);
  }

  @Test
  void metrics_reportConsumedAndThrottledPerMinuteWithCloudWatchsNames() {
    fixture.close();
    fixture = new ThroughputFixture(CapacitySimulation.PROVISIONED);
    fixture.provisioned(5, 1, null);
    admittedBeforeThrottle(1000, this::putSpread);
    fixture.clock.advance(Duration.ofMinutes(1));
    fixture.put(item("x", "s", 2048));

    List<CapacityMetric> minutes = fixture.engine.capacity().metrics("tbl", null);

    assertThat(minutes).hasSize(2);
    assertThat(minutes.get(0).consumedWriteCapacityUnits()).isEqualTo(300);
    assertThat(minutes.get(0).writeThrottleEvents()).isEqualTo(1);
    assertThat(minutes.get(0).throttledRequests()).isEqualTo(1);
    assertThat(minutes.get(0).provisionedWriteCapacityUnits()).isEqualTo(1);
    assertThat(minutes.get(0).provisionedReadCapacityUnits()).isEqualTo(5);
    assertThat(minutes.get(1).consumedWriteCapacityUnits()).isEqualTo(2);
    assertThat(minutes.get(1).minute()).isEqualTo(minutes.get(0).minute().plusSeconds(60));
  }

  @Test
  void contributorInsights_ranksKeysByConsumedCapacityAndByThrottles() {
    fixture.close();
    fixture = new ThroughputFixture(CapacitySimulation.PROVISIONED);
    fixture.provisioned(5, 20_000, null);
    fixture.engine.capacity().contributorInsights("tbl", null, true);
    admittedBeforeThrottle(5000, () -> fixture.put(item("hot", "s", 100)));
    for (int i = 0; i < 10; i++) {
      fixture.put(item("cold" + i, "s", 100));
    }

    List<KeyContributor> accessed =
        fixture.engine.capacity().topContributors("tbl", null, fixture.clock.instant().minusSeconds(60), false, false, 3);
    List<KeyContributor> throttled =
        fixture.engine.capacity().topContributors("tbl", null, fixture.clock.instant().minusSeconds(60), true, true, 3);

    assertThat(accessed.get(0).partitionKey()).isEqualTo("hot");
    assertThat(accessed.get(0).consumedWriteCapacityUnits()).isEqualTo(1000);
    assertThat(accessed).hasSize(3);
    assertThat(throttled).singleElement().satisfies(k -> {
      assertThat(k.partitionKey()).isEqualTo("hot");
      assertThat(k.sortKey()).isEqualTo("s");
      assertThat(k.throttleEvents()).isEqualTo(1);
    });
  }

  @Test
  void contributorInsights_onAnUnthrottledTable_metersWithoutThrottling() {
    fixture.close();
    fixture = new ThroughputFixture(CapacitySimulation.PROVISIONED);
    fixture.onDemand();
    fixture.engine.capacity().contributorInsights("tbl", null, true);

    assertThat(admittedBeforeThrottle(2000, () -> fixture.put(item("hot", "s", 100)))).isEqualTo(2000);
    assertThat(
            fixture.engine.capacity()
                .topContributors("tbl", null, fixture.clock.instant(), false, false, 1))
        .singleElement()
        .satisfies(k -> assertThat(k.consumedWriteCapacityUnits()).isEqualTo(2000));
  }
}
