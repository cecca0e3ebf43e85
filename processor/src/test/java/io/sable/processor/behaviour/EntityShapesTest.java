package io.sable.processor.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Records, builders, beans, sealed interfaces, and every field type, stored and read back. */
@ParameterizedClass(name = "on {0}")
@ValueSource(strings = {ShopTest.ENGINE, ShopTest.DYNAMODB_LOCAL})
class EntityShapesTest extends ShopTest {

  private static Customer fullCustomer() {
    return new Customer("c1", "Ada", 3, true, 'A', new byte[] {1, 2}, Optional.of("ada@example.com"),
        new Address("1 Main St", "Springfield", Optional.empty()),
        List.of(new Address("2 Old Rd", "Shelbyville", Optional.of("12345"))), Map.of("newsletter", 1));
  }

  @Test
  void record_withOptionalDocumentsListsAndMaps_roundTrips() {
    Customer customer = fullCustomer();
    shop.customerRepository().put(customer);

    Customer read = shop.customerRepository().customer("c1").orElseThrow();

    assertThat(read).usingRecursiveComparison().isEqualTo(customer);
    Map<String, AttributeValue> item = dynamoDb.getItem(b -> b.tableName(tableName())
        .key(CustomerKeys.primaryKey("c1"))).item();
    assertThat(item.get("fullName").s()).isEqualTo("Ada");
    assertThat(item).doesNotContainKey("name");
    assertThat(item.get("email").s()).isEqualTo("ada@example.com");
    // Nested documents are written as the Enhanced Client writes them: an absent value as NULL.
    assertThat(item.get("address").m()).containsEntry("city", AttributeValue.fromS("Springfield"))
        .containsEntry("postcode", AttributeValue.fromNul(true));
    assertThat(item.get("pastAddresses").l().get(0).m()).containsEntry("postcode", AttributeValue.fromS("12345"));
    assertThat(item.get("preferences").m()).containsEntry("newsletter", AttributeValue.fromN("1"));
  }

  @Test
  void record_whenOptionalEmpty_omitsTheAttribute() {
    Customer customer = CustomerFixtures.customer("c2", 0);
    shop.customerRepository().put(customer);

    Map<String, AttributeValue> item = dynamoDb.getItem(b -> b.tableName(tableName())
        .key(CustomerKeys.primaryKey("c2"))).item();
    assertThat(item).doesNotContainKeys("email", "address");
    assertThat(shop.customerRepository().get("c2")).hasValueSatisfying(c -> assertThat(c.email()).isEmpty());
  }

  @Test
  void builderEntity_withCustomConverter_roundTrips() {
    Product product = Product.builder().sku("p1").price(new Money(new BigDecimal("12.50"), "EUR")).stock(4).build();
    shop.productRepository().put(product);

    assertThat(shop.productRepository().product("p1")).contains(product);
    Map<String, AttributeValue> item = dynamoDb.getItem(b -> b.tableName(tableName())
        .key(ProductKeys.primaryKey("p1"))).item();
    assertThat(item.get("price").s()).isEqualTo("12.50 EUR");
  }

  @Test
  void beanEntity_roundTrips() {
    Review review = new Review("p1", 4, LocalDateTime.parse("2024-05-01T10:15"), "good");
    shop.reviewRepository().put(review);

    assertThat(shop.reviewRepository().get("p1", 4, review.getWrittenAt())).contains(review);
  }

  @Test
  void sealedInterface_storesEachRecordWithItsTypeAndDecodesByIt() {
    Card card = new Card("c1", "m1", "4242", 2030);
    BankAccount account = new BankAccount("c1", "m2", "DE00 1234");
    shop.paymentMethodRepository().put(card);
    shop.paymentMethodRepository().put(account);

    assertThat(shop.paymentMethodRepository().paymentMethodsOf("c1").list()).containsExactly(card, account);
    assertThat(shop.paymentMethodRepository().get("c1", "m2")).contains(account);
    Map<String, AttributeValue> item = dynamoDb.getItem(b -> b.tableName(tableName())
        .key(PaymentMethodKeys.primaryKey(card))).item();
    assertThat(item.get("_type").s()).isEqualTo("Card");
    assertThat(item.get("SK").s()).isEqualTo("PAYMENT#m1");
  }

  @Test
  void update_whenItemAbsent_createsItWithItsKeyFieldsAndEntityType() {
    Customer created = shop.customerRepository().update("c3").setVip(true).setGrade('A').apply();
    Customer updated = shop.customerRepository().update("c3").setName("Bo").setVip(false).apply();

    assertThat(created.vip()).isTrue();
    assertThat(created.grade()).isEqualTo('A');
    assertThat(updated.customerId()).isEqualTo("c3");
    assertThat(updated.name()).isEqualTo("Bo");
    assertThat(updated.vip()).isFalse();
    assertThat(updated.grade()).isEqualTo('A');
    // orders fills the ByRank sort key, so updates cannot set it, and the item is not ranked until put.
    assertThat(shop.customerRepository().byOrderCount().list()).isEmpty();
    assertThat(shop.customerRepository().customer("c3")).contains(updated);
  }

  @Test
  void update_whenIndexKeyComesFromKeyFields_setsItSoTheCreatedItemIsIndexed() {
    Counter created = shop.counterRepository().update("hits").addValue(5).setLimit(100L).apply();
    Counter added = shop.counterRepository().update("hits").addValue(2).removeLimit().apply();

    assertThat(created).isEqualTo(new Counter("hits", 5, 100L));
    assertThat(added).isEqualTo(new Counter("hits", 7, null));
    assertThat(shop.counterRepository().counters().list()).containsExactly(added);
    assertThat(shop.counterRepository().counters().beginsWith("h").list()).containsExactly(added);
  }

  @Test
  void schema_whenUsedByTheEnhancedClient_readsAndWritesTheSameItems() {
    DynamoDbEnhancedClient enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(dynamoDb).build();
    var table = enhanced.table(tableName(), CustomerSchema.INSTANCE);
    Customer customer = fullCustomer();

    table.putItem(customer);

    assertThat(shop.customerRepository().get("c1")).hasValueSatisfying(c -> assertThat(c.name()).isEqualTo("Ada"));
    Customer read = table.getItem(Key.builder().partitionValue("CUSTOMER#c1").sortValue("PROFILE").build());
    assertThat(read).usingRecursiveComparison().isEqualTo(customer);
  }

  @Test
  void delete_whenCalledWithKeyOrEntity_removesTheItem() {
    Customer customer = CustomerFixtures.customer("c4", 1);
    shop.customerRepository().put(customer);
    shop.customerRepository().delete("c4");
    assertThat(shop.customerRepository().get("c4")).isEmpty();

    shop.customerRepository().put(customer);
    shop.customerRepository().delete(customer);
    assertThat(shop.customerRepository().get("c4")).isEmpty();
  }
}
