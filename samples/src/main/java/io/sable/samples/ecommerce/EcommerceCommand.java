package io.sable.samples.ecommerce;

import io.sable.runtime.write.OptimisticLockException;
import io.sable.runtime.write.UniqueConstraintException;
import io.sable.engine.ManualClock;
import io.sable.samples.Backend;
import io.sable.samples.SampleCommand;
import io.sable.samples.ecommerce.Checkout.Placed;
import io.sable.samples.ecommerce.data.ShopData;
import io.sable.samples.ecommerce.flashsale.FlashSaleCommand;
import io.sable.samples.ecommerce.model.CartItem;
import io.sable.samples.ecommerce.model.Customer;
import io.sable.samples.ecommerce.model.CustomerCollection;
import io.sable.samples.ecommerce.model.Order;
import io.sable.samples.ecommerce.model.OrderAttributes;
import io.sable.samples.ecommerce.model.OrderStatus;
import io.sable.samples.ecommerce.model.Product;
import io.sable.samples.ecommerce.model.ProductCollection;
import io.sable.samples.ecommerce.model.ReviewAttributes;
import io.sable.samples.ecommerce.model.ShopTable;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;

/**
 * The e-commerce sample's command line: customers, orders, order lines, products and reviews in one
 * table. Each read command runs one access pattern and prints a table per entity type, each with
 * its count; {@code place-order} runs one transaction. {@code notify-shipping} and {@code
 * audit-log} show stream subscribers ({@link ShopStream}); {@code cart-expiry} shows Time to Live.
 */
@Command(
    name = "ecommerce",
    subcommands = {FlashSaleCommand.class, HelpCommand.class},
    description = {
      "An online shop in one DynamoDB table: customers, payment methods, orders, order lines, products and reviews "
          + "(an invented catalogue, catalog.json).",
      "By default each command runs on Sable's embedded engine, kept in --data-dir: the first run loads the "
          + "catalogue, and writes persist until --fresh, 'load' or another --today reloads it; with --endpoint it "
          + "runs on that DynamoDB endpoint, where 'load' must have been run."
    })
public final class EcommerceCommand extends SampleCommand {

  @Option(names = "--table", defaultValue = ShopTable.DEFAULT_TABLE_NAME, scope = ScopeType.INHERIT,
      description = "The table name (${DEFAULT-VALUE}).")
  private String tableName;

  @Option(names = "--today", paramLabel = "DATE", scope = ScopeType.INHERIT,
      description = "The shop's date, yyyy-MM-dd: new orders get it, 'pending-orders' counts back from it, and the "
          + "catalogue's orders and reviews are dated before it. Default: today (UTC).")
  private LocalDate today;

  @Override
  protected String sampleName() {
    return "ecommerce";
  }

  @Override
  public String tableName() {
    return tableName;
  }

  @Override
  public String defaultTableName() {
    return ShopTable.DEFAULT_TABLE_NAME;
  }

  @Command(name = "load", description = "Creates the table and loads catalog.json; prints how many items of each "
      + "kind were written. On the embedded engine: reloads --data-dir.")
  int load() throws Exception {
    ShopSession.Counts[] counts = new ShopSession.Counts[1];
    try (ShopSession session = open(true, loaded -> counts[0] = loaded)) {
      if (isRemote()) {
        counts[0] = session.createAndLoad(ShopData.read(today()), err());
      }
      ShopSession.Counts c = counts[0];
      out().printf("products: %d%ncustomers: %d%npayment methods: %d%nreviews: %d%norders: %d%norder lines: %d%n",
          c.products(), c.customers(), c.paymentMethods(), c.reviews(), c.orders(), c.orderLines());
    }
    return 0;
  }

  @Command(name = "catalogue", description = "Every product, by id (Scan, sorted here: a Scan reads in hash order).")
  int catalogue() throws Exception {
    try (ShopSession session = open()) {
      List<Product> products = new ArrayList<>(session.table().productRepository().catalogue().list());
      products.sort(Comparator.comparing(Product::productId));
      print(ShopTables.products(products));
    }
    return 0;
  }

