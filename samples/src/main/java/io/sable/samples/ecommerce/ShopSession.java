package io.sable.samples.ecommerce;

import io.sable.samples.Backend;
import io.sable.samples.ecommerce.data.ShopData;
import io.sable.samples.ecommerce.model.ShopTable;
import java.io.PrintWriter;

/** The shop's table on one {@link Backend}. */
final class ShopSession implements AutoCloseable {

  /** How many items of each kind {@link #createAndLoad} wrote. */
  record Counts(int products, int customers, int paymentMethods, int reviews, int orders, int orderLines) {}

  private final Backend backend;
  private final ShopTable table;

  ShopSession(Backend backend, String tableName) {
    this.backend = backend;
    this.table = ShopTable.of(backend.dynamoDb(), tableName);
  }

  ShopTable table() {
    return table;
  }

  /** Creates the table and loads {@code data} into it, reporting the time taken on {@code log}. */
  Counts createAndLoad(ShopData data, PrintWriter log) {
    long start = System.nanoTime();
    table.create();
    Counts counts = load(table, data);
    log.printf("loaded the shop into %s in %d ms%n", backend.name(), (System.nanoTime() - start) / 1_000_000);
    log.flush();
    return counts;
  }

  /**
   * Writes {@code data} into an existing table. Customers are written one by one, each with its
   * e-mail's uniqueness item in one transaction; the rest in batches.
   */
  static Counts load(ShopTable table, ShopData data) {
    table.productRepository().putAll(data.products());
    table.customerRepository().putAll(data.customers());
    table.paymentMethodRepository().putAll(data.paymentMethods());
    table.reviewRepository().putAll(data.reviews());
    table.orderRepository().putAll(data.orders());
    table.orderLineRepository().putAll(data.lines());
    return new Counts(data.products().size(), data.customers().size(), data.paymentMethods().size(),
        data.reviews().size(), data.orders().size(), data.lines().size());
  }

  @Override
  public void close() throws Exception {
    backend.close();
  }
}
