package io.sable.samples.ecommerce;

import io.sable.samples.ecommerce.model.Customer;
import io.sable.samples.ecommerce.model.Order;
import io.sable.samples.ecommerce.model.OrderLine;
import io.sable.samples.ecommerce.model.PaymentMethod;
import io.sable.samples.ecommerce.model.Product;
import io.sable.samples.ecommerce.model.Review;
import io.sable.samples.output.ResultTable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** The shop's entities as tables; amounts in dollars with two decimals. */
final class ShopTables {

  private ShopTables() {}

  static ResultTable products(List<Product> products) {
    return ResultTable.of("product", "products", "productId", "name", "category", "price", "stock")
        .rows(products, p -> List.of(p.productId(), p.name(), p.category(), dollars(p.price()), p.stock()));
  }

  static ResultTable reviews(List<Review> reviews) {
    return ResultTable.of("review", "reviews", "productId", "reviewId", "rating", "writtenOn", "userId", "text")
        .rows(reviews, r -> List.of(r.productId(), r.reviewId(), r.rating(), r.writtenOn(), r.userId(), r.text()));
  }

  static ResultTable customers(List<Customer> customers) {
    return ResultTable.of("customer", "customers", "userId", "name", "email", "orders", "version")
        .rows(customers, c -> List.of(c.userId(), c.name(), c.email(), c.orderCount(), c.version()));
  }

  static ResultTable paymentMethods(List<PaymentMethod> methods) {
    return ResultTable.of("payment method", "payment methods", "userId", "methodId", "method")
        .rows(methods, p -> List.of(p.userId(), p.methodId(), p.describe()));
  }

  static ResultTable orders(List<Order> orders) {
    return ResultTable.of("order", "orders", "orderId", "userId", "orderDate", "status", "total", "lines")
        .rows(orders, o -> List.of(o.orderId(), o.userId(), o.orderDate(), o.status(), dollars(o.total()),
            o.lineCount()));
  }

  static ResultTable orderLines(List<OrderLine> lines) {
    return ResultTable.of("order line", "order lines", "orderId", "productId", "productName", "quantity", "unitPrice",
        "amount")
        .rows(lines, l -> List.of(l.orderId(), l.productId(), l.productName(), l.quantity(), dollars(l.unitPrice()),
            dollars(l.amount())));
  }

  private static BigDecimal dollars(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_EVEN);
  }
}
