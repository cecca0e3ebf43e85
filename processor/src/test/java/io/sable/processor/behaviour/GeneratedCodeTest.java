package io.sable.processor.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static io.sable.processor.behaviour.GeneratedCodeTest.DYNAMODB_LOCAL;
import static io.sable.processor.behaviour.GeneratedCodeTest.ENGINE;

import io.sable.dynamodblocal.DynamoDbLocal;
import io.sable.engine.SableEngine;
import io.sable.runtime.query.Page;
import io.sable.runtime.schema.UnknownItem;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The code generated for the {@link Shop} model, run on Sable's engine and on DynamoDB Local. */
@ParameterizedClass(name = "on {0}")
@ValueSource(strings = {ENGINE, DYNAMODB_LOCAL})
class GeneratedCodeTest {

  static final String ENGINE = "the engine";
  static final String DYNAMODB_LOCAL = "DynamoDB Local";

  private static final AtomicInteger TABLES = new AtomicInteger();
  private static SableEngine engine;
  private static DynamoDbLocal local;
  private static DynamoDbClient localClient;

  @Parameter
  String backend;

  private DynamoDbClient dynamoDb;
  private ShopTable shop;

  @BeforeAll
  static void start() {
    engine = SableEngine.create();
    local = DynamoDbLocal.start();
    localClient = local.client();
  }

  @AfterAll
  static void stop() {
    localClient.close();
    local.close();
    engine.close();
  }

  @BeforeEach
  void createTable() {
    dynamoDb = backend.equals(ENGINE) ? engine.dynamoDbClient() : localClient;
    shop = ShopTable.of(dynamoDb, "Shop" + TABLES.incrementAndGet());
    shop.create();
  }

  private static Order order(String customer, String placedAt, int n, Status status, String total) {
    return new Order(customer, Instant.parse(placedAt), new UUID(0, n), status, new BigDecimal(total), null, n);
  }

  @Test
  void put_whenEntityRead_returnsEqualEntity() {
    Customer customer = new Customer("c1", "Ada", 3, true, 'A', new byte[] {1, 2});
    Order order = new Order("c1", Instant.parse("2024-05-01T10:15:30Z"), UUID.randomUUID(), Status.PENDING,
        new BigDecimal("12.5"), "gift wrap", null);

    shop.customerRepository().put(customer);
    shop.orderRepository().put(order);

    Customer read = shop.customerRepository().customer("c1").orElseThrow();
    assertThat(read).usingRecursiveComparison().isEqualTo(customer);
    assertThat(shop.orderRepository().get("c1", order.placedAt(), order.orderId())).contains(order);
  }

  @Test
  void putItem_storesFieldsKeysAndEntityType() {
    Order order = order("c1", "2024-05-01T10:15:30Z", 7, Status.SHIPPED, "-3.5");
    shop.orderRepository().put(order);

    Map<String, AttributeValue> item = dynamoDb.getItem(b -> b.tableName(shop.tableClient().tableName())
        .key(OrderKeys.primaryKey(order))).item();

    assertThat(item.get("PK").s()).isEqualTo("CUSTOMER#c1");
    assertThat(item.get("SK").s()).isEqualTo("ORDER#2024-05-01T10:15:30Z#00000000-0000-0000-0000-000000000007");
    assertThat(item.get("StatusPK").s()).isEqualTo("STATUS#SHIPPED");
    assertThat(item.get("StatusSK").s()).isEqualTo("-49864~#00000000-0000-0000-0000-000000000007");
    assertThat(item.get("_type").s()).isEqualTo("Order");
    assertThat(item.get("total").n()).isEqualTo("-3.5");
    assertThat(item).doesNotContainKey("note");
  }

  @Test
  void rangeQuery_onInstantField_selectsAndPagesInOrder() {
    List<Order> orders = new ArrayList<>();
    for (int day = 1; day <= 9; day++) {
      orders.add(order("c1", "2024-05-0" + day + "T12:00:00Z", day, Status.PENDING, "1"));
    }
    shop.orderRepository().putAll(orders);
    shop.customerRepository().put(new Customer("c1", "Ada", 9, false, 'B', null));

    List<Order> middle = shop.orderRepository().ordersOf("c1")
        .between(Instant.parse("2024-05-03T12:00:00Z"), Instant.parse("2024-05-06T12:00:00Z")).list();
    assertThat(middle).containsExactlyElementsOf(orders.subList(2, 6));

    List<Order> after = shop.orderRepository().ordersOf("c1").greaterThan(Instant.parse("2024-05-08T12:00:00Z")).list();
    assertThat(after).containsExactly(orders.get(8));

    Page<Order> first = shop.orderRepository().ordersOf("c1").descending().limit(4).page();
    assertThat(first.items()).containsExactlyElementsOf(List.of(orders.get(8), orders.get(7), orders.get(6), orders.get(5)));
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
        .extracting(o -> o.total().toPlainString())
        .containsExactly(totals);
    assertThat(shop.orderRepository().byStatus(Status.PENDING).greaterThanOrEqualTo(new BigDecimal("0.25")).list())
        .extracting(o -> o.total().toPlainString())
        .containsExactly("0.25", "9.99", "10", "100.5");
    assertThat(shop.orderRepository().byStatus(Status.PENDING).lessThan(BigDecimal.ZERO).descending().list())
        .extracting(o -> o.total().toPlainString())
        .containsExactly("-3.5", "-20");
  }

