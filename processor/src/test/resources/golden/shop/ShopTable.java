package io.sable.processor.behaviour;

import io.sable.runtime.TableClient;
import io.sable.runtime.batch.EntitiesRead;
import io.sable.runtime.query.CollectionBuilder;
import io.sable.runtime.query.CollectionQuery;
import io.sable.runtime.query.Query;
import io.sable.runtime.schema.EntityRegistry;
import io.sable.runtime.stream.StreamDecoder;
import io.sable.runtime.table.TableDefinition;
import io.sable.runtime.write.BatchWrite;
import io.sable.runtime.write.Transaction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Table {@code Shop} ({@link Account}, {@link CartItem}, {@link Counter}, {@link Customer}, {@link Order}, {@link PaymentMethod}, {@link Product}, {@link Review}, {@link Shipment}, {@link Visit}): its definition, and a repository per entity stored in it.
 *
 * <pre>{@code
 * ShopTable table = ShopTable.of(dynamoDbClient);
 * table.create();
 * }</pre>
 */
@Generated("io.sable.processor.SableProcessor")
public final class ShopTable {
  /**
   * The table name declared in {@code @Table}.
   */
  public static final String DEFAULT_TABLE_NAME = "Shop";

  /**
   * The table's key schema and secondary indexes, under {@link #DEFAULT_TABLE_NAME}.
   */
  public static final TableDefinition DEFINITION = TableDefinition.builder(DEFAULT_TABLE_NAME)
      .partitionKey("PK", ScalarAttributeType.S)
      .sortKey("SK", ScalarAttributeType.S)
      .globalSecondaryIndex("GSI1", "GSI1PK", ScalarAttributeType.S, "GSI1SK", ScalarAttributeType.S)
      .globalSecondaryIndex("ByStatus", "StatusPK", ScalarAttributeType.S, "StatusSK", ScalarAttributeType.S)
      .globalSecondaryIndex("ByRank", "RankPK", ScalarAttributeType.S, "RankSK", ScalarAttributeType.N)
      .globalSecondaryIndex("Inverted", "SK", ScalarAttributeType.S, "PK", ScalarAttributeType.S)
      .localSecondaryIndex("ByTotal", "TotalSK", ScalarAttributeType.S)
      .timeToLiveAttribute("expiresAt")
      .build();

  private final TableClient table;

  private final EntityRegistry registry;

  private final AccountRepository accountRepository;

  private final CartItemRepository cartItemRepository;

  private final CounterRepository counterRepository;

  private final CustomerRepository customerRepository;

  private final OrderRepository orderRepository;

  private final PaymentMethodRepository paymentMethodRepository;

  private final ProductRepository productRepository;

  private final ReviewRepository reviewRepository;

  private final ShipmentRepository shipmentRepository;

  private final VisitRepository visitRepository;

  private ShopTable(DynamoDbClient dynamoDb, String tableName) {
    this.table = new TableClient(Objects.requireNonNull(dynamoDb, "dynamoDb"), DEFINITION.withTableName(tableName));
    this.registry = new EntityRegistry("_type", List.of(AccountSchema.INSTANCE, CartItemSchema.INSTANCE, CounterSchema.INSTANCE, CustomerSchema.INSTANCE, OrderSchema.INSTANCE, PaymentMethodSchema.INSTANCE, ProductSchema.INSTANCE, ReviewSchema.INSTANCE, ShipmentSchema.INSTANCE, VisitSchema.INSTANCE));
    this.accountRepository = new AccountRepository(table);
    this.cartItemRepository = new CartItemRepository(table);
    this.counterRepository = new CounterRepository(table);
    this.customerRepository = new CustomerRepository(table);
    this.orderRepository = new OrderRepository(table);
    this.paymentMethodRepository = new PaymentMethodRepository(table);
    this.productRepository = new ProductRepository(table);
    this.reviewRepository = new ReviewRepository(table);
    this.shipmentRepository = new ShipmentRepository(table);
    this.visitRepository = new VisitRepository(table);
  }

  /**
   * The repository of {@link Account}.
   */
  public AccountRepository accountRepository() {
    return accountRepository;
  }

  /**
   * The repository of {@link CartItem}.
   */
  public CartItemRepository cartItemRepository() {
    return cartItemRepository;
  }

  /**
   * The repository of {@link Counter}.
   */
  public CounterRepository counterRepository() {
    return counterRepository;
  }

  /**
   * The repository of {@link Customer}.
   */
  public CustomerRepository customerRepository() {
    return customerRepository;
  }

  /**
   * The repository of {@link Order}.
   */
  public OrderRepository orderRepository() {
    return orderRepository;
  }

