package com.example.flights;

import io.sable.runtime.TableClient;
import io.sable.runtime.batch.EntitiesRead;
import io.sable.runtime.query.Query;
import io.sable.runtime.schema.EntityRegistry;
import io.sable.runtime.stream.StreamDecoder;
import io.sable.runtime.table.TableDefinition;
import io.sable.runtime.write.BatchWrite;
import io.sable.runtime.write.Transaction;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Table {@code Flights} ({@link Airport}, {@link Flight}, {@link Route}): its definition, and a repository per entity stored in it.
 *
 * <pre>{@code
 * FlightsTable table = FlightsTable.of(dynamoDbClient);
 * table.create();
 * }</pre>
 */
@Generated("io.sable.processor.SableProcessor")
public final class FlightsTable {
  /**
   * The table name declared in {@code @Table}.
   */
  public static final String DEFAULT_TABLE_NAME = "Flights";

  /**
   * The table's key schema and secondary indexes, under {@link #DEFAULT_TABLE_NAME}.
   */
  public static final TableDefinition DEFINITION = TableDefinition.builder(DEFAULT_TABLE_NAME)
      .partitionKey("PK", ScalarAttributeType.S)
      .sortKey("SK", ScalarAttributeType.S)
      .globalSecondaryIndex("GSI1", "GSI1PK", ScalarAttributeType.S, "GSI1SK", ScalarAttributeType.S)
      .globalSecondaryIndex("GSI2", "GSI2PK", ScalarAttributeType.S, "GSI2SK", ScalarAttributeType.S)
      .build();

  private final TableClient table;

  private final EntityRegistry registry;

  private final AirportRepository airportRepository;

  private final FlightRepository flightRepository;

  private final RouteRepository routeRepository;

  private FlightsTable(DynamoDbClient dynamoDb, String tableName) {
    this.table = new TableClient(Objects.requireNonNull(dynamoDb, "dynamoDb"), DEFINITION.withTableName(tableName));
    this.registry = new EntityRegistry("_type", List.of(AirportSchema.INSTANCE, FlightSchema.INSTANCE, RouteSchema.INSTANCE));
    this.airportRepository = new AirportRepository(table);
    this.flightRepository = new FlightRepository(table);
    this.routeRepository = new RouteRepository(table);
  }

  /**
   * The repository of {@link Airport}.
   */
  public AirportRepository airportRepository() {
    return airportRepository;
  }

  /**
   * The repository of {@link Flight}.
   */
  public FlightRepository flightRepository() {
    return flightRepository;
  }

  /**
   * The repository of {@link Route}.
   */
  public RouteRepository routeRepository() {
    return routeRepository;
  }

  /**
   * The table named {@link #DEFAULT_TABLE_NAME}, through any client: DynamoDB, DynamoDB Local, or Sable's engine.
   */
  public static FlightsTable of(DynamoDbClient dynamoDb) {
    return new FlightsTable(dynamoDb, DEFAULT_TABLE_NAME);
  }

  /**
   * The same table under another name (per environment, for example).
   */
  public static FlightsTable of(DynamoDbClient dynamoDb, String tableName) {
    return new FlightsTable(dynamoDb, tableName);
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
}