  @Command(name = "product",
      description = "A product and its reviews: one Query over its item collection PRODUCT#<id>.")
  int product(@Parameters(paramLabel = "PRODUCT") String productId) throws Exception {
    try (ShopSession session = open()) {
      ProductCollection collection = session.table().productCollection(productId).get();
      printTables(ShopTables.products(collection.product().stream().toList()),
          ShopTables.reviews(collection.reviews()));
    }
    return 0;
  }

  @Command(name = "reviews", description = "A product's reviews, by id, with at least MIN stars (Query with a "
      + "FilterExpression).")
  int reviews(
      @Parameters(paramLabel = "PRODUCT") String productId,
      @Option(names = "--min-rating", paramLabel = "MIN", defaultValue = "1",
          description = "1 to 5 (${DEFAULT-VALUE})") int minRating) throws Exception {
    if (minRating < 1 || minRating > 5) {
      throw usageError("--min-rating must be 1 to 5, not " + minRating);
    }
    try (ShopSession session = open()) {
      print(ShopTables.reviews(session.table().reviewRepository().reviewsOf(productId)
          .filter(ReviewAttributes.RATING.greaterThanOrEqualTo(minRating)).list()));
    }
    return 0;
  }

  @Command(name = "customer-reviews", description = "The reviews a customer wrote, newest first (Query on GSI1, "
      + "which orders share).")
  int customerReviews(@Parameters(paramLabel = "USER") String userId) throws Exception {
    try (ShopSession session = open()) {
      print(ShopTables.reviews(session.table().reviewRepository().reviewsBy(userId).descending().list()));
    }
    return 0;
  }

  @Command(name = "customer", description = "A customer's profile, payment methods and orders: one Query over its "
      + "item collection USER#<id>.")
  int customer(@Parameters(paramLabel = "USER") String userId) throws Exception {
    try (ShopSession session = open()) {
      CustomerCollection collection = session.table().customerCollection(userId).get();
      printTables(ShopTables.customers(collection.profile().stream().toList()),
          ShopTables.paymentMethods(collection.paymentMethods()), ShopTables.orders(collection.orders()));
    }
    return 0;
  }

