package io.sable.processor.behaviour;

import static io.sable.processor.behaviour.KeysAndQueriesTest.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sable.runtime.EntityTypeMismatchException;
import io.sable.runtime.batch.BatchWriteResult;
import io.sable.runtime.batch.EntitiesRead;
import io.sable.runtime.schema.UnknownItem;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Batch reads and writes of several entity types through the generated table and repositories:
 * chunked to DynamoDB's limits (BatchWriteItem takes 25 requests, BatchGetItem 100 keys), entities
 * decoded by their stored type, and the entities whose rules a batch request cannot carry refused.
 */
@ParameterizedClass(name = "on {0}")
@ValueSource(strings = {ShopTest.ENGINE, ShopTest.DYNAMODB_LOCAL})
class BatchesTest extends ShopTest {

  private static final Duration DEADLINE = Duration.ofSeconds(10);

  private static Product product(int n) {
    return Product.builder().sku("p" + n).price(new Money(new BigDecimal(n + ".50"), "EUR")).stock(n).build();
  }

  private static List<Product> products(int count) {
    return IntStream.range(0, count).mapToObj(BatchesTest::product).toList();
  }

  @Test
  void batchWrite_whenSeveralEntityTypesOverOneCall_writesAndDeletesEachInChunksOf25() {
    List<Product> products = products(40);
    List<Order> orders = IntStream.range(0, 15)
        .mapToObj(n -> order("c1", "2024-05-01T00:00:00Z", n, Status.PENDING, "1")).toList();
    shop.cartItemRepository().put(new CartItem("cart", "p1", 2, null));

    BatchWriteResult result = shop.batchWrite()
        .putAll(shop.productRepository(), products)
        .putAll(shop.orderRepository(), orders)
        .put(shop.counterRepository(), new Counter("orders", 15, null))
        .delete(shop.cartItemRepository(), CartItemKeys.primaryKey("cart", "p1"))
        .execute(DEADLINE);

    assertThat(result.complete()).isTrue();
    assertThat(shop.productRepository().allProducts().list()).containsExactlyInAnyOrderElementsOf(products);
    assertThat(shop.orderRepository().ordersOf("c1").list()).containsExactlyInAnyOrderElementsOf(orders);
    assertThat(shop.counterRepository().get("orders")).contains(new Counter("orders", 15, null));
    assertThat(shop.cartItemRepository().get("cart", "p1")).isEmpty();
  }

  @Test
  void batchWrite_whenOneItemIsWrittenTwice_keepsTheLaterWriteInsteadOfFailingTheCall() {
    shop.batchWrite()
        .put(shop.productRepository(), product(1))
        .delete(shop.productRepository(), product(1))
        .put(shop.productRepository(), product(2))
        .put(shop.productRepository(), Product.builder().sku("p2").price(new Money(BigDecimal.ONE, "USD")).stock(9).build())
        .execute(DEADLINE);

    assertThat(shop.productRepository().get("p1")).isEmpty();
    assertThat(shop.productRepository().get("p2")).map(Product::getStock).contains(9);
  }

  @Test
  void batchWrite_whenEntityHasVersionOrUniqueFields_isRefusedBeforeAnythingIsSent() {
    assertThatThrownBy(() -> shop.batchWrite().put(shop.accountRepository(), new Account("a", 1, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Account has the @Version attribute version: a BatchWriteItem request cannot carry its "
            + "condition; write it with its repository or a Transaction");
    assertThatThrownBy(() -> shop.batchWrite().delete(shop.customerRepository(), CustomerKeys.primaryKey("c1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Customer has the @Unique attributes email");
    assertThatThrownBy(() -> shop.accountRepository().putAll(List.of(new Account("a", 1, 0)), DEADLINE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(shop.accountRepository().get("a")).isEmpty();
  }

  @Test
  void getAll_onTable_decodesEachItemIntoItsOwnClassAndSkipsAbsentKeys() {
    List<Product> products = products(120);
    shop.productRepository().putAll(products);
    Order order = shop.orderRepository().put(order("c1", "2024-05-01T00:00:00Z", 1, Status.SHIPPED, "3"));
    shop.tableClient().dynamoDb().putItem(b -> b.tableName(tableName()).item(Map.of(
        "PK", AttributeValue.fromS("LEGACY#1"), "SK", AttributeValue.fromS("X"),
        "_type", AttributeValue.fromS("Legacy"))));
    List<Map<String, AttributeValue>> keys = new ArrayList<>();
    products.forEach(p -> keys.add(ProductKeys.primaryKey(p)));
    keys.add(OrderKeys.primaryKey(order));
    keys.add(ProductKeys.primaryKey("absent"));
    keys.add(Map.of("PK", AttributeValue.fromS("LEGACY#1"), "SK", AttributeValue.fromS("X")));

    EntitiesRead<Object> read = shop.getAll(keys, DEADLINE);

    assertThat(read.complete()).isTrue();
    assertThat(read.entities()).hasSize(122);
    assertThat(read.entities(Product.class)).containsExactlyInAnyOrderElementsOf(products);
    assertThat(read.entities(Order.class)).containsExactly(order);
    assertThat(read.entities(UnknownItem.class)).singleElement()
        .satisfies(unknown -> assertThat(unknown.entityType()).isEqualTo("Legacy"));
  }

  @Test
  void repositoryBatches_putReadAndDeleteManyEntitiesOfTheirType() {
    List<Product> products = products(60);
    List<Map<String, AttributeValue>> keys = products.stream().map(ProductKeys::primaryKey).toList();

    assertThat(shop.productRepository().putAll(products, DEADLINE).complete()).isTrue();
    assertThat(shop.productRepository().getAll(keys, DEADLINE).entities()).containsExactlyInAnyOrderElementsOf(products);
    assertThat(shop.productRepository().deleteAll(keys.subList(0, 50), DEADLINE).complete()).isTrue();
    assertThat(shop.productRepository().getAll(keys, DEADLINE).entities())
        .containsExactlyInAnyOrderElementsOf(products.subList(50, 60));
  }

  @Test
  void repositoryGetAll_whenAKeyHoldsAnotherEntityType_failsNamingBothTypes() {
    shop.counterRepository().put(new Counter("c", 1, null));
    Map<String, AttributeValue> counterKey = CounterKeys.primaryKey("c");

    assertThatThrownBy(() -> shop.productRepository().getAll(List.of(counterKey), DEADLINE))
        .isInstanceOf(EntityTypeMismatchException.class)
        .hasMessageContaining("Counter")
        .hasMessageContaining("Product");
    assertThat(shop.getAll(List.of(counterKey), DEADLINE).entities()).containsExactly(new Counter("c", 1, null));
  }
}
