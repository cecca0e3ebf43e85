package io.sable.test;

import static io.sable.test.SableAssertions.assertThatAccessPattern;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sable.test.shop.Customer;
import io.sable.test.shop.CustomerRepository;
import io.sable.test.shop.Order;
import io.sable.test.shop.OrderRepository;
import io.sable.test.shop.OrderStatus;
import io.sable.test.shop.ShopTable;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Capacity assertions, with the same expected units on the engine and on DynamoDB Local (this
 * module's second run), which both report {@code ConsumedCapacity}. The units follow DynamoDB's rules: an eventually consistent read costs half a unit per 4
 * KB read (rounded up over the whole Query), a write one unit per 1 KB per table or index written.
 */
@SableTest(tables = ShopTable.class, fixtures = "shop.json")
class CapacityAssertionsTest {

  OrderRepository orders;
  CustomerRepository customers;

  @Test
  void ordersByStatus_whenTwoSmallOrdersMatch_readsHalfAUnitFromGsi1() {
    assertThatAccessPattern(() -> orders.ordersByStatus(OrderStatus.PENDING).list())
        .usedIndex("GSI1")
        .readAtMostCapacityUnits(0.5)
        .consumedCapacityUnits().isEqualTo(0.5);
  }

  @Test
  void customer_whenRead_costsHalfAUnit() {
    assertThatAccessPattern(() -> customers.customer("c1")).isGetItem().consumedCapacityUnits().isEqualTo(0.5);
  }

  @Test
  void put_whenTheItemIsInGsi1_writesOneUnitToTheTableAndOneToTheIndex() {
    Order order = new Order("c2", Instant.parse("2024-06-01T08:00:00Z"), "o9", OrderStatus.PENDING, BigDecimal.TEN);

    assertThatAccessPattern(() -> orders.put(order)).wroteAtMostCapacityUnits(2.0).consumedCapacityUnits().isEqualTo(2.0);
  }

  @Test
  void put_whenTheItemIsInNoIndex_writesOneUnit() {
    assertThatAccessPattern(() -> customers.put(new Customer("c7", "Barbara", "bl@example.com")))
        .consumedCapacityUnits().isEqualTo(1.0);
  }

  @Test
  void readAtMostCapacityUnits_whenThePatternReadMore_failsWithTheUnitsConsumed() {
    assertThatThrownBy(() -> assertThatAccessPattern(() -> orders.ordersByStatus(OrderStatus.PENDING).list())
        .readAtMostCapacityUnits(0.1))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to consume at most 0.1 capacity units, but they consumed 0.5")
        .hasMessageContaining("Query Shop index GSI1 [GSI1PK = \"STATUS#PENDING\"]: read 2, returned 2, 0.5 capacity units");
  }

  @Test
  void wroteAtMostCapacityUnits_whenThePatternOnlyRead_failsSayingThereWasNoWrite() {
    assertThatThrownBy(() -> assertThatAccessPattern(() -> customers.customer("c1")).wroteAtMostCapacityUnits(1))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected the access pattern to send write requests");
  }
}
