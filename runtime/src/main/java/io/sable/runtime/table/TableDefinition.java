package io.sable.runtime.table;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.TableMetadata;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableMetadata;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

/**
 * The physical shape of one single-table design: table name, primary key attribute names and global
 * secondary indexes. Every key attribute is a string ({@code S}).
 *
 * <p>Generated table classes hold one; it can also be written by hand:
 *
 * <pre>{@code
 * TableDefinition flights = TableDefinition.builder("Flights")
 *     .partitionKey("PK").sortKey("SK")
 *     .globalSecondaryIndex("GSI1", "GSI1PK", "GSI1SK")
 *     .build();
 * flights.create(dynamoDbClient);
 * }</pre>
 *
 * <p>Instances are immutable.
 */
public final class TableDefinition {

  private final String tableName;
  private final String partitionKey;
  private final String sortKey;
  private final List<IndexDefinition> globalSecondaryIndexes;

  private TableDefinition(Builder builder) {
    this.tableName = Objects.requireNonNull(builder.tableName, "tableName");
    this.partitionKey = Objects.requireNonNull(builder.partitionKey, "partitionKey");
    this.sortKey = builder.sortKey;
    this.globalSecondaryIndexes = List.copyOf(builder.globalSecondaryIndexes);
  }

  /** Starts a definition of the table with this name. */
  public static Builder builder(String tableName) {
    return new Builder(tableName);
  }

  /** The table name. */
  public String tableName() {
    return tableName;
  }

  /** The attribute name of the table's partition key. */
  public String partitionKey() {
    return partitionKey;
  }

  /** The attribute name of the table's sort key, if it has one. */
  public Optional<String> sortKey() {
    return Optional.ofNullable(sortKey);
  }

  /** The global secondary indexes, in declaration order. */
  public List<IndexDefinition> globalSecondaryIndexes() {
    return globalSecondaryIndexes;
  }

  /**
   * The index with this name.
   *
   * @throws IllegalArgumentException if the table has no such index
   */
  public IndexDefinition globalSecondaryIndex(String name) {
    for (IndexDefinition index : globalSecondaryIndexes) {
      if (index.name().equals(name)) {
        return index;
      }
    }
    throw new IllegalArgumentException("Table " + tableName + " has no index named " + name);
  }

  /** The same definition under another table name (per environment, for example). */
  public TableDefinition withTableName(String newTableName) {
    Builder builder = new Builder(newTableName);
    builder.partitionKey = partitionKey;
    builder.sortKey = sortKey;
    builder.globalSecondaryIndexes.addAll(globalSecondaryIndexes);
    return builder.build();
  }

  /**
   * The CreateTable request for this definition: on-demand billing ({@code PAY_PER_REQUEST}), every
   * key attribute of type {@code S}, every index projecting {@code ALL} attributes.
   */
  public CreateTableRequest createTableRequest() {
    Set<String> keyAttributes = new LinkedHashSet<>();
    keyAttributes.add(partitionKey);
    if (sortKey != null) {
      keyAttributes.add(sortKey);
    }
    List<GlobalSecondaryIndex> indexes = new ArrayList<>();
    for (IndexDefinition index : globalSecondaryIndexes) {
      keyAttributes.add(index.partitionKey());
      index.sortKeyAttribute().ifPresent(keyAttributes::add);
      indexes.add(
          GlobalSecondaryIndex.builder()
              .indexName(index.name())
              .keySchema(keySchema(index.partitionKey(), index.sortKey()))
              .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
              .build());
    }
    List<AttributeDefinition> definitions = new ArrayList<>();
    for (String attribute : keyAttributes) {
      definitions.add(
          AttributeDefinition.builder()
              .attributeName(attribute)
              .attributeType(ScalarAttributeType.S)
              .build());
    }
    CreateTableRequest.Builder request =
        CreateTableRequest.builder()
            .tableName(tableName)
            .billingMode(BillingMode.PAY_PER_REQUEST)
            .keySchema(keySchema(partitionKey, sortKey))
            .attributeDefinitions(definitions);
    if (!indexes.isEmpty()) {
      request.globalSecondaryIndexes(indexes);
    }
    return request.build();
  }

  /**
   * Creates the table and waits until DynamoDB reports it {@code ACTIVE} (the SDK's table-exists
   * waiter: the engine and DynamoDB Local answer at once; DynamoDB itself takes seconds).
   *
   * @throws software.amazon.awssdk.services.dynamodb.model.ResourceInUseException if the table
   *     already exists
   */
  public void create(DynamoDbClient dynamoDb) {
    dynamoDb.createTable(createTableRequest());
    // DynamoDbClient#waiter() is not implemented by every client; a waiter built on the client is.
    try (DynamoDbWaiter waiter = DynamoDbWaiter.builder().client(dynamoDb).build()) {
      waiter.waitUntilTableExists(b -> b.tableName(tableName));
    }
  }

  /**
   * The Enhanced Client's view of this key schema, for {@code TableSchema#tableMetadata()}: the
   * primary index and each global secondary index, every key of type {@code S}.
   */
  public TableMetadata tableMetadata() {
    StaticTableMetadata.Builder metadata =
        StaticTableMetadata.builder()
            .addIndexPartitionKey(TableMetadata.primaryIndexName(), partitionKey, AttributeValueType.S);
    if (sortKey != null) {
      metadata.addIndexSortKey(TableMetadata.primaryIndexName(), sortKey, AttributeValueType.S);
    }
    for (IndexDefinition index : globalSecondaryIndexes) {
      metadata.addIndexPartitionKey(index.name(), index.partitionKey(), AttributeValueType.S);
      index
          .sortKeyAttribute()
          .ifPresent(sk -> metadata.addIndexSortKey(index.name(), sk, AttributeValueType.S));
    }
    return metadata.build();
  }

  private static List<KeySchemaElement> keySchema(String partitionKey, String sortKey) {
    List<KeySchemaElement> schema = new ArrayList<>(2);
    schema.add(KeySchemaElement.builder().attributeName(partitionKey).keyType(KeyType.HASH).build());
    if (sortKey != null) {
      schema.add(KeySchemaElement.builder().attributeName(sortKey).keyType(KeyType.RANGE).build());
    }
    return schema;
  }

  @Override
  public String toString() {
    return "TableDefinition[" + tableName + ", partitionKey=" + partitionKey + ", sortKey=" + sortKey
        + ", globalSecondaryIndexes=" + globalSecondaryIndexes + "]";
  }

  /** Builds a {@link TableDefinition}. */
  public static final class Builder {
    private final String tableName;
    private String partitionKey = "PK";
    private String sortKey = "SK";
    private final List<IndexDefinition> globalSecondaryIndexes = new ArrayList<>();

    private Builder(String tableName) {
      this.tableName = Objects.requireNonNull(tableName, "tableName");
    }

    /** The partition key attribute name; {@code PK} unless set. */
    public Builder partitionKey(String attributeName) {
      this.partitionKey = Objects.requireNonNull(attributeName, "attributeName");
      return this;
    }

    /** The sort key attribute name, or {@code null} for none; {@code SK} unless set. */
    public Builder sortKey(String attributeName) {
      this.sortKey = attributeName;
      return this;
    }

    /** Adds a global secondary index; {@code sortKey} may be {@code null}. */
    public Builder globalSecondaryIndex(String name, String partitionKey, String sortKey) {
      globalSecondaryIndexes.add(new IndexDefinition(name, partitionKey, sortKey));
      return this;
    }

    /** The definition. */
    public TableDefinition build() {
      return new TableDefinition(this);
    }
  }
}
