package io.sable.runtime.table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

/**
 * The physical shape of one single-table design: table name, primary key attributes and secondary
 * indexes, each key attribute with its type ({@code S} unless set).
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
  private final ScalarAttributeType partitionKeyType;
  private final String sortKey;
  private final ScalarAttributeType sortKeyType;
  private final List<IndexDefinition> indexes;
  private final Map<String, ScalarAttributeType> attributeTypes;
  private final String timeToLiveAttribute;

  private TableDefinition(Builder builder) {
    this.timeToLiveAttribute = builder.timeToLiveAttribute;
    this.tableName = Objects.requireNonNull(builder.tableName, "tableName");
    this.partitionKey = Objects.requireNonNull(builder.partitionKey, "partitionKey");
    this.partitionKeyType = builder.partitionKeyType;
    this.sortKey = builder.sortKey;
    this.sortKeyType = builder.sortKey == null ? null : builder.sortKeyType;
    this.indexes = List.copyOf(builder.indexes);
    Map<String, ScalarAttributeType> types = new LinkedHashMap<>();
    define(types, partitionKey, partitionKeyType);
    if (sortKey != null) {
      define(types, sortKey, sortKeyType);
    }
    for (IndexDefinition index : indexes) {
      define(types, index.partitionKey(), index.partitionKeyType());
      if (index.sortKey() != null) {
        define(types, index.sortKey(), index.sortKeyType());
      }
    }
    this.attributeTypes = Collections.unmodifiableMap(types);
  }

  private void define(Map<String, ScalarAttributeType> types, String attribute, ScalarAttributeType type) {
    ScalarAttributeType previous = types.putIfAbsent(attribute, type);
    if (previous != null && previous != type) {
      throw new IllegalArgumentException(
          "Table " + tableName + ": key attribute " + attribute + " is declared both " + previous + " and " + type);
    }
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

  /** The type of every key attribute (table and indexes), by attribute name. */
  public Map<String, ScalarAttributeType> keyAttributeTypes() {
    return attributeTypes;
  }

  /** The secondary indexes, global and local, in declaration order. */
  public List<IndexDefinition> indexes() {
    return indexes;
  }

  /**
   * The index with this name.
   *
   * @throws IllegalArgumentException if the table has no such index
   */
  public IndexDefinition index(String name) {
    for (IndexDefinition index : indexes) {
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
    builder.partitionKeyType = partitionKeyType;
    builder.sortKey = sortKey;
    builder.sortKeyType = sortKeyType;
    builder.indexes.addAll(indexes);
    builder.timeToLiveAttribute = timeToLiveAttribute;
    return builder.build();
  }

  /** The Time to Live attribute ({@code @Ttl}) that {@link #create} enables, if any. */
  public Optional<String> timeToLiveAttribute() {
    return Optional.ofNullable(timeToLiveAttribute);
  }

  /**
   * The CreateTable request for this definition: on-demand billing ({@code PAY_PER_REQUEST}), every
   * index projecting {@code ALL} attributes.
   */
  public CreateTableRequest createTableRequest() {
    List<GlobalSecondaryIndex> global = new ArrayList<>();
    List<LocalSecondaryIndex> local = new ArrayList<>();
    Projection all = Projection.builder().projectionType(ProjectionType.ALL).build();
    for (IndexDefinition index : indexes) {
      List<KeySchemaElement> keys = keySchema(index.partitionKey(), index.sortKey());
      if (index.local()) {
        local.add(LocalSecondaryIndex.builder().indexName(index.name()).keySchema(keys).projection(all).build());
      } else {
        global.add(GlobalSecondaryIndex.builder().indexName(index.name()).keySchema(keys).projection(all).build());
      }
    }
    List<AttributeDefinition> definitions = new ArrayList<>();
    attributeTypes.forEach((attribute, type) ->
        definitions.add(AttributeDefinition.builder().attributeName(attribute).attributeType(type).build()));
    CreateTableRequest.Builder request =
        CreateTableRequest.builder()
            .tableName(tableName)
            .billingMode(BillingMode.PAY_PER_REQUEST)
            .keySchema(keySchema(partitionKey, sortKey))
            .attributeDefinitions(definitions);
    if (!global.isEmpty()) {
      request.globalSecondaryIndexes(global);
    }
    if (!local.isEmpty()) {
      request.localSecondaryIndexes(local);
    }
    return request.build();
  }

  /**
   * Creates the table and waits until DynamoDB reports it {@code ACTIVE} (the SDK's table-exists
   * waiter: the engine and DynamoDB Local answer at once; DynamoDB itself takes seconds), then, if
   * the definition has a {@link #timeToLiveAttribute()}, enables Time to Live on it
   * (UpdateTimeToLive; DynamoDB takes up to an hour to apply it).
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
    if (timeToLiveAttribute != null) {
      dynamoDb.updateTimeToLive(b -> b.tableName(tableName)
          .timeToLiveSpecification(t -> t.enabled(true).attributeName(timeToLiveAttribute)));
    }
  }

  /**
   * The Enhanced Client's view of this key schema, for {@code TableSchema#tableMetadata()}: the
   * primary index and each secondary index with their key types.
   */
  public TableMetadata tableMetadata() {
    StaticTableMetadata.Builder metadata = StaticTableMetadata.builder()
        .addIndexPartitionKey(TableMetadata.primaryIndexName(), partitionKey, valueType(partitionKeyType));
    if (sortKey != null) {
      metadata.addIndexSortKey(TableMetadata.primaryIndexName(), sortKey, valueType(sortKeyType));
    }
    for (IndexDefinition index : indexes) {
      metadata.addIndexPartitionKey(index.name(), index.partitionKey(), valueType(index.partitionKeyType()));
      if (index.sortKey() != null) {
        metadata.addIndexSortKey(index.name(), index.sortKey(), valueType(index.sortKeyType()));
      }
    }
    return metadata.build();
  }

  private static AttributeValueType valueType(ScalarAttributeType type) {
    return switch (type) {
      case N -> AttributeValueType.N;
      case B -> AttributeValueType.B;
      default -> AttributeValueType.S;
    };
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
        + ", indexes=" + indexes + (timeToLiveAttribute == null ? "" : ", timeToLive=" + timeToLiveAttribute) + "]";
  }

  /** Builds a {@link TableDefinition}. */
  public static final class Builder {
    private final String tableName;
    private String partitionKey = "PK";
    private ScalarAttributeType partitionKeyType = ScalarAttributeType.S;
    private String sortKey = "SK";
    private ScalarAttributeType sortKeyType = ScalarAttributeType.S;
    private final List<IndexDefinition> indexes = new ArrayList<>();
    private String timeToLiveAttribute;

    private Builder(String tableName) {
      this.tableName = Objects.requireNonNull(tableName, "tableName");
    }

    /** The partition key attribute name, of type {@code S}; {@code PK} unless set. */
    public Builder partitionKey(String attributeName) {
      return partitionKey(attributeName, ScalarAttributeType.S);
    }

    /** The partition key attribute name and type. */
    public Builder partitionKey(String attributeName, ScalarAttributeType type) {
      this.partitionKey = Objects.requireNonNull(attributeName, "attributeName");
      this.partitionKeyType = Objects.requireNonNull(type, "type");
      return this;
    }

    /** The sort key attribute name, of type {@code S}, or {@code null} for none; {@code SK} unless set. */
    public Builder sortKey(String attributeName) {
      return sortKey(attributeName, ScalarAttributeType.S);
    }

    /** The sort key attribute name (or {@code null} for none) and type. */
    public Builder sortKey(String attributeName, ScalarAttributeType type) {
      this.sortKey = attributeName;
      this.sortKeyType = Objects.requireNonNull(type, "type");
      return this;
    }

    /** Adds a global secondary index with string keys; {@code sortKey} may be {@code null}. */
    public Builder globalSecondaryIndex(String name, String partitionKey, String sortKey) {
      return globalSecondaryIndex(name, partitionKey, ScalarAttributeType.S, sortKey,
          sortKey == null ? null : ScalarAttributeType.S);
    }

    /** Adds a global secondary index with typed keys; {@code sortKey} and its type may be {@code null}. */
    public Builder globalSecondaryIndex(String name, String partitionKey, ScalarAttributeType partitionKeyType,
        String sortKey, ScalarAttributeType sortKeyType) {
      indexes.add(new IndexDefinition(name, false, partitionKey, partitionKeyType, sortKey, sortKeyType));
      return this;
    }

    /**
     * Adds a local secondary index: the table's partition key with another sort key. Build it after
     * setting the table's partition key.
     */
    public Builder localSecondaryIndex(String name, String sortKey, ScalarAttributeType sortKeyType) {
      indexes.add(new IndexDefinition(name, true, partitionKey, partitionKeyType, sortKey, sortKeyType));
      return this;
    }

    /**
     * The Time to Live attribute: a Number of seconds since the epoch after which DynamoDB deletes
     * the item; {@link TableDefinition#create} enables it. None unless set.
     */
    public Builder timeToLiveAttribute(String attributeName) {
      this.timeToLiveAttribute = Objects.requireNonNull(attributeName, "attributeName");
      return this;
    }

    /**
     * The definition.
     *
     * @throws IllegalArgumentException if one attribute is given two key types
     */
    public TableDefinition build() {
      return new TableDefinition(this);
    }
  }
}
