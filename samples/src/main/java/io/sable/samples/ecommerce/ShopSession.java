package io.sable.samples.ecommerce;

import io.sable.samples.Backend;
import io.sable.samples.ecommerce.data.ShopData;
import io.sable.samples.ecommerce.model.ShopTable;
import io.sable.samples.SampleError;
import java.io.PrintWriter;
import java.time.Duration;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;

/** The shop's table on one {@link Backend}. */
final class ShopSession implements AutoCloseable {

  /** How many items of each kind {@link #createAndLoad} wrote. */
  record Counts(int products, int customers, int paymentMethods, int reviews, int orders, int orderLines) {}

  /** How long loading retries the items DynamoDB leaves unprocessed (a throttled table). */
  static final Duration LOAD_DEADLINE = Duration.ofMinutes(1);

  private final Backend backend;
  private final ShopTable table;
  private final String tableName;

  ShopSession(Backend backend, String tableName) {
    this.backend = backend;
    this.tableName = tableName;
    this.table = ShopTable.of(backend.dynamoDb(), tableName);
  }

  ShopTable table() {
    return table;
  }

  Backend backend() {
    return backend;
  }

  /**
   * Creates the table and loads {@code data} into it, reporting the time taken on {@code log}.
   *
   * @throws SampleError if the table exists already
   */
  Counts createAndLoad(ShopData data, PrintWriter log) {
    long start = System.nanoTime();
    try {
      table.create();
    } catch (ResourceInUseException e) {
      throw new SampleError("table " + tableName + " already exists at " + backend.name() + "; its commands work on "
          + "it as it is, or delete it first (aws dynamodb delete-table --table-name " + tableName
          + " --endpoint-url " + backend.name() + "), or load into another --table");
    }
    Counts counts = load(table, data);
    log.printf("loaded the shop into %s in %d ms%n", backend.name(), (System.nanoTime() - start) / 1_000_000);
    log.flush();
    return counts;
  }

  /**
   * Writes {@code data} into an existing table. Customers are written one by one, each with its
   * e-mail's uniqueness item in one transaction; the other entity types in one batch write that
   * mixes them, 25 items per BatchWriteItem call.
   *
   * @throws io.sable.runtime.batch.UnprocessedWritesException if some items are still unwritten
   *     after {@link #LOAD_DEADLINE}
   */
  static Counts load(ShopTable table, ShopData data) {
    table.customerRepository().putAll(data.customers());
    table.batchWrite()
        .putAll(table.productRepository(), data.products())
        .putAll(table.paymentMethodRepository(), data.paymentMethods())
        .putAll(table.reviewRepository(), data.reviews())
        .putAll(table.orderRepository(), data.orders())
        .putAll(table.orderLineRepository(), data.lines())
        .execute(LOAD_DEADLINE)
        .throwIfIncomplete();
    return new Counts(data.products().size(), data.customers().size(), data.paymentMethods().size(),
        data.reviews().size(), data.orders().size(), data.lines().size());
  }

  @Override
  public void close() throws Exception {
    backend.close();
  }
}
