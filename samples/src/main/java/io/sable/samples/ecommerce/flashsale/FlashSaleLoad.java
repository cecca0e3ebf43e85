package io.sable.samples.ecommerce.flashsale;

import io.sable.engine.ManualClock;
import io.sable.engine.SableEngine;
import io.sable.samples.ecommerce.data.ShopData;
import io.sable.samples.ecommerce.model.Customer;
import io.sable.samples.ecommerce.model.OrderStatus;
import io.sable.samples.ecommerce.model.Product;
import io.sable.test.load.KeyDistribution;
import io.sable.test.load.Provisioning;
import io.sable.test.load.Workload;
import io.sable.test.load.WorkloadRun;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * One run of the flash sale: a fresh embedded engine on a {@link ManualClock} starting at 10:00 UTC
 * on the sale's day, a provisioned table, and orders placed at a steady rate for a span of engine
 * time by the test kit's {@link Workload} (virtual time: ten minutes of orders run in seconds).
 *
 * @param day the sale's day, in every order's status index key
 * @param ordersPerSecond orders placed per second of engine time
 * @param duration how long the sale runs, in engine time
 * @param writeCapacityUnits the WCU per second provisioned for the table and for {@code GSI1} each
 */
record FlashSaleLoad(LocalDate day, int ordersPerSecond, Duration duration, long writeCapacityUnits) {

  /** RCU provisioned for the table and the index: the sale only writes. */
  static final long READ_CAPACITY_UNITS = 100;

  private static final DateTimeFormatter ORDER_ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

  /** The model under load: its table's name and how one order is written. */
  enum Model {
    /** {@link SaleOrder}: one {@code GSI1} partition key per status and day. */
    UNSHARDED("FlashSale"),
    /** {@link ShardedSaleOrder}: ten {@code GSI1} partition keys per status and day. */
    SHARDED("FlashSaleSharded");

    final String tableName;

    Model(String tableName) {
      this.tableName = tableName;
    }
  }

  /**
   * Runs the sale on {@code model}: creates its table, provisions it, places the orders (each by a
   * customer and of a product of {@code shop}, drawn uniformly), and returns what {@code report}
   * makes of the run before the engine closes (the run reads the engine's metrics and Contributor
   * Insights).
   */
  <T> T run(Model model, ShopData shop, Function<WorkloadRun, T> report) {
    List<Customer> customers = shop.customers();
    List<Product> products = shop.products();
    ManualClock clock = new ManualClock(day.atTime(10, 0).toInstant(ZoneOffset.UTC));
    try (SableEngine engine = SableEngine.builder().clock(clock).build()) {
      DynamoDbClient client = engine.dynamoDbClient();
      Consumer<Integer> placeOrder = placer(model, client, clock, customers, products);
      Provisioning.provision(client, model.tableName, READ_CAPACITY_UNITS, writeCapacityUnits, READ_CAPACITY_UNITS,
          writeCapacityUnits);
      WorkloadRun run = Workload.on(engine).table(model.tableName)
          .stream("orders", ordersPerSecond, KeyDistribution.uniform(customers.size() * products.size()),
              placeOrder::accept)
          .duration(duration)
          .run();
      return report.apply(run);
    }
  }

  // Creates the model's table and returns what writes one order for key (customer, product).
  private Consumer<Integer> placer(
      Model model, DynamoDbClient client, ManualClock clock, List<Customer> customers, List<Product> products) {
    Consumer<SaleOrder> put = switch (model) {
      case UNSHARDED -> {
        FlashSaleTable table = FlashSaleTable.of(client, model.tableName);
        table.create();
        yield table.saleOrderRepository()::put;
      }
      case SHARDED -> {
        FlashSaleShardedTable table = FlashSaleShardedTable.of(client, model.tableName);
        table.create();
        yield order -> table.shardedSaleOrderRepository().put(new ShardedSaleOrder(order.orderId(),
            order.userId(), order.productId(), order.status(), order.day(), order.total()));
      }
    };
    int[] sequence = {0};
    return key -> {
      Customer customer = customers.get(key % customers.size());
      Product product = products.get(key / customers.size());
      put.accept(new SaleOrder(orderId(clock.instant().truncatedTo(ChronoUnit.SECONDS), ++sequence[0]),
          customer.userId(), product.productId(), OrderStatus.PENDING, day, product.price()));
    };
  }

  /** A time-ordered order id: the second it was placed, then a sequence number. */
  static String orderId(Instant placed, int sequence) {
    String digits = Integer.toString(sequence);
    return ORDER_ID_TIME.format(placed.atOffset(ZoneOffset.UTC)) + "-" + "0".repeat(Math.max(0, 6 - digits.length()))
        + digits;
  }
}
