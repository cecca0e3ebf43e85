package io.sable.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sable.test.shop.Customer;
import io.sable.test.shop.CustomerRepository;
import io.sable.test.shop.Order;
import io.sable.test.shop.OrderRepository;
import io.sable.test.shop.OrderStatus;
import io.sable.test.shop.ShopTable;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** JSON fixtures: DynamoDB JSON per table, plain JSON per entity, and the errors of malformed ones. */
@SableTest(tables = ShopTable.class)
class FixturesTest {

  SableTestContext sable;
  CustomerRepository customers;
  OrderRepository orders;

  private void seed(String json) {
    sable.seed(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "inline.json");
  }

  @Test
  void seed_whenAResourceNamesEntities_writesThemThroughTheirSchemas() {
    sable.seed("shop.json");

    assertThat(customers.customer("c2")).contains(new Customer("c2", "Grace", "grace@example.com"));
    assertThat(orders.ordersByStatus(OrderStatus.PENDING).list()).extracting(Order::orderId).containsExactly("o1", "o3");
    assertThat(orders.get("c1", Instant.parse("2024-05-01T10:00:00Z"), "o1"))
        .map(Order::total).hasValueSatisfying(total -> assertThat(total).isEqualByComparingTo("12.50"));
  }

  @Test
  void seed_whenATableHoldsDynamoDbJsonItems_writesThemAsTheyAre() {
    seed("""
        {"Shop": [
          {"PK": {"S": "CUSTOMER#c5"}, "SK": {"S": "PROFILE"}, "_type": {"S": "Customer"},
           "customerId": {"S": "c5"}, "name": {"S": "Kathleen"}, "email": {"S": "kb@example.com"}},
          {"PutRequest": {"Item": {"PK": {"S": "RAW#1"}, "SK": {"S": "X"}, "n": {"N": "1.50"}, "b": {"B": "AQI="},
           "ok": {"BOOL": true}, "nothing": {"NULL": true}, "tags": {"SS": ["a", "b"]}, "ns": {"NS": ["1", "2"]},
           "list": {"L": [{"S": "x"}, {"N": "2"}]}, "map": {"M": {"k": {"S": "v"}}}}}}
        ]}""");

    assertThat(customers.customer("c5")).map(Customer::name).contains("Kathleen");
    Map<String, AttributeValue> raw = sable.unrecordedDynamoDbClient().getItem(b -> b
        .tableName(sable.tableName(ShopTable.class))
        .key(Map.of("PK", AttributeValue.fromS("RAW#1"), "SK", AttributeValue.fromS("X")))).item();
    assertThat(new BigDecimal(raw.get("n").n())).isEqualByComparingTo("1.5");
    assertThat(raw.get("b").b()).isEqualTo(SdkBytes.fromByteArray(new byte[] {1, 2}));
    assertThat(raw.get("ok").bool()).isTrue();
    assertThat(raw.get("nothing").nul()).isTrue();
    assertThat(raw.get("tags").ss()).containsExactlyInAnyOrder("a", "b");
    assertThat(raw.get("list").l()).extracting(AttributeValue::s).containsExactly("x", null);
    assertThat(raw.get("map").m()).containsEntry("k", AttributeValue.fromS("v"));
  }

  @Test
  void seed_whenAKeyNamesNeitherTableNorEntity_failsListingTheChoices() {
    assertThatThrownBy(() -> seed("{\"Invoice\": []}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Fixture inline.json: \"Invoice\" names neither a table nor an entity of the test's tables;"
            + " expected one of [Shop, Customer, Order]");
  }

  @Test
  void seed_whenADynamoDbJsonValueIsUntyped_failsNamingTheAttribute() {
    assertThatThrownBy(() -> seed("{\"Shop\": [{\"PK\": {\"S\": \"A\"}, \"SK\": \"B\"}]}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Fixture inline.json Shop[0]: Attribute SK: a DynamoDB JSON value is an object with one type key");
  }

  @Test
  void seed_whenAnEntityHasAnUnknownField_failsNamingTheEntity() {
    assertThatThrownBy(() -> seed("{\"Customer\": [{\"customerId\": \"c1\", \"nickname\": \"A\"}]}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Fixture inline.json Customer[0] is not a io.sable.test.shop.Customer")
        .hasMessageContaining("nickname");
  }

  @Test
  void seed_whenTheResourceIsMissing_failsSayingWhereItLooked() {
    assertThatThrownBy(() -> sable.seed("missing.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("No fixture missing.json on the classpath (relative to io.sable.test unless it starts with /)");
  }

  @Test
  void seed_whenWritten_isNotRecorded() {
    sable.seed("shop.json");

    assertThat(sable.recorder().requests()).isEmpty();
    assertThat(orders.ordersOfCustomer("c1").list()).hasSize(2);
    assertThat(sable.recorder().requests()).hasSize(1);
  }

  @Test
  void seed_whenEntitiesHaveDecimals_keepsTheirValue() {
    seed("{\"Order\": [{\"customerId\": \"c4\", \"placedAt\": \"2024-01-02T03:04:05Z\", \"orderId\": \"o4\","
        + " \"status\": \"SHIPPED\", \"total\": 0.10}]}");

    assertThat(orders.ordersOfCustomer("c4").list()).singleElement()
        .satisfies(order -> assertThat(order.total()).isEqualByComparingTo(new BigDecimal("0.10")));
  }
}
