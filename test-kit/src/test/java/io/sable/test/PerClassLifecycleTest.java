package io.sable.test;

import static org.assertj.core.api.Assertions.assertThat;

import io.sable.test.shop.Customer;
import io.sable.test.shop.CustomerRepository;
import io.sable.test.shop.ShopTable;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** {@link TableLifecycle#PER_CLASS}: fixtures written once, and what one test writes the next sees. */
@SableTest(tables = ShopTable.class, lifecycle = TableLifecycle.PER_CLASS, fixtures = "shop.json")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PerClassLifecycleTest {

  CustomerRepository customers;

  @Test
  @Order(1)
  void firstTest_whenItWrites_addsToTheFixtures() {
    customers.put(new Customer("c9", "Alan", "alan@example.com"));

    assertThat(customers.customer("c1")).isPresent();
  }

  @Test
  @Order(2)
  void secondTest_whenTheTablesAreShared_seesTheFirstTestsWrite() {
    assertThat(customers.customer("c9")).map(Customer::name).contains("Alan");
    assertThat(customers.allCustomers().list()).hasSize(3);
  }
}
