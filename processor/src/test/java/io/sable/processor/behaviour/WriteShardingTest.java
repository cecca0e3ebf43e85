package io.sable.processor.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import io.sable.runtime.key.WriteShards;
import io.sable.runtime.query.Page;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A GSI partition key sharded with {@code {shard:8:shipmentId}}: written to one shard, read from all eight. */
@ParameterizedClass(name = "on {0}")
@ValueSource(strings = {ShopTest.ENGINE, ShopTest.DYNAMODB_LOCAL})
class WriteShardingTest extends ShopTest {

  private static Shipment shipment(int n, Status state) {
    return new Shipment("s" + n, state, Instant.parse("2024-05-01T00:00:00Z").plusSeconds(3600L * (n % 13)), n);
  }

  private List<Shipment> seed(int count) {
    List<Shipment> shipments = new ArrayList<>();
    for (int n = 0; n < count; n++) {
      shipments.add(shipment(n, n % 5 == 0 ? Status.SHIPPED : Status.PENDING));
    }
    shop.shipmentRepository().putAll(shipments);
    return shipments.stream().filter(s -> s.state() == Status.PENDING).toList();
  }

  @Test
  void put_whenIndexKeyIsSharded_writesTheShardOfTheHashedField() {
    Shipment shipment = shipment(3, Status.PENDING);
    shop.shipmentRepository().put(shipment);

    Map<String, AttributeValue> item = dynamoDb.getItem(b -> b.tableName(tableName())
        .key(ShipmentKeys.primaryKey(shipment))).item();

    assertThat(item.get("StatusPK").s()).isEqualTo("SHIPMENTS#PENDING#" + WriteShards.shardOf("s3", 8));
    assertThat(ShipmentKeys.byStatusPartitionKeys(Status.PENDING))
        .hasSize(8).contains(item.get("StatusPK").s());
  }

  @Test
  void accessPattern_whenKeyIsSharded_readsEveryShardInSortKeyOrder() {
    List<Shipment> pending = seed(60);

    List<Shipment> read = shop.shipmentRepository().inState(Status.PENDING).list();

    assertThat(read).containsExactlyInAnyOrderElementsOf(pending);
    assertThat(read).extracting(Shipment::shippedAt).isSorted();
  }

  @Test
  void accessPattern_whenInParallel_returnsWhatSequentialReadsReturn() {
    seed(40);
    ExecutorService executor = Executors.newFixedThreadPool(8);
    try {
      Instant from = Instant.parse("2024-05-01T05:00:00Z");
      List<Shipment> parallel = shop.shipmentRepository().inState(Status.PENDING).inParallel(executor)
          .greaterThan(from).pageSize(3).list();

      assertThat(parallel).isNotEmpty()
          .containsExactlyElementsOf(shop.shipmentRepository().inState(Status.PENDING).greaterThan(from).pageSize(3).list());
    } finally {
      executor.shutdownNow();
    }
  }

  @Test
  void accessPattern_whenRangeDescendingAndPaged_keepsOrderAcrossPages() {
    List<Shipment> pending = seed(60);
    Instant from = Instant.parse("2024-05-01T03:00:00Z");
    List<Instant> expected = pending.stream().map(Shipment::shippedAt).filter(at -> !at.isBefore(from))
        .sorted(Comparator.reverseOrder()).toList();

    List<Shipment> read = new ArrayList<>();
    var query = shop.shipmentRepository().inState(Status.PENDING).descending().limit(7);
    Page<Shipment> page = query.greaterThanOrEqualTo(from).page();
    read.addAll(page.items());
    while (page.hasMore()) {
      page = query.greaterThanOrEqualTo(from).startAfter(page.cursor().orElseThrow()).page();
      read.addAll(page.items());
    }

    assertThat(read).extracting(Shipment::shippedAt).containsExactlyElementsOf(expected);
  }

  @Test
  void tablePartitionKey_whenSharded_getsByKeyFieldsAndQueriesEveryShard() {
    LocalDate day = LocalDate.parse("2024-05-01");
    List<Visit> visits = new ArrayList<>();
    for (int n = 0; n < 20; n++) {
      visits.add(new Visit(day, "v" + (char) ('a' + n), "/p" + n));
    }
    shop.visitRepository().putAll(visits);
    shop.visitRepository().put(new Visit(day.plusDays(1), "other", "/"));

    assertThat(shop.visitRepository().visit(day, "vc")).contains(visits.get(2));
    assertThat(shop.visitRepository().visitsOn(day).list()).containsExactlyElementsOf(visits);
    assertThat(shop.visitRepository().visitsOn(day).count()).isEqualTo(20);
    assertThat(shop.visitRepository().visitById("vc", day).list()).containsExactly(visits.get(2));
    shop.visitRepository().delete(visits.get(2));
    assertThat(shop.visitRepository().visit(day, "vc")).isEmpty();
  }
}
