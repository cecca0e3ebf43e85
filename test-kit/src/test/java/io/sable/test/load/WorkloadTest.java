package io.sable.test.load;

import static io.sable.test.SableAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.sable.engine.ManualClock;
import io.sable.test.SableTest;
import io.sable.test.SableTestContext;
import io.sable.test.shop.Customer;
import io.sable.test.shop.CustomerRepository;
import io.sable.test.shop.Order;
import io.sable.test.shop.OrderRepository;
import io.sable.test.shop.OrderStatus;
import io.sable.test.shop.ShopTable;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Workloads on the test kit's shop model, whose GSI1 partition key is {@code STATUS#{status}}: all
 * pending orders share one GSI1 partition key, and one partition serves at most 1,000 WCU per
 * second (Developer Guide, "Partitions and data distribution"), whatever the index is provisioned
 * at. Each order is under 1 KB: 1 WCU in the table and 1 in GSI1.
 */
@SableTest(tables = ShopTable.class)
class WorkloadTest {
  SableTestContext sable;
  ManualClock clock;
  OrderRepository orders;
  CustomerRepository customers;

  @BeforeEach
  void provision() {
    // Plenty for the table (3 partitions); GSI1 at 3,000 WCU, which one key can never use.
    Provisioning.provision(sable.unrecordedDynamoDbClient(), sable.tableName(ShopTable.class), 1_000, 3_000, 100,
        3_000);
  }

  private int orderIds;

  /** A new pending order of customer {@code key}: every call writes a new item. */
  private Order pendingOrder(int key) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    return new Order("c" + key, now, "o" + orderIds++, OrderStatus.PENDING, BigDecimal.TEN);
  }

  @Test
  void run_whenOrdersOverRunTheirStatusPartition_throttlesAndNamesTheHotIndexKey() {
    Instant start = clock.instant();

    WorkloadRun run = Workload.on(sable)
        .stream("orders", 1_500, KeyDistribution.uniform(50_000), key -> orders.put(pendingOrder(key)))
        .duration(Duration.ofSeconds(12))
        .run();

    assertThat(run).attempts().isEqualTo(18_000);
    assertThat(run).throttled().isGreaterThan(3_000);
    assertThat(run).throttleRate().isBetween(0.2, 0.4);
    assertThat(run).hottestPartitionKey("GSI1").isEqualTo("STATUS#PENDING");
    // The index partition serves its maximum, and the table only what the index let through.
    assertThat(run).consumedWcuPerSecond("GSI1").isCloseTo(1_000.0, within(100.0));
    assertThat(run).consumedWcuPerSecond().isCloseTo(run.consumedWcuPerSecond("GSI1"), within(20.0));
    assertThat(run.throttleEvents("GSI1")).isEqualTo(run.throttled());
    assertThat(clock.instant()).isEqualTo(start.plusSeconds(12));
  }

  @Test
  void run_whenOrdersStayUnderThePartitionMaximum_holdsWithZeroThrottles() {
    WorkloadRun run = Workload.on(sable)
        .stream("orders", 800, KeyDistribution.zipf(10_000, 1.1), key -> orders.put(pendingOrder(key)))
        .duration(Duration.ofSeconds(10))
        .run();

    assertThat(run).throttled().isZero();
    assertThat(run).succeeded().isEqualTo(8_000);
    assertThat(run).consumedWcuPerSecond("GSI1").isCloseTo(800.0, within(1.0));
    assertThat(run.seconds()).hasSize(10).allSatisfy(second -> assertThat(second.attempts()).isEqualTo(800));
  }

  @Test
  void run_withAWriteAndAReadStream_interleavesThemAndMeasuresBoth() {
    customers.put(new Customer("c0", "Ada", "ada@example.com"));

    WorkloadRun run = Workload.on(sable)
        .stream("orders", 100, KeyDistribution.hotKey(1_000, 0.5), key -> orders.put(pendingOrder(key)))
        .stream("profile reads", 400, KeyDistribution.hotKey(10, 1.0), key -> customers.customer("c" + key))
        .duration(Duration.ofSeconds(10))
        .run();

    assertThat(run.streams()).containsExactly("orders", "profile reads");
    assertThat(run.seconds("orders")).allSatisfy(second -> assertThat(second.succeeded()).isEqualTo(100));
    assertThat(run.seconds("profile reads")).allSatisfy(second -> assertThat(second.succeeded()).isEqualTo(400));
    // An eventually consistent read of a small item costs half a unit.
    assertThat(run).consumedRcuPerSecond().isCloseTo(200.0, within(0.1));
    assertThat(run).hottestPartitionKey().isEqualTo("CUSTOMER#c0");
  }

  @Test
  void run_withABatchStreamThatReportsUnprocessedRequests_countsThemAsThrottled() {
    WorkloadRun run = Workload.on(sable)
        .batchStream("batches", 100, KeyDistribution.uniform(100_000), key -> orders.putAll(
            List.of(pendingOrder(key), pendingOrder(key + 100_000)), Duration.ZERO).unprocessed().size())
        .duration(Duration.ofSeconds(10))
        .run();

    // 200 index writes a second to one key: far under 1,000 WCU, nothing unprocessed.
    assertThat(run).throttled().isZero();
    assertThat(run.seconds()).allSatisfy(second -> assertThat(second.unprocessed()).isZero());
    assertThat(run).consumedWcuPerSecond("GSI1").isCloseTo(200.0, within(1.0));
  }

  @Test
  void run_whenAnOperationFailsOtherwise_endsWithThatError() {
    Workload workload = Workload.on(sable).duration(Duration.ofSeconds(5))
        .stream("broken", 10, KeyDistribution.uniform(1), key -> {
          throw new IllegalArgumentException("no such order");
        });

    assertThatThrownBy(workload::run)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("stream 'broken' failed for key 0 at second 0")
        .hasCauseInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void throttled_whenTheRunThrottled_failsWithTheRunAndItsFirstThrottledSecond() {
    WorkloadRun run = Workload.on(sable)
        .stream("orders", 1_500, KeyDistribution.uniform(50_000), key -> orders.put(pendingOrder(key)))
        .duration(Duration.ofSeconds(5))
        .run();

    assertThatThrownBy(() -> assertThat(run).throttled().isZero())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("operations throttled in WorkloadRun[Shop, PT5S")
        .hasMessageContaining("first throttled second: Second[second=");
  }
}