  @Test
  void indexKeys_whenFieldNull_leaveTheItemOutOfTheIndex() {
    Order noStatus = new Order("c1", Instant.parse("2024-05-01T00:00:00Z"), new UUID(1, 1), null, BigDecimal.ONE, null, 1);
    shop.orderRepository().put(noStatus);

    Map<String, AttributeValue> item = dynamoDb.getItem(b -> b.tableName(shop.tableClient().tableName())
        .key(OrderKeys.primaryKey(noStatus))).item();
    assertThat(item).doesNotContainKeys("StatusPK", "StatusSK").containsKeys("GSI1PK", "GSI1SK");
    assertThat(shop.orderRepository().byOrderId(noStatus.orderId()).list()).containsExactly(noStatus);
  }

  @Test
  void collection_whenPartitionHoldsSeveralTypes_decodesEachIntoItsClass() {
    Customer customer = new Customer("c1", "Ada", 2, false, 'C', null);
    Order order = order("c1", "2024-05-01T00:00:00Z", 1, Status.PENDING, "3");
    shop.customerRepository().put(customer);
    shop.orderRepository().put(order);
    dynamoDb.putItem(b -> b.tableName(shop.tableClient().tableName()).item(Map.of(
        "PK", AttributeValue.fromS("CUSTOMER#c1"), "SK", AttributeValue.fromS("WISHLIST"),
        "_type", AttributeValue.fromS("Wishlist"))));

    List<Object> items = shop.collection(CustomerKeys.partitionKey("c1")).list();

    assertThat(items).hasSize(3);
    assertThat(items.get(0)).isEqualTo(order);
    assertThat(items.get(1)).isInstanceOf(Customer.class);
    assertThat(items.get(2)).isInstanceOfSatisfying(UnknownItem.class,
        unknown -> assertThat(unknown.entityType()).isEqualTo("Wishlist"));
  }

  @Test
  void update_whenItemAbsent_createsACompleteItemInItsIndexes() {
    Counter created = shop.counterRepository().update("hits").addValue(5).setLimit(100L).apply();
    Counter added = shop.counterRepository().update("hits").addValue(2).removeLimit().apply();

    assertThat(created).isEqualTo(new Counter("hits", 5, 100L));
    assertThat(added).isEqualTo(new Counter("hits", 7, null));
    assertThat(shop.counterRepository().counters().list()).containsExactly(added);
    assertThat(shop.counterRepository().counters().beginsWith("h").list()).containsExactly(added);
  }

  @Test
  void keys_whenDecoded_giveTheFieldsBack() {
    Order order = order("c#1", "2024-05-01T10:00:00Z", 3, Status.DELIVERED, "4.5");
    Map<String, AttributeValue> key = OrderKeys.primaryKey(order);

    OrderKeys.PrimaryKey decoded = OrderKeys.decodePrimaryKey(key.get("PK").s(), key.get("SK").s());

    assertThat(decoded).isEqualTo(new OrderKeys.PrimaryKey("c#1", order.placedAt(), order.orderId()));
    assertThat(OrderKeys.decodeByStatusKey("STATUS#DELIVERED", OrderKeys.byStatusSortKey(order.total(), order.orderId())))
        .isEqualTo(new OrderKeys.ByStatusKey(Status.DELIVERED, new BigDecimal("4.5"), order.orderId()));
    assertThat(CounterKeys.decodePrimaryKey("COUNTER#a", "COUNTER#a")).isEqualTo(new CounterKeys.PrimaryKey("a"));
    assertThatThrownBy(() -> CounterKeys.decodePrimaryKey("COUNTER#a", "COUNTER#b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two different values of {name}");
  }

  @Test
  void put_whenKeyFieldHasNoEncoding_throwsAndWritesNothing() {
    Order order = new Order("c1", Instant.parse("2024-05-01T10:00:00.5Z"), new UUID(0, 1), Status.PENDING,
        BigDecimal.ONE, null, 1);

    assertThatThrownBy(() -> shop.orderRepository().put(order))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fractional second");
    assertThat(shop.orderRepository().ordersOf("c1").list()).isEmpty();
  }

  @Test
  void schema_whenUsedByTheEnhancedClient_readsAndWritesTheSameItems() {
    DynamoDbEnhancedClient enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(dynamoDb).build();
    var table = enhanced.table(shop.tableClient().tableName(), CustomerSchema.INSTANCE);
    Customer customer = new Customer("c2", "Grace", 1, false, 'D', null);

    table.putItem(customer);

    assertThat(shop.customerRepository().get("c2")).hasValueSatisfying(c -> assertThat(c.name()).isEqualTo("Grace"));
    Customer read = table.getItem(Key.builder().partitionValue("CUSTOMER#c2").sortValue("PROFILE").build());
    assertThat(read.name()).isEqualTo("Grace");
  }

  @Test
  void delete_whenCalledWithKeyOrEntity_removesTheItem() {
    Customer customer = new Customer("c3", "Linus", 0, false, 'E', null);
    shop.customerRepository().put(customer);
    shop.customerRepository().delete("c3");
    assertThat(shop.customerRepository().get("c3")).isEmpty();

    shop.customerRepository().put(customer);
    shop.customerRepository().delete(customer);
    assertThat(shop.customerRepository().get("c3")).isEmpty();
  }
}
