package io.sable.samples.ecommerce;

import io.sable.runtime.write.Transaction;
import io.sable.runtime.write.TransactionFailedException;
import io.sable.runtime.write.TransactionFailedException.Failure;
import io.sable.runtime.write.TransactionFailedException.Reason;
import io.sable.samples.ecommerce.model.Customer;
import io.sable.samples.ecommerce.model.Order;
import io.sable.samples.ecommerce.model.OrderAttributes;
import io.sable.samples.ecommerce.model.OrderLine;
import io.sable.samples.ecommerce.model.OrderStatus;
import io.sable.samples.ecommerce.model.Product;
import io.sable.samples.ecommerce.model.ProductAttributes;
import io.sable.samples.ecommerce.model.ProductKeys;
import io.sable.samples.ecommerce.model.ShopTable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Places orders: one DynamoDB transaction creates the order and its lines, takes each product's
 * quantity from its stock on the condition that enough remains at the price the customer saw, and
 * bumps the customer's order count under its {@code @Version}. Either all of it happens or none.
 *
 * <p>A transaction holds at most 100 actions, and this one takes two per product plus two, so an
 * order has at most {@value #MAX_PRODUCTS} products.
 */
public final class Checkout {

  /** The most distinct products in one order: (100 actions - order - customer) / (line + stock). */
  public static final int MAX_PRODUCTS = 49;

  /** Attempts when another writer changes the customer or holds an item between our read and our write. */
  static final int MAX_ATTEMPTS = 3;

  /** An order that was placed, and its lines. */
  public record Placed(Order order, List<OrderLine> lines) {}

  /** Why an order cannot be placed; nothing was written. */
  public static class CheckoutException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CheckoutException(String message) {
      super(message);
    }
  }

  /**
   * Thrown when a product has fewer in stock than the order asks for; nothing was written.
   *
   * @see #shortages()
   */
  public static final class OutOfStockException extends CheckoutException {
    private static final long serialVersionUID = 1L;

    /** One product that is short: how many were asked for and how many are left. */
    public record Shortage(String productId, int requested, int inStock) {}

    private final transient List<Shortage> shortages;

    OutOfStockException(List<Shortage> shortages) {
      super("not enough stock, nothing was ordered: " + String.join(", ", shortages.stream()
          .map(s -> s.productId() + " (" + s.requested() + " requested, " + s.inStock() + " in stock)").toList()));
      this.shortages = List.copyOf(shortages);
    }

    /** The products that are short, in the order's order. */
    public List<Shortage> shortages() {
      return shortages;
    }
  }

  private final ShopTable shop;

  /** Checkout on this shop's table. */
  public Checkout(ShopTable shop) {
    this.shop = shop;
  }

  /**
   * Places an order dated {@code today}.
   *
   * @param userId the customer
   * @param quantities how many of each product, each at least 1; the lines follow the map's iteration order
   * @return the order, as stored
   * @throws IllegalArgumentException if there are no products, more than {@value #MAX_PRODUCTS}, or
   *     a quantity below 1
   * @throws CheckoutException if the customer or a product does not exist, or a product's price
   *     changed between reading it and ordering it
   * @throws OutOfStockException if a product has too few in stock
   * @throws TransactionFailedException if other writers kept changing the customer or holding the
   *     items through {@value #MAX_ATTEMPTS} attempts
   */
  public Placed placeOrder(String userId, Map<String, Integer> quantities, LocalDate today) {
    if (quantities.isEmpty() || quantities.size() > MAX_PRODUCTS) {
      throw new IllegalArgumentException("An order has 1 to " + MAX_PRODUCTS + " products, not "
          + quantities.size());
    }
    quantities.forEach((productId, quantity) -> {
      if (quantity < 1) {
        throw new IllegalArgumentException("The quantity of " + productId + " must be at least 1, not " + quantity);
      }
    });
    for (int attempt = 1; ; attempt++) {
      try {
        return attempt(userId, quantities, today);
      } catch (TransactionFailedException e) {
        if (attempt == MAX_ATTEMPTS || !e.failures().stream().allMatch(Checkout::isRace)) {
          throw e;
        }
      }
    }
  }

  private Placed attempt(String userId, Map<String, Integer> quantities, LocalDate today) {
    Customer customer = shop.customerRepository().getConsistent(userId)
        .orElseThrow(() -> new CheckoutException("no customer '" + userId + "'"));
    String orderId = customer.nextOrderId();
    List<OrderLine> lines = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (Map.Entry<String, Integer> entry : quantities.entrySet()) {
      Product product = shop.productRepository().getConsistent(entry.getKey())
          .orElseThrow(() -> new CheckoutException("no product '" + entry.getKey() + "'"));
      OrderLine line = new OrderLine(orderId, product.productId(), product.name(), entry.getValue(), product.price());
      lines.add(line);
      total = total.add(line.amount());
    }
    Order order = new Order(userId, orderId, OrderStatus.PENDING, today, total, lines.size());

    Transaction transaction = shop.transaction()
        .put(shop.orderRepository(), order, OrderAttributes.ORDER_ID.notExists());
    lines.forEach(line -> transaction.put(shop.orderLineRepository(), line));
    for (OrderLine line : lines) {
      transaction.update(shop.productRepository().update(line.productId())
          .addStock(-line.quantity())
          .condition(ProductAttributes.STOCK.greaterThanOrEqualTo(line.quantity())
              .and(ProductAttributes.PRICE.equalTo(line.unitPrice()))));
    }
    transaction.update(shop.customerRepository().update(userId, customer.version()).addOrderCount(1));
    try {
      transaction.execute();
    } catch (TransactionFailedException e) {
      throw explain(e, lines);
    }
    return new Placed(order, lines);
  }

  /** Whether retrying could succeed: another writer changed the customer, or held an item. */
  private static boolean isRace(Failure failure) {
    return failure.reason() == Reason.STALE_VERSION || failure.reason() == Reason.CONFLICT;
  }

  /**
   * The exception that says why a cancelled order failed, in the shop's terms: products short of
   * stock (re-read, so that it says how many are left), or products whose price changed or that
   * were withdrawn since they were read; otherwise the cancellation itself.
   */
  private RuntimeException explain(TransactionFailedException e, List<OrderLine> lines) {
    List<OutOfStockException.Shortage> shortages = new ArrayList<>();
    List<String> changes = new ArrayList<>();
    for (Failure failure : e.failures()) {
      if (failure.reason() != Reason.CONDITION_FAILED || !failure.entityType().equals("Product")) {
        continue;
      }
      String productId = ProductKeys.decodePrimaryKey(failure.key()).productId();
      OrderLine line = lines.stream().filter(l -> l.productId().equals(productId)).findFirst().orElseThrow();
      Optional<Product> now = shop.productRepository().getConsistent(productId);
      if (now.isEmpty()) {
        changes.add(productId + " is no longer sold");
      } else if (now.get().stock() < line.quantity()) {
        shortages.add(new OutOfStockException.Shortage(productId, line.quantity(), now.get().stock()));
      } else if (now.get().price().compareTo(line.unitPrice()) != 0) {
        changes.add("the price of " + productId + " changed from $" + line.unitPrice() + " to $" + now.get().price());
      }
    }
    if (!shortages.isEmpty()) {
      return new OutOfStockException(shortages);
    }
    return changes.isEmpty() ? e : new CheckoutException(String.join("; ", changes) + "; nothing was ordered");
  }
}
