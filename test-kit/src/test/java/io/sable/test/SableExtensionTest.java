package io.sable.test;

import static org.assertj.core.api.Assertions.assertThat;

import io.sable.engine.ManualClock;
import io.sable.test.shop.Customer;
import io.sable.test.shop.CustomerRepository;
import io.sable.test.shop.ShopTable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** What {@link SableTest} sets up: injection, table lifecycles, names and the clock. */
@SableTest(tables = ShopTable.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SableExtensionTest {

  ShopTable table;
  CustomerRepository customers;
  DynamoDbClient dynamoDb;
  ManualClock clock;
  SableTestContext sable;
  final String notInjected = "kept";

  @Test
  @Order(1)
  void fields_whenTheClassIsSetUp_areInjectedFromOneContext() {
    assertThat(sable).isNotNull();
    assertThat(table).isSameAs(sable.table(ShopTable.class));
    assertThat(customers).isSameAs(sable.repository(CustomerRepository.class));
    assertThat(dynamoDb).isSameAs(sable.dynamoDbClient());
    assertThat(clock).isSameAs(sable.clock());
    assertThat(notInjected).isEqualTo("kept");
  }

  @Test
  @Order(2)
  void parameters_whenDeclared_areResolvedLikeFields(CustomerRepository repository, Clock anyClock, AccessPatternRecorder recorder) {
    assertThat(repository).isSameAs(customers);
    assertThat(anyClock).isSameAs(clock);
    assertThat(recorder).isSameAs(sable.recorder());
  }

  @Test
  @Order(3)
  void perTest_whenATestWrites_theItemIsThereForThatTest() {
    customers.put(new Customer("c1", "Ada", "ada@example.com"));
    clock.advance(Duration.ofDays(3));

    assertThat(customers.customer("c1")).isPresent();
  }

  @Test
  @Order(4)
  void perTest_whenTheNextTestStarts_tablesAndClockAreFresh() {
    assertThat(customers.customer("c1")).isEmpty();
    assertThat(clock.instant()).isEqualTo(Instant.parse(SableTestContext.CLOCK_START));
  }

  @Test
  void tableName_onEachBackend_isTheDeclaredNameOrAPrefixedOne() {
    String name = sable.tableName(ShopTable.class);
    if (sable.isEngine()) {
      assertThat(name).isEqualTo("Shop");
      assertThat(sable.endpoint()).isEmpty();
    } else {
      assertThat(name).matches("sable_test_[0-9a-f]{8}_Shop");
      assertThat(sable.endpoint()).isPresent();
    }
    assertThat(dynamoDb.describeTable(b -> b.tableName(name)).table().tableName()).isEqualTo(name);
  }

  @Test
  void clock_onTheEngine_datesTheTables() {
    if (sable.isEngine()) {
      assertThat(dynamoDb.describeTable(b -> b.tableName("Shop")).table().creationDateTime())
          .isEqualTo(Instant.parse(SableTestContext.CLOCK_START));
    } else {
      // DynamoDB keeps its own time: the clock does not reach it.
      assertThat(dynamoDb.describeTable(b -> b.tableName(sable.tableName(ShopTable.class))).table().creationDateTime())
          .isNotEqualTo(Instant.parse(SableTestContext.CLOCK_START));
    }
  }

  @Test
  void sweepExpiredItems_whenTheClockPassesAnItemsTimeToLive_deletesItThenAndOnlyThen() {
    String name = sable.tableName(ShopTable.class);
    Map<String, AttributeValue> key = Map.of("PK", AttributeValue.fromS("SESSION#1"), "SK", AttributeValue.fromS("SESSION"));
    Map<String, AttributeValue> item = new HashMap<>(key);
    item.put("expiresAt", AttributeValue.fromN(Long.toString(clock.instant().plus(Duration.ofHours(1)).getEpochSecond())));
    dynamoDb.updateTimeToLive(b -> b.tableName(name)
        .timeToLiveSpecification(s -> s.attributeName("expiresAt").enabled(true)));
    dynamoDb.putItem(b -> b.tableName(name).item(item));

    assertThat(sable.sweepExpiredItems()).as("an hour before it expires").isZero();
    clock.advance(Duration.ofHours(2));

    assertThat(sable.sweepExpiredItems()).as("an hour after").isEqualTo(1);
    assertThat(dynamoDb.getItem(b -> b.tableName(name).key(key)).hasItem()).isFalse();
  }

  /** A nested class shares its outer class's context; here the tables are kept across its tests. */
  @Nested
  @SableTest(tables = ShopTable.class, lifecycle = TableLifecycle.PER_CLASS)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  class SharedWithOuter {
    CustomerRepository nestedCustomers;

    @Test
    void context_whenNested_isTheOuterClasses() {
      assertThat(nestedCustomers).isSameAs(customers);
    }
  }
}