  /**
   * The repository of {@link PaymentMethod}.
   */
  public PaymentMethodRepository paymentMethodRepository() {
    return paymentMethodRepository;
  }

  /**
   * The repository of {@link Product}.
   */
  public ProductRepository productRepository() {
    return productRepository;
  }

  /**
   * The repository of {@link Review}.
   */
  public ReviewRepository reviewRepository() {
    return reviewRepository;
  }

  /**
   * The repository of {@link Shipment}.
   */
  public ShipmentRepository shipmentRepository() {
    return shipmentRepository;
  }

  /**
   * The repository of {@link Visit}.
   */
  public VisitRepository visitRepository() {
    return visitRepository;
  }

  /**
   * The table named {@link #DEFAULT_TABLE_NAME}, through any client: DynamoDB, DynamoDB Local, or Sable's engine.
   */
  public static ShopTable of(DynamoDbClient dynamoDb) {
    return new ShopTable(dynamoDb, DEFAULT_TABLE_NAME);
  }

  /**
   * The same table under another name (per environment, for example).
   */
  public static ShopTable of(DynamoDbClient dynamoDb, String tableName) {
    return new ShopTable(dynamoDb, tableName);
  }

  /**
   * The client and definition, with this instance's table name.
   */
  public TableClient tableClient() {
    return table;
  }

  /**
   * Starts a transaction (TransactWriteItems) on this table: puts, deletes, updates and condition checks of its entities, all or nothing.
   */
  public Transaction transaction() {
    return new Transaction(table);
  }

  /**
   * Starts a batch write (BatchWriteItem) on this table: puts and deletes of its entities of any types, 25 per call, retried until done or a deadline; not atomic.
   */
  public BatchWrite batchWrite() {
    return new BatchWrite(table);
  }

  /**
   * Reads the items with these primary keys, of any entity types (BatchGetItem, eventually consistent, 100 keys per call), retrying {@code UnprocessedKeys} until every key is read or {@code deadline} has passed. Each item is decoded into its own entity class (or an {@code UnknownItem}); {@code entities(Class)} picks one class.
   *
   * @param primaryKeys primary keys built by the {@code Keys} classes
   * @return the entities found (absent keys have none) and the keys left unread
   */
  public EntitiesRead<Object> getAll(Collection<Map<String, AttributeValue>> primaryKeys,
      Duration deadline) {
    return table.getItems(primaryKeys, registry, deadline);
  }

  /**
   * Creates the table (CreateTable, on-demand billing) and waits until it is {@code ACTIVE}.
   *
   * @throws software.amazon.awssdk.services.dynamodb.model.ResourceInUseException if it exists
   */
  public void create() {
    table.definition().create(table.dynamoDb());
  }

  /**
   * A Query over one item collection of the table: every item with this partition key value, in sort-key order, each decoded into its own entity class (or an {@code UnknownItem}).
   *
   * @param partitionKey the partition key value, such as one built by a {@code Keys} class
   */
  public Query<Object> collection(String partitionKey) {
    return Query.on(table, registry).partitionKey("PK", partitionKey).build();
  }

  /**
   * Decodes this table's stream records (DynamoDB Streams, the engine's streams, or a Lambda {@code DynamodbEvent}) into change events whose old and new entities are each of the class their stored entity type names (or an {@code UnknownItem}).
   */
  public StreamDecoder streamDecoder() {
    return new StreamDecoder(registry);
  }

  /**
   * Item collection {@link CustomerCollection}: one Query on the table's primary key for partition key {@code CUSTOMER#{customerId}}.
   */
  public CollectionQuery<CustomerCollection> customerCollection(String customerId) {
    return CollectionQuery.of(Query.on(table, registry)
        .partitionKey("PK", CustomerKeys.partitionKey(customerId))
        .build(),
        CustomerCollectionBuilder::new);
  }

  private static final class CustomerCollectionBuilder implements CollectionBuilder<CustomerCollection> {
    private Customer customer;

    private final List<Order> orders = new ArrayList<>();

    private final List<PaymentMethod> paymentMethods = new ArrayList<>();

    @Override
    public void add(Object item) {
      if (item instanceof Customer customerItem) {
        customer = customerItem;
      } else if (item instanceof Order ordersItem) {
        orders.add(ordersItem);
      } else if (item instanceof PaymentMethod paymentMethodsItem) {
        paymentMethods.add(paymentMethodsItem);
      }
    }

    @Override
    public CustomerCollection build() {
      return new CustomerCollection(Optional.ofNullable(customer), List.copyOf(orders), List.copyOf(paymentMethods));
    }
  }
}
