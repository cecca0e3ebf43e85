package io.sable.processor.behaviour;

import static io.sable.processor.behaviour.KeysAndQueriesTest.order;
import static org.assertj.core.api.Assertions.assertThat;

import io.sable.runtime.query.CollectionPage;
import io.sable.runtime.schema.UnknownItem;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Typed item collections, filters and projections with generated attributes, and declared scans. */
@ParameterizedClass(name = "on {0}")
@ValueSource(strings = {ShopTest.ENGINE, ShopTest.DYNAMODB_LOCAL})
class CollectionsAndFiltersTest extends ShopTest {

  private void seedCustomer() {
    shop.customerRepository().put(CustomerFixtures.customer("c1", 2));
    shop.orderRepository().put(order("c1", "2024-05-01T00:00:00Z", 1, Status.PENDING, "3"));
    shop.orderRepository().put(order("c1", "2024-05-02T00:00:00Z", 2, Status.SHIPPED, "70"));
    shop.paymentMethodRepository().put(new Card("c1", "m1", "4242", 2030));
    dynamoDb.putItem(b -> b.tableName(tableName()).item(Map.of(
        "PK", AttributeValue.fromS("CUSTOMER#c1"), "SK", AttributeValue.fromS("WISHLIST"),
        "_type", AttributeValue.fromS("Wishlist"))));
  }

  @Test
  void itemCollection_whenRead_groupsItsItemsByType() {
    seedCustomer();

    CustomerCollection collection = shop.customerCollection("c1").get();

    assertThat(collection.customer()).hasValueSatisfying(c -> assertThat(c.orders()).isEqualTo(2));
    assertThat(collection.orders()).extracting(Order::items).containsExactly(1, 2);
    assertThat(collection.paymentMethods()).containsExactly(new Card("c1", "m1", "4242", 2030));
  }

  @Test
  void itemCollection_whenPaged_returnsEachItemOnce() {
    seedCustomer();

    CollectionPage<CustomerCollection> first = shop.customerCollection("c1").limit(2).page();
    CollectionPage<CustomerCollection> rest = shop.customerCollection("c1").startAfter(first.cursor().orElseThrow())
        .page();

    assertThat(first.collection().orders()).hasSize(2);
    assertThat(first.collection().customer()).isEmpty();
    assertThat(rest.collection().customer()).isPresent();
    assertThat(rest.collection().paymentMethods()).hasSize(1);
  }

  @Test
  void collection_whenPartitionHoldsAnUnknownType_returnsItUndecoded() {
    seedCustomer();

    List<Object> items = shop.collection(CustomerKeys.partitionKey("c1")).list();

    assertThat(items).hasSize(5);
    assertThat(items).filteredOn(UnknownItem.class::isInstance).singleElement()
        .satisfies(unknown -> assertThat(((UnknownItem) unknown).entityType()).isEqualTo("Wishlist"));
  }

  @Test
  void filter_withGeneratedAttributes_keepsMatchingItems() {
    seedCustomer();

    assertThat(shop.orderRepository().ordersOf("c1").filter(OrderAttributes.TOTAL.greaterThan(new BigDecimal("10")))
        .list()).extracting(Order::items).containsExactly(2);
    assertThat(shop.orderRepository().ordersOf("c1")
        .filter(OrderAttributes.STATUS.in(Status.PENDING, Status.DELIVERED).and(OrderAttributes.NOTE.notExists()))
        .list()).extracting(Order::items).containsExactly(1);
    assertThat(shop.orderRepository().ordersOf("c1").filter(OrderAttributes.LABELS.contains("l2")).list())
        .extracting(Order::items).containsExactly(2);
    assertThat(shop.orderRepository().ordersOf("c1").filter(OrderAttributes.TAGS.size().equalTo(1).not()).list())
        .isEmpty();
  }

  @Test
  void project_readsOnlyTheNamedAttributes() {
    seedCustomer();

    List<Order> orders = shop.orderRepository().ordersOf("c1").project(OrderAttributes.TOTAL).list();

    assertThat(orders).extracting(o -> o.total().toPlainString()).containsExactly("3", "70");
    assertThat(orders).allSatisfy(o -> assertThat(o.status()).isNull());
  }

  @Test
  void scanPattern_readsEveryItemOfTheEntityType() {
    seedCustomer();
    shop.productRepository().put(Product.builder().sku("p1").price(new Money(BigDecimal.ONE, "EUR")).stock(1).build());
    shop.productRepository().put(Product.builder().sku("p2").price(new Money(BigDecimal.TEN, "EUR")).stock(0).build());

    assertThat(shop.productRepository().allProducts().list()).extracting(Product::getSku)
        .containsExactlyInAnyOrder("p1", "p2");
    assertThat(shop.productRepository().allProducts().filter(ProductAttributes.STOCK.greaterThan(0)).list())
        .extracting(Product::getSku).containsExactly("p1");
  }
}
