package io.sable.processor.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sable.runtime.query.Page;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Key encodings and every kind of key condition, on the table, global, local, numeric and inverted indexes. */
@ParameterizedClass(name = "on {0}")
@ValueSource(strings = {ShopTest.ENGINE, ShopTest.DYNAMODB_LOCAL})
class KeysAndQueriesTest extends ShopTest {

  static Order order(String customer, String placedAt, int n, Status status, String total) {
    return new Order(customer, Instant.parse(placedAt), new UUID(0, n), status, new BigDecimal(total), null, n,
        List.of("t" + n), Set.of("l" + n));
  }

  @Test
  void putItem_storesFieldsKeysAndEntityType() {
    Order order = order("c1", "2024-05-01T10:15:30Z", 7, Status.SHIPPED, "-3.5");
    shop.orderRepository().put(order);

    Map<String, AttributeValue> item = dynamoDb.getItem(b -> b.tableName(tableName())
        .key(OrderKeys.primaryKey(order))).item();

    assertThat(item.get("PK").s()).isEqualTo("CUSTOMER#c1");
    assertThat(item.get("SK").s()).isEqualTo("ORDER#2024-05-01T10:15:30Z#00000000-0000-0000-0000-000000000007");
    assertThat(item.get("StatusPK").s()).isEqualTo("STATUS#SHIPPED");
    assertThat(item.get("StatusSK").s()).isEqualTo("-49864~#00000000-0000-0000-0000-000000000007");
    assertThat(item.get("TotalSK").s()).isEqualTo("TOTAL#-49864~#00000000-0000-0000-0000-000000000007");
    assertThat(item.get("_type").s()).isEqualTo("Order");
    assertThat(item.get("total").n()).isEqualTo("-3.5");
    assertThat(item.get("tags").l()).containsExactly(AttributeValue.fromS("t7"));
    assertThat(item.get("labels").ss()).containsExactly("l7");
    assertThat(item).doesNotContainKey("note");
    assertThat(shop.orderRepository().get("c1", order.placedAt(), order.orderId())).contains(order);
  }

  @Test
  void rangeQuery_onInstantField_selectsAndPagesInOrder() {
    List<Order> orders = new ArrayList<>();
    for (int day = 1; day <= 9; day++) {
      orders.add(order("c1", "2024-05-0" + day + "T12:00:00Z", day, Status.PENDING, "1"));
    }
    shop.orderRepository().putAll(orders);

    assertThat(shop.orderRepository().ordersOf("c1")
        .between(Instant.parse("2024-05-03T12:00:00Z"), Instant.parse("2024-05-06T12:00:00Z")).list())
        .containsExactlyElementsOf(orders.subList(2, 6));
    assertThat(shop.orderRepository().ordersOf("c1").greaterThan(Instant.parse("2024-05-08T12:00:00Z")).list())
        .containsExactly(orders.get(8));
    Page<Order> first = shop.orderRepository().ordersOf("c1").descending().limit(4).page();
    assertThat(first.items()).containsExactly(orders.get(8), orders.get(7), orders.get(6), orders.get(5));
    Page<Order> second = shop.orderRepository().ordersOf("c1").descending().limit(4)
        .startAfter(first.cursor().orElseThrow()).page();
    assertThat(second.items()).containsExactly(orders.get(4), orders.get(3), orders.get(2), orders.get(1));
  }

  @Test
  void rangeQuery_onDecimalIndexKey_ordersNumerically() {
    String[] totals = {"-20", "-3.5", "0", "0.25", "9.99", "10", "100.5"};
    for (int i = 0; i < totals.length; i++) {
      shop.orderRepository().put(order("c" + i, "2024-05-01T00:00:00Z", i, Status.PENDING, totals[i]));
    }
    shop.orderRepository().put(order("c9", "2024-05-01T00:00:00Z", 9, Status.SHIPPED, "5"));

    assertThat(shop.orderRepository().byStatus(Status.PENDING).list())
        .extracting(o -> o.total().toPlainString()).containsExactly(totals);
    assertThat(shop.orderRepository().byStatus(Status.PENDING).greaterThanOrEqualTo(new BigDecimal("0.25")).list())
        .extracting(o -> o.total().toPlainString()).containsExactly("0.25", "9.99", "10", "100.5");
    assertThat(shop.orderRepository().byStatus(Status.PENDING).lessThan(BigDecimal.ZERO).descending().list())
        .extracting(o -> o.total().toPlainString()).containsExactly("-3.5", "-20");
  }

  @Test
  void localIndex_whenQueried_ordersOneCustomersItemsByAnotherSortKeyAndAllowsConsistentReads() {
    shop.orderRepository().put(order("c1", "2024-05-01T00:00:00Z", 1, Status.PENDING, "30"));
    shop.orderRepository().put(order("c1", "2024-05-02T00:00:00Z", 2, Status.PENDING, "10"));
    shop.orderRepository().put(order("c1", "2024-05-03T00:00:00Z", 3, Status.PENDING, "20"));
    shop.orderRepository().put(order("c2", "2024-05-03T00:00:00Z", 4, Status.PENDING, "15"));

    assertThat(shop.orderRepository().byTotal("c1").consistentRead().list())
        .extracting(o -> o.total().toPlainString()).containsExactly("10", "20", "30");
    assertThat(shop.orderRepository().byTotal("c1").lessThanOrEqualTo(new BigDecimal("20")).list())
        .extracting(o -> o.total().toPlainString()).containsExactly("10", "20");
  }

