package io.sable.samples.ecommerce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.sable.runtime.write.UniqueConstraintException;
import io.sable.samples.ecommerce.Checkout.CheckoutException;
import io.sable.samples.ecommerce.Checkout.OutOfStockException;
import io.sable.samples.ecommerce.Checkout.OutOfStockException.Shortage;
import io.sable.samples.ecommerce.model.Customer;
import io.sable.samples.ecommerce.model.Order;
import io.sable.samples.ecommerce.model.OrderLine;
import io.sable.samples.ecommerce.model.OrderStatus;
import io.sable.samples.ecommerce.model.Product;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Placing orders in one transaction, and registering customers with unique e-mail addresses. */
@ParameterizedClass(name = "on {0}")
@ValueSource(strings = {ShopOnBothBackends.ENGINE, ShopOnBothBackends.DYNAMODB_LOCAL})
class CheckoutTest extends ShopOnBothBackends {

  private static Map<String, Integer> quantities(Object... productsAndQuantities) {
    Map<String, Integer> quantities = new LinkedHashMap<>();
    for (int i = 0; i < productsAndQuantities.length; i += 2) {
      quantities.put((String) productsAndQuantities[i], (Integer) productsAndQuantities[i + 1]);
    }
    return quantities;
  }

  private int stock(String productId) {
    return shop.productRepository().product(productId).map(Product::stock).orElseThrow();
  }

  @Test
  void placeOrder_whenStockSuffices_writesOrderAndLinesTakesStockAndCountsTheOrder() {
    Customer before = shop.customerRepository().customer("maren").orElseThrow();

    Checkout.Placed placed = new Checkout(shop).placeOrder("maren", quantities("TENT-2P", 2, "SOCK-3PK", 1), TODAY);

    Order expected = new Order("maren", "maren-0004", OrderStatus.PENDING, TODAY, new BigDecimal("530.00"), 2);
    assertThat(placed.order()).isEqualTo(expected);
    assertThat(before.orderCount()).isEqualTo(3);
    assertThat(shop.orderRepository().order("maren-0004").list())
        .singleElement().satisfies(o -> {
          assertThat(o.orderId()).isEqualTo("maren-0004");
          assertThat(o.total()).isEqualByComparingTo("530.00");
        });
    assertThat(shop.orderLineRepository().linesOf("maren-0004").list())
        .extracting(OrderLine::productId, OrderLine::quantity)
        .containsExactly(tuple("SOCK-3PK", 1), tuple("TENT-2P", 2));
    assertThat(stock("TENT-2P")).isEqualTo(6 - 2);
    assertThat(stock("SOCK-3PK")).isEqualTo(40 - 1);
    assertThat(shop.customerRepository().customer("maren")).hasValueSatisfying(c -> {
      assertThat(c.orderCount()).isEqualTo(4);
      assertThat(c.version()).isEqualTo(before.version() + 1);
    });
    assertThat(shop.orderRepository().ordersByStatusOn(OrderStatus.PENDING, TODAY).list())
        .extracting(Order::orderId).contains("maren-0004");
  }

  @Test
  void placeOrder_whenProductsAreShort_changesNothingAndNamesEveryShortProduct() {
    List<Map<String, AttributeValue>> before = everyItem();

    assertThatThrownBy(() -> new Checkout(shop)
            .placeOrder("tomas", quantities("TENT-2P", 1, "TENT-4P", 3, "POT-SET", 1), TODAY))
        .isInstanceOfSatisfying(OutOfStockException.class, e -> assertThat(e.shortages())
            .containsExactly(new Shortage("TENT-4P", 3, 2), new Shortage("POT-SET", 1, 0)))
        .hasMessage("not enough stock, nothing was ordered: TENT-4P (3 requested, 2 in stock), "
            + "POT-SET (1 requested, 0 in stock)");
    assertThat(everyItem()).isEqualTo(before);
  }

  @Test
  void placeOrder_whenCustomerOrProductIsUnknown_changesNothing() {
    List<Map<String, AttributeValue>> before = everyItem();
    Checkout checkout = new Checkout(shop);

    assertThatThrownBy(() -> checkout.placeOrder("nobody", quantities("TENT-2P", 1), TODAY))
        .isInstanceOf(CheckoutException.class).hasMessage("no customer 'nobody'");
    assertThatThrownBy(() -> checkout.placeOrder("tomas", quantities("TENT-2P", 1, "KAYAK", 1), TODAY))
        .isInstanceOf(CheckoutException.class).hasMessage("no product 'KAYAK'");
    assertThat(everyItem()).isEqualTo(before);
  }

  @Test
  void placeOrder_whenAQuantityIsBelowOne_isRejectedBeforeAnyRead() {
    assertThatThrownBy(() -> new Checkout(shop).placeOrder("tomas", quantities("TENT-2P", 0), TODAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The quantity of TENT-2P must be at least 1, not 0");
  }

  @Test
  void placeOrder_twiceInARow_numbersTheOrdersAndTakesStockTwice() {
    Checkout checkout = new Checkout(shop);

    checkout.placeOrder("ivo", quantities("BOOT-M42", 2), TODAY);
    checkout.placeOrder("ivo", quantities("BOOT-M42", 1), TODAY);

    assertThat(shop.orderRepository().ordersOf("ivo").list()).extracting(Order::orderId)
        .containsExactly("ivo-0001", "ivo-0002", "ivo-0003", "ivo-0004");
    assertThat(stock("BOOT-M42")).isZero();
    assertThatThrownBy(() -> checkout.placeOrder("ivo", quantities("BOOT-M42", 1), TODAY))
        .isInstanceOf(OutOfStockException.class);
  }

  @Test
  void register_whenEmailIsTaken_writesNothing() {
    List<Map<String, AttributeValue>> before = everyItem();

    assertThatThrownBy(() -> shop.customerRepository().put(Customer.register("zoe", "Zoe", "maren.holt@example.com")))
        .isInstanceOf(UniqueConstraintException.class)
        .hasMessage("Customer.email 'maren.holt@example.com' is already used by another Customer");
    assertThat(everyItem()).isEqualTo(before);
    assertThat(shop.customerRepository().put(Customer.register("zoe", "Zoe", "zoe@example.com")).version())
        .isEqualTo(1);
  }
}
