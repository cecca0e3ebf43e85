package io.sable.samples.ecommerce.data;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sable.samples.ecommerce.model.Card;
import io.sable.samples.ecommerce.model.Customer;
import io.sable.samples.ecommerce.model.Order;
import io.sable.samples.ecommerce.model.OrderLine;
import io.sable.samples.ecommerce.model.OrderStatus;
import io.sable.samples.ecommerce.model.PayPal;
import io.sable.samples.ecommerce.model.PaymentMethod;
import io.sable.samples.ecommerce.model.Product;
import io.sable.samples.ecommerce.model.Review;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The sample shop of {@code catalog.json}, as entities: an invented catalogue, its customers, their
 * payment methods, reviews and past orders. Dates in the file are days before the shop's date, so
 * that "pending this week" means the same whenever the sample runs.
 *
 * @param products the catalogue, with the stock left after the past orders
 * @param customers the customers, each with the count of its past orders
 * @param paymentMethods the customers' payment methods
 * @param reviews the products' reviews
 * @param orders the past orders, with ids {@code <userId>-0001} upwards in the file's order
 * @param lines the past orders' lines, at the catalogue's prices
 */
public record ShopData(
    List<Product> products,
    List<Customer> customers,
    List<PaymentMethod> paymentMethods,
    List<Review> reviews,
    List<Order> orders,
    List<OrderLine> lines) {

  /** What {@code catalog.json} holds. */
  private record File(
      List<Product> products,
      List<CustomerEntry> customers,
      List<PaymentEntry> paymentMethods,
      List<ReviewEntry> reviews,
      List<OrderEntry> orders) {}

  private record CustomerEntry(String userId, String name, String email) {}

  private record PaymentEntry(
      String kind, String userId, String methodId, String brand, String last4, String expires, String account) {}

  private record ReviewEntry(String productId, String reviewId, String userId, int rating, int daysAgo, String text) {}

  private record OrderEntry(String userId, int daysAgo, OrderStatus status, List<LineEntry> lines) {}

  private record LineEntry(String productId, int quantity) {}

  /**
   * Reads {@code catalog.json}, dating it relative to {@code today}.
   *
   * @throws UncheckedIOException if the resource cannot be read
   * @throws IllegalStateException if the file names an unknown customer or product, or a payment
   *     method of an unknown kind
   */
  public static ShopData read(LocalDate today) {
    File file;
    try (InputStream in = ShopData.class.getResourceAsStream("catalog.json")) {
      if (in == null) {
        throw new IllegalStateException("catalog.json is missing from the class path");
      }
      file = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(in, File.class);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read catalog.json", e);
    }
    Map<String, Product> products = file.products().stream()
        .collect(Collectors.toMap(Product::productId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    Map<String, Integer> orderCounts = new HashMap<>();
    List<Order> orders = new ArrayList<>();
    List<OrderLine> lines = new ArrayList<>();
    for (OrderEntry entry : file.orders()) {
      int sequence = orderCounts.merge(entry.userId(), 1, Integer::sum);
      String orderId = Customer.orderId(entry.userId(), sequence);
      BigDecimal total = BigDecimal.ZERO;
      for (LineEntry line : entry.lines()) {
        Product product = products.get(line.productId());
        if (product == null) {
          throw new IllegalStateException("catalog.json: order " + orderId + " names unknown product "
              + line.productId());
        }
        OrderLine orderLine = new OrderLine(orderId, product.productId(), product.name(), line.quantity(),
            product.price());
        lines.add(orderLine);
        total = total.add(orderLine.amount());
      }
      orders.add(new Order(entry.userId(), orderId, entry.status(), today.minusDays(entry.daysAgo()), total,
          entry.lines().size()));
    }
    List<Customer> customers = file.customers().stream()
        .map(c -> new Customer(c.userId(), c.name(), c.email(), orderCounts.getOrDefault(c.userId(), 0), 0))
        .toList();
    customers.stream().map(Customer::userId).forEach(orderCounts::remove);
    if (!orderCounts.isEmpty()) {
      throw new IllegalStateException("catalog.json: orders of unknown customers " + orderCounts.keySet());
    }
    List<Review> reviews = file.reviews().stream()
        .map(r -> new Review(r.productId(), r.reviewId(), r.userId(), r.rating(), today.minusDays(r.daysAgo()),
            r.text()))
        .toList();
    List<PaymentMethod> methods = file.paymentMethods().stream().map(ShopData::paymentMethod).toList();
    return new ShopData(List.copyOf(products.values()), customers, methods, reviews, orders, lines);
  }

  private static PaymentMethod paymentMethod(PaymentEntry p) {
    return switch (p.kind()) {
      case "card" -> new Card(p.userId(), p.methodId(), p.brand(), p.last4(), p.expires());
      case "paypal" -> new PayPal(p.userId(), p.methodId(), p.account());
      default -> throw new IllegalStateException("catalog.json: unknown payment method kind '" + p.kind() + "'");
    };
  }
}