  @Command(name = "orders", description = "A customer's orders, newest first (Query, descending).")
  int orders(
      @Parameters(paramLabel = "USER") String userId,
      @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "at most N (${DEFAULT-VALUE})")
          int limit) throws Exception {
    if (limit < 1) {
      throw usageError("--limit must be at least 1, not " + limit);
    }
    try (ShopSession session = open()) {
      print(ShopTables.orders(session.table().orderRepository().ordersOf(userId).descending().limit(limit).list()));
    }
    return 0;
  }

  @Command(name = "order", description = "An order by its id (Query on the inverted index) and its lines (Query).")
  int order(@Parameters(paramLabel = "ORDER") String orderId) throws Exception {
    try (ShopSession session = open()) {
      ShopTable shop = session.table();
      printTables(ShopTables.orders(shop.orderRepository().order(orderId).first().stream().toList()),
          ShopTables.orderLines(shop.orderLineRepository().linesOf(orderId).list()));
    }
    return 0;
  }

  @Command(name = "pending-orders", description = "Orders placed in the DAYS days up to --today and not yet "
      + "shipped, newest day first: one Query on GSI1 per day.")
  int pendingOrders(
      @Option(names = "--days", paramLabel = "DAYS", defaultValue = "7", description = "1 to 31 (${DEFAULT-VALUE})")
          int days) throws Exception {
    if (days < 1 || days > 31) {
      throw usageError("--days must be 1 to 31, not " + days);
    }
    try (ShopSession session = open()) {
      List<Order> pending = new ArrayList<>();
      for (int back = 0; back < days; back++) {
        pending.addAll(session.table().orderRepository()
            .ordersByStatusOn(OrderStatus.PENDING, today().minusDays(back)).list());
      }
      print(ShopTables.orders(pending));
    }
    return 0;
  }

  @Command(name = "buyers", description = "The orders that contain a product, by order id: its order lines, by one "
      + "Query on the inverted index.")
  int buyers(@Parameters(paramLabel = "PRODUCT") String productId) throws Exception {
    try (ShopSession session = open()) {
      print(ShopTables.orderLines(session.table().orderLineRepository().linesWithProduct(productId).list()));
    }
    return 0;
  }

  @Command(name = "register", description = "Registers a customer; the e-mail address must not be in use (a "
      + "transaction writes the profile and the address's uniqueness item).")
  int register(
      @Parameters(paramLabel = "USER") String userId,
      @Parameters(paramLabel = "NAME") String name,
      @Parameters(paramLabel = "EMAIL") String email) throws Exception {
    try (ShopSession session = open()) {
      Customer customer;
      try {
        customer = session.table().customerRepository().put(Customer.register(userId, name, email));
      } catch (OptimisticLockException e) {
        err().printf("error: customer '%s' already exists%n", userId);
        return 1;
      } catch (UniqueConstraintException e) {
        err().println("error: " + e.getMessage());
        return 1;
      }
      print(ShopTables.customers(List.of(customer)));
    }
    return 0;
  }

  @Command(name = "place-order", description = {
    "Places an order in one transaction: the order and its lines are written, each product's stock is decremented "
        + "on the condition that enough remains, and the customer's order count is bumped under its version.",
    "If any product is short, nothing changes. Prints the order and its lines."})
  int placeOrder(
      @Parameters(index = "0", paramLabel = "USER") String userId,
      @Parameters(index = "1..*", arity = "1..*", paramLabel = "PRODUCT:QTY",
          description = "a product id and how many, such as TENT-2P:1") List<String> items) throws Exception {
    Map<String, Integer> quantities = quantities(items);
    try (ShopSession session = open()) {
      Placed placed;
      try {
        placed = new Checkout(session.table()).placeOrder(userId, quantities, today());
      } catch (Checkout.CheckoutException e) {
        err().println("error: " + e.getMessage());
        return 1;
      }
      printTables(ShopTables.orders(List.of(placed.order())), ShopTables.orderLines(placed.lines()));
    }
    return 0;
  }

  @Command(name = "ship", description = "Marks a pending order shipped (a PutItem on the condition that it is still "
      + "PENDING, which moves it to another GSI1 partition).")
  int ship(@Parameters(paramLabel = "ORDER") String orderId) throws Exception {
    try (ShopSession session = open()) {
      Optional<Order> shipped = ship(session.table(), orderId);
      if (shipped.isEmpty()) {
        return 1;
      }
      print(ShopTables.orders(List.of(shipped.get())));
    }
    return 0;
  }

  @Command(name = "notify-shipping", description = "Ships a pending order as 'ship' does, with a stream subscriber "
      + "listening (DynamoDB Streams): prints the notification to the customer that the status change produced.")
  int notifyShipping(@Parameters(paramLabel = "ORDER") String orderId) throws Exception {
    try (ShopSession session = open(); ShopStream stream = new ShopStream(session.table(), session.backend())) {
      if (ship(session.table(), orderId).isEmpty()) {
        return 1;
      }
      stream.poll();
      printLines(stream.notifications(), line -> line);
    }
    return 0;
  }

  @Command(name = "audit-log", description = "Places an order (as 'place-order') and ships it, with a stream "
      + "subscriber listening: prints the audit log it built, one line per changed item (sequence number, change, "
      + "entity, key, who).")
  int auditLog(
      @Parameters(index = "0", paramLabel = "USER") String userId,
      @Parameters(index = "1..*", arity = "1..*", paramLabel = "PRODUCT:QTY") List<String> items) throws Exception {
    Map<String, Integer> quantities = quantities(items);
    try (ShopSession session = open(); ShopStream stream = new ShopStream(session.table(), session.backend())) {
      try {
        Placed placed = new Checkout(session.table()).placeOrder(userId, quantities, today());
        ship(session.table(), placed.order().orderId());
      } catch (Checkout.CheckoutException e) {
        err().println("error: " + e.getMessage());
        return 1;
      }
      stream.poll();
      printLines(stream.auditLog(), line -> line);
    }
    return 0;
  }

  @Command(name = "cart-expiry", description = {
    "Time to Live on the embedded engine's simulated clock: puts products in a customer's cart (a cart item lives "
        + "24 hours), lets HOURS pass, and lets Time to Live delete what expired.",
    "Prints what the stream says Time to Live deleted, then what is left in the cart."})
  int cartExpiry(
      @Option(names = "--after", paramLabel = "HOURS", defaultValue = "25",
          description = "hours that pass after the items are added (${DEFAULT-VALUE})") int hours,
      @Parameters(index = "0", paramLabel = "USER") String userId,
      @Parameters(index = "1..*", arity = "1..*", paramLabel = "PRODUCT:QTY") List<String> items) throws Exception {
    if (isRemote()) {
      throw usageError("cart-expiry runs on the embedded engine only: DynamoDB "
          + "deletes expired items in the background, typically within days, not on demand");
    }
    if (hours < 0) {
      throw usageError("--after must not be negative, not " + hours);
    }
    ManualClock clock = new ManualClock(today().atStartOfDay(ZoneOffset.UTC).toInstant());
    try (ShopSession session = new ShopSession(Backend.embedded(clock), tableName)) {
      ShopTable shop = session.table();
      shop.create();
      try (ShopStream stream = new ShopStream(shop, session.backend())) {
        quantities(items).forEach((product, quantity) ->
            shop.cartItemRepository().put(CartItem.added(userId, product, quantity, clock.instant())));
        clock.advance(Duration.ofHours(hours));
        session.backend().engine().orElseThrow().sweepExpiredItems();
        stream.poll();
        List<String> lines = new ArrayList<>(stream.expiredCartItems());
        shop.cartItemRepository().cartOf(userId).list().forEach(i -> lines.add(String.format(Locale.ROOT,
            "in cart: %s  %s x %d  (expiry %s)", i.userId(), i.productId(), i.quantity(), i.expiresAt())));
        printLines(lines, line -> line);
      }
    }
    return 0;
  }

  /** Ships a pending order, or reports why not on standard error. */
  private Optional<Order> ship(ShopTable shop, String orderId) {
    Optional<Order> order = shop.orderRepository().order(orderId).first();
    if (order.isEmpty()) {
      err().printf("error: no order '%s'%n", orderId);
      return Optional.empty();
    }
    if (order.get().status() != OrderStatus.PENDING) {
      err().printf("error: order %s is %s, not PENDING%n", orderId, order.get().status());
      return Optional.empty();
    }
    return Optional.of(shop.orderRepository().put(order.get().withStatus(OrderStatus.SHIPPED),
        OrderAttributes.STATUS.equalTo(OrderStatus.PENDING)));
  }

  /** PRODUCT:QTY arguments as quantities by product, in argument order; a product named twice gets the sum. */
  private Map<String, Integer> quantities(List<String> items) {
    Map<String, Integer> quantities = new LinkedHashMap<>();
    for (String item : items) {
      int colon = item.lastIndexOf(':');
      int quantity;
      try {
        quantity = colon > 0 ? Integer.parseInt(item.substring(colon + 1)) : -1;
      } catch (NumberFormatException e) {
        quantity = -1;
      }
      if (quantity < 1) {
        throw usageError(
            "'" + item + "' is not PRODUCT:QTY with a quantity of at least 1");
      }
      quantities.merge(item.substring(0, colon), quantity, Integer::sum);
    }
    if (quantities.size() > Checkout.MAX_PRODUCTS) {
      throw usageError("an order has at most " + Checkout.MAX_PRODUCTS
          + " products (a transaction has at most 100 actions), not " + quantities.size());
    }
    return quantities;
  }

  /** The shop's date: {@code --today}, or today (UTC). */
  public LocalDate today() {
    return today != null ? today : LocalDate.now(ZoneOffset.UTC);
  }

  /** The shop's table, loaded first on the embedded engine if its data directory needs it. */
  private ShopSession open() {
    return open(false, counts -> { });
  }

  private ShopSession open(boolean reload, Consumer<ShopSession.Counts> loaded) {
    Backend backend = backend(reload, "catalog.json for " + today() + " in table " + tableName,
        embedded -> loaded.accept(new ShopSession(embedded, tableName).createAndLoad(ShopData.read(today()), err())));
    return new ShopSession(backend, tableName);
  }
}
