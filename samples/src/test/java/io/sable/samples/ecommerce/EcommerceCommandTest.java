package io.sable.samples.ecommerce;

import static org.assertj.core.api.Assertions.assertThat;

import io.sable.dynamodblocal.DynamoDbLocal;
import io.sable.samples.SampleRun;
import io.sable.samples.output.OutputFormat;
import io.sable.samples.ecommerce.data.ShopData;
import io.sable.samples.ecommerce.model.Order;
import io.sable.samples.ecommerce.model.OrderLine;
import io.sable.samples.ecommerce.model.OrderStatus;
import io.sable.samples.ecommerce.model.Product;
import io.sable.samples.ecommerce.model.Review;
import java.time.LocalDate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The e-commerce sample's commands: on the embedded engine and on DynamoDB Local (loaded once, on
 * loopback) every read command prints the same lines, and those lines are what {@code catalog.json}
 * says; the write commands change what they should, and nothing when they fail.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EcommerceCommandTest {

  private static final String TODAY = "2026-11-22";
  private static final AtomicInteger TABLES = new AtomicInteger();

  private final ShopData data = ShopData.read(LocalDate.parse(TODAY));
  private DynamoDbLocal local;
  private SampleRun localLoad;

  @BeforeAll
  void loadDynamoDbLocal() {
    local = DynamoDbLocal.start();
    localLoad = run("--endpoint", local.endpoint().toString(), "load");
  }

  @AfterAll
  void stop() {
    local.close();
  }

  private static SampleRun run(String... args) {
    List<String> all = new ArrayList<>(List.of("--today", TODAY));
    all.addAll(List.of(args));
    return SampleRun.of("ecommerce", all);
  }

  /** Runs on DynamoDB Local, in a table of its own loaded with the catalogue. */
  private final class OwnTable {
    final String table = "Shop" + TABLES.incrementAndGet();

    OwnTable() {
      SampleRun load = on("load");
      assertThat(load.exitCode()).as(load.err()).isZero();
    }

    SampleRun on(String... args) {
      List<String> all = new ArrayList<>(List.of("--endpoint", local.endpoint().toString(), "--table", table));
      all.addAll(List.of(args));
      return run(all.toArray(String[]::new));
    }
  }

  static Stream<List<String>> readCommands() {
    return Stream.of(
        List.of("catalogue"),
        List.of("product", "TENT-2P"),
        List.of("product", "NOPE"),
        List.of("reviews", "TENT-2P"),
        List.of("reviews", "BOOT-M42", "--min-rating", "4"),
        List.of("customer", "maren"),
        List.of("customer", "sana"),
        List.of("customer-reviews", "ivo"),
        List.of("orders", "maren"),
        List.of("orders", "maren", "--limit", "2"),
        List.of("order", "lucia-0002"),
        List.of("pending-orders"),
        List.of("pending-orders", "--days", "14"),
        List.of("buyers", "TENT-2P"));
  }

  @ParameterizedTest
  @MethodSource("readCommands")
  void readCommand_whenRunOnEngineAndOnDynamoDbLocal_printsTheSameLines(List<String> command) {
    SampleRun.assertSameOnEngineAndEndpoint(EcommerceCommandTest::run, local.endpoint(), command);
  }

  @Test
  void load_whenRunOnEngineAndOnDynamoDbLocal_writesEveryItemOfTheCatalogue() {
    assertThat(localLoad.exitCode()).as(localLoad.err()).isZero();
    assertThat(run("load").lines()).containsExactly("products: 12", "customers: 6", "payment methods: 7",
        "reviews: 12", "orders: 13", "order lines: 22").isEqualTo(localLoad.lines());
  }

  @Test
  void catalogue_printsEveryProductById() {
    List<Product> expected = data.products().stream().sorted(Comparator.comparing(Product::productId)).toList();

    assertThat(run("catalogue").out()).isEqualTo(ShopTables.products(expected).render(OutputFormat.table))
        .endsWith("12 products\n");
  }

  @Test
  void pendingOrders_printsThePendingOrdersOfTheLastSevenDaysNewestDayFirst() {
    LocalDate today = LocalDate.parse(TODAY);
    List<Order> expected = data.orders().stream()
        .filter(o -> o.status() == OrderStatus.PENDING && o.orderDate().isAfter(today.minusDays(7)))
        .sorted(Comparator.comparing(Order::orderDate).reversed().thenComparing(Order::orderId))
        .toList();

    assertThat(run("pending-orders").out()).isEqualTo(ShopTables.orders(expected).render(OutputFormat.table));
    assertThat(expected).extracting(Order::orderId)
        .containsExactly("sana-0002", "maren-0003", "ivo-0002", "lucia-0002", "maren-0002");
  }

  @Test
  void buyers_printsEveryOrderLineOfTheProductByOrderId() {
    List<OrderLine> expected = data.lines().stream().filter(l -> l.productId().equals("TENT-2P"))
        .sorted(Comparator.comparing(OrderLine::orderId)).toList();

    assertThat(run("buyers", "TENT-2P").out()).isEqualTo(ShopTables.orderLines(expected).render(OutputFormat.table))
        .endsWith("4 order lines\n");
  }

  @Test
  void reviews_whenMinRatingGiven_leavesOutLowerRatings() {
    List<Review> expected = data.reviews().stream().filter(r -> r.productId().equals("BOOT-M42") && r.rating() >= 4)
        .toList();

    assertThat(run("reviews", "BOOT-M42", "--min-rating", "4").out())
        .isEqualTo(ShopTables.reviews(expected).render(OutputFormat.table)).endsWith("1 review\n");
    assertThat(data.reviews()).filteredOn(r -> r.productId().equals("BOOT-M42")).extracting(Review::rating)
        .contains(1);
  }

  @Test
  void customerReviews_printsTheCustomersReviewsNewestFirst() {
    List<Review> expected = data.reviews().stream().filter(r -> r.userId().equals("ivo"))
        .sorted(Comparator.comparing(Review::writtenOn).reversed()).toList();

    assertThat(run("customer-reviews", "ivo").out()).isEqualTo(ShopTables.reviews(expected).render(OutputFormat.table))
        .endsWith("2 reviews\n");
  }

  @Test
  void placeOrder_printsTheOrderAndItsLines(@TempDir Path dataDir) {
    SampleRun placed = run("--data-dir", dataDir.toString(), "place-order", "tomas", "LAMP-300:2", "SOCK-3PK:1",
        "LAMP-300:1");

    assertThat(placed.exitCode()).as(placed.err()).isZero();
    assertThat(placed.out()).isEqualTo("""
        orderId     userId  orderDate   status    total  lines
        tomas-0003  tomas   2026-11-22  PENDING  166.85      2
        1 order

        orderId     productId  productName            quantity  unitPrice  amount
        tomas-0003  LAMP-300   Head lamp, 300 lm             3      44.95  134.85
        tomas-0003  SOCK-3PK   Merino socks, 3 pairs         1      32.00   32.00
        2 order lines
        """);
  }

  @Test
  void placeOrder_whenStockIsShort_failsAndChangesNothing() {
    OwnTable shop = new OwnTable();
    List<String> catalogue = shop.on("catalogue").lines();
    List<String> customer = shop.on("customer", "tomas").lines();

    SampleRun failed = shop.on("place-order", "tomas", "TENT-2P:1", "TENT-4P:3");

    assertThat(failed.exitCode()).isEqualTo(1);
    assertThat(failed.err()).isEqualTo(
        "error: not enough stock, nothing was ordered: TENT-4P (3 requested, 2 in stock)" + System.lineSeparator());
    assertThat(shop.on("catalogue").lines()).isEqualTo(catalogue);
    assertThat(shop.on("customer", "tomas").lines()).isEqualTo(customer);
    assertThat(shop.on("order", "tomas-0003").lines()).containsExactly("0 orders", "", "0 order lines");
  }

  @Test
  void placeOrderThenShip_persistAtAnEndpoint() {
    OwnTable shop = new OwnTable();

    assertThat(shop.on("place-order", "sana", "TENT-4P:2").exitCode()).isZero();
    assertThat(shop.on("product", "TENT-4P").lines().get(1)).matches("TENT-4P .* 0");
    assertThat(shop.on("pending-orders", "--days", "1").lines()).containsSequence(
        "sana-0002  sana    2026-11-22  PENDING  249.00      1",
        "sana-0003  sana    2026-11-22  PENDING  858.00      1", "2 orders");

    assertThat(shop.on("ship", "sana-0003").lines())
        .contains("sana-0003  sana    2026-11-22  SHIPPED  858.00      1", "1 order");
    assertThat(shop.on("pending-orders", "--days", "1").lines()).last().isEqualTo("1 order");
    SampleRun again = shop.on("ship", "sana-0003");
    assertThat(again.exitCode()).isEqualTo(1);
    assertThat(again.err()).contains("error: order sana-0003 is SHIPPED, not PENDING");
    assertThat(shop.on("customer", "sana").lines().get(1)).matches("sana +.* +3 +2");
  }

  @Test
  void register_whenEmailIsInUse_failsAndWritesNothing() {
    OwnTable shop = new OwnTable();

    SampleRun taken = shop.on("register", "zoe", "Zoe Marsh", "sana@example.org");
    SampleRun registered = shop.on("register", "zoe", "Zoe Marsh", "zoe@example.org");
    SampleRun twice = shop.on("register", "zoe", "Zoe Marsh", "zoe.marsh@example.org");

    assertThat(taken.exitCode()).isEqualTo(1);
    assertThat(taken.err()).contains("Customer.email 'sana@example.org' is already used by another Customer");
    assertThat(registered.lines()).containsExactly("userId  name       email            orders  version",
        "zoe     Zoe Marsh  zoe@example.org       0        1", "1 customer");
    assertThat(twice.err()).contains("error: customer 'zoe' already exists");
  }

  @Test
  void placeOrder_whenQuantityIsNotPositive_isAUsageError() {
    SampleRun result = run("place-order", "tomas", "TENT-2P:0");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("'TENT-2P:0' is not PRODUCT:QTY with a quantity of at least 1");
  }
}