  @Test
  void consistentRead_onGlobalIndex_isRejectedBeforeAnyRequest() {
    assertThatThrownBy(() -> shop.orderRepository().byStatus(Status.PENDING).consistentRead())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Global secondary index ByStatus does not support ConsistentRead");
  }

  @Test
  void numericIndexKey_whenQueried_comparesNumbersNatively() {
    for (long orders : new long[] {5, 50, 500, 7}) {
      shop.customerRepository().put(CustomerFixtures.customer("c" + orders, orders));
    }

    assertThat(shop.customerRepository().byOrderCount().list()).extracting(Customer::orders)
        .containsExactly(5L, 7L, 50L, 500L);
    assertThat(shop.customerRepository().byOrderCount().between(6L, 100L).descending().list())
        .extracting(Customer::orders).containsExactly(50L, 7L);
    assertThatThrownBy(() -> shop.customerRepository().byOrderCount().beginsWith("5"))
        .isInstanceOf(UnsupportedOperationException.class);
    Map<String, AttributeValue> item = dynamoDb.getItem(b -> b.tableName(tableName())
        .key(CustomerKeys.primaryKey("c50"))).item();
    assertThat(item.get("RankSK").n()).isEqualTo("50");
  }

  @Test
  void invertedIndex_whenQueried_findsItemsByTheirSortKey() {
    Order order = order("c1", "2024-05-01T00:00:00Z", 1, Status.PENDING, "30");
    shop.orderRepository().put(order);
    shop.orderRepository().put(order("c2", "2024-05-01T00:00:00Z", 2, Status.PENDING, "30"));

    assertThat(shop.orderRepository().byPlacement(order.placedAt(), order.orderId()).list()).containsExactly(order);
  }

  @Test
  void formattedSegments_whenEncoded_sortAndDecode() {
    Review low = new Review("p1", 2, LocalDateTime.parse("2024-05-01T10:15"), "meh");
    Review high = new Review("p1", 5, LocalDateTime.parse("2024-04-01T09:00"), "great");
    shop.reviewRepository().put(high);
    shop.reviewRepository().put(low);

    assertThat(ReviewKeys.sortKey(5, LocalDateTime.parse("2024-04-01T09:00"))).isEqualTo("REVIEW#5#2024-04-01T09:00");
    assertThat(shop.reviewRepository().reviewsOf("p1").list()).containsExactly(low, high);
    assertThat(shop.reviewRepository().reviewsOf("p1").greaterThanOrEqualTo(3).list()).containsExactly(high);
    assertThat(ReviewKeys.decodePrimaryKey("PRODUCT#p1", "REVIEW#5#2024-04-01T09:00"))
        .isEqualTo(new ReviewKeys.PrimaryKey("p1", 5, LocalDateTime.parse("2024-04-01T09:00")));
    assertThatThrownBy(() -> shop.reviewRepository().put(new Review("p1", 10, low.getWrittenAt(), "x")))
        .hasMessageContaining("does not fit the key segment's 1 digits");
  }

  @Test
  void keys_whenDecoded_giveTheFieldsBack() {
    Order order = order("c#1", "2024-05-01T10:00:00Z", 3, Status.DELIVERED, "4.5");
    Map<String, AttributeValue> key = OrderKeys.primaryKey(order);

    assertThat(OrderKeys.decodePrimaryKey(key)).isEqualTo(new OrderKeys.PrimaryKey("c#1", order.placedAt(), order.orderId()));
    assertThat(OrderKeys.decodeByStatusKey("STATUS#DELIVERED", OrderKeys.byStatusSortKey(order.total(), order.orderId())))
        .isEqualTo(new OrderKeys.ByStatusKey(Status.DELIVERED, new BigDecimal("4.5"), order.orderId()));
    assertThat(CustomerKeys.decodeByRankKey(Map.of("RankPK", AttributeValue.fromS("RANKED"),
        "RankSK", AttributeValue.fromN("12")))).isEqualTo(new CustomerKeys.ByRankKey(12L));
    assertThatThrownBy(() -> OrderKeys.decodeGsi1Key("ORDER#" + new UUID(0, 1), "ORDER#" + new UUID(0, 2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two different values of {orderId}");
  }

  @Test
  void put_whenKeyFieldHasNoEncoding_throwsAndWritesNothing() {
    Order order = new Order("c1", Instant.parse("2024-05-01T10:00:00.5Z"), new UUID(0, 1), Status.PENDING,
        BigDecimal.ONE, null, 1, List.of(), Set.of("x"));

    assertThatThrownBy(() -> shop.orderRepository().put(order))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("finer than the key segment");
    assertThat(shop.orderRepository().ordersOf("c1").list()).isEmpty();
  }

  @Test
  void indexKeys_whenFieldNull_leaveTheItemOutOfTheIndex() {
    Order noStatus = new Order("c1", Instant.parse("2024-05-01T00:00:00Z"), new UUID(1, 1), null, BigDecimal.ONE,
        null, 1, null, null);
    shop.orderRepository().put(noStatus);

    Map<String, AttributeValue> item = dynamoDb.getItem(b -> b.tableName(tableName())
        .key(OrderKeys.primaryKey(noStatus))).item();
    assertThat(item).doesNotContainKeys("StatusPK", "StatusSK").containsKeys("GSI1PK", "GSI1SK", "TotalSK");
    assertThat(shop.orderRepository().byOrderId(noStatus.orderId()).list()).containsExactly(noStatus);
  }
}
