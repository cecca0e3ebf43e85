package io.sable.engine.api.internal;

import io.sable.engine.index.IndexDefinition;
import io.sable.engine.table.CapacitySettings;
import io.sable.engine.table.TableDefinition;
import io.sable.engine.value.AttributeType;
import io.sable.engine.value.InvalidRequestException;
import io.sable.engine.value.KeySchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;

/**
 * Validates a CreateTable request as DynamoDB does and turns it into a {@link TableDefinition}:
 * key schemas (one HASH key, then at most one RANGE key), attribute definitions (exactly the key
 * attributes of the table and its indexes, typed {@code S}, {@code N} or {@code B}), billing mode
 * and throughput ({@code OnDemandThroughput} and {@code WarmThroughput}: {@link CapacityRequests}),
 * and secondary index definitions and projections.
 */
final class TableDefinitions {
  /** DynamoDB's default quota of global secondary indexes per table. */
  static final int MAX_GLOBAL_INDEXES = 20;
  /** DynamoDB's limit of local secondary indexes per table. */
  static final int MAX_LOCAL_INDEXES = 5;

  private TableDefinitions() {}

  static TableDefinition of(CreateTableRequest request) {
    Requests.checkName(request.tableName(), "tableName");
    KeyAttributeNames.check(request);
    Map<String, AttributeType> types = attributeTypes(request.attributeDefinitions());
    KeySchema keySchema = keySchema(request.keySchema(), types, "");
    BillingMode billingMode =
        request.billingMode() == null ? BillingMode.PROVISIONED : request.billingMode();
    boolean provisioned = billingMode == BillingMode.PROVISIONED;
    checkThroughput(provisioned, request.provisionedThroughput(), "table");
    CapacitySettings capacity =
        CapacityRequests.create(
            provisioned,
            request.provisionedThroughput(),
            request.onDemandThroughput(),
            request.warmThroughput(),
            "table");
    Map<String, CapacitySettings> indexCapacity = new HashMap<>();
    Set<String> used = new HashSet<>(keyNames(keySchema));
    List<IndexDefinition> indexes = new ArrayList<>();
    Map<String, ProvisionedThroughput> throughput = new HashMap<>();
    if (request.hasGlobalSecondaryIndexes()) {
      if (request.globalSecondaryIndexes().isEmpty()) {
        throw new InvalidRequestException("GSI list is empty/invalid");
      }
      if (request.globalSecondaryIndexes().size() > MAX_GLOBAL_INDEXES) {
        throw new InvalidRequestException("GlobalSecondaryIndex count exceeds the per-table limit");
      }
      for (GlobalSecondaryIndex gsi : request.globalSecondaryIndexes()) {
        Requests.checkName(gsi.indexName(), "indexName");
        KeySchema keys =
            keySchema(gsi.keySchema(), types, "Global Secondary Index ");
        checkThroughput(provisioned, gsi.provisionedThroughput(), "global secondary index");
        if (gsi.provisionedThroughput() != null) {
          throughput.put(gsi.indexName(), gsi.provisionedThroughput());
        }
        indexCapacity.put(
            gsi.indexName(),
            CapacityRequests.create(
                provisioned,
                gsi.provisionedThroughput(),
                gsi.onDemandThroughput(),
                gsi.warmThroughput(),
                "index"));
        indexes.add(index(gsi.indexName(), true, keys, gsi.projection(), indexes, "global"));
        used.addAll(keyNames(keys));
      }
    }
    if (request.hasLocalSecondaryIndexes()) {
      if (request.localSecondaryIndexes().size() > MAX_LOCAL_INDEXES) {
        throw new InvalidRequestException(
            "Cannot have more than " + MAX_LOCAL_INDEXES + " local secondary indexes per table");
      }
      for (LocalSecondaryIndex lsi : request.localSecondaryIndexes()) {
        Requests.checkName(lsi.indexName(), "indexName");
        if (!keySchema.hasSortKey()) {
          throw new InvalidRequestException(
              "Local Secondary indices are not allowed on hash tables, only hash and range tables");
        }
        KeySchema keys = keySchema(lsi.keySchema(), types, "Local Secondary Index ");
        if (!keys.partitionKeyName().equals(keySchema.partitionKeyName())) {
          throw new InvalidRequestException(
              "Local Secondary indices must have the same hash key as the main table");
        }
        indexes.add(index(lsi.indexName(), false, keys, lsi.projection(), indexes, "local"));
        used.addAll(keyNames(keys));
      }
    }
    if (used.size() != types.size()) {
      throw new InvalidRequestException(
          "The number of attributes in key schema must match the number of attributes defined in"
              + " attribute definitions.");
    }
    return new TableDefinition(
        request.tableName(),
        keySchema,
        request.attributeDefinitions(),
        billingMode,
        provisioned ? request.provisionedThroughput() : null,
        indexes,
        throughput,
        capacity,
        indexCapacity);
  }

  static Map<String, AttributeType> attributeTypes(List<AttributeDefinition> definitions) {
    Map<String, AttributeType> types = new LinkedHashMap<>();
    for (AttributeDefinition definition : definitions) {
      String type = definition.attributeTypeAsString();
      if (!"S".equals(type) && !"N".equals(type) && !"B".equals(type)) {
        throw new InvalidRequestException("Member must satisfy enum value set: [B, N, S]");
      }
      types.put(definition.attributeName(), AttributeType.valueOf(type));
    }
    return types;
  }

  static KeySchema keySchema(
      List<KeySchemaElement> elements, Map<String, AttributeType> types, String which) {
    if (elements.isEmpty()) {
      throw new InvalidRequestException(
          "No defined key schema.  A key schema containing at least a hash key must be defined for"
              + " all tables");
    }
    if (elements.size() > 2) {
      throw new InvalidRequestException(
          "Key Schema too big.  Key Schema must at most consist of the hash and range key of a"
              + " table");
    }
    KeySchemaElement hash = elements.get(0);
    KeySchemaElement range = elements.size() == 2 ? elements.get(1) : null;
    if (range != null && hash.keyType() == KeyType.HASH && range.keyType() == KeyType.HASH) {
      throw new InvalidRequestException(
          "Too many hash keys specified.  All Dynamo DB tables must have exactly one hash key");
    }
    if (hash.keyType() != KeyType.HASH || (range != null && range.keyType() != KeyType.RANGE)) {
      throw new InvalidRequestException(
          "Invalid key order. Hash Key must be specified first in key schema, Range Key must be"
              + " specifed second");
    }
    if (range != null && hash.attributeName().equals(range.attributeName())) {
      // An index's key schema: DynamoDB's message, as the dynoxide conformance suite pins it
      // against DynamoDB (nubo-db/dynoxide, create_table.rs, validate_key_schema_structure); the
      // table's own: DynamoDB Local's, unchanged.
      throw new InvalidRequestException(
          which.isEmpty()
              ? "Two keys can not have the same name"
              : "Both the Hash Key and the Range Key element in the KeySchema have the same name");
    }
    AttributeType hashType = types.get(hash.attributeName());
    if (hashType == null) {
      throw new InvalidRequestException(
          which + (which.isEmpty() ? "Hash Key not specified in Attribute Definitions.  Type unknown."
              : "hash key not specified in Attribute Definitions.Type unknown."));
    }
    AttributeType rangeType = range == null ? null : types.get(range.attributeName());
    if (range != null && rangeType == null) {
      throw new InvalidRequestException(
          which + (which.isEmpty() ? "Range Key not specified in Attribute Definitions.  Type unknown."
              : "range key not specified in Attribute Definitions.Type unknown."));
    }
    return new KeySchema(
        hash.attributeName(), hashType, range == null ? null : range.attributeName(), rangeType);
  }

  static void checkThroughput(
      boolean provisioned, ProvisionedThroughput throughput, String what) {
    if (provisioned && throughput == null) {
      throw new InvalidRequestException("No provisioned throughput specified for the " + what);
    }
    if (!provisioned && throughput != null) {
      throw new InvalidRequestException(
          "One or more parameter values were invalid: Neither ReadCapacityUnits nor"
              + " WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST");
    }
  }

  static IndexDefinition index(
      String name,
      boolean global,
      KeySchema keys,
      Projection projection,
      List<IndexDefinition> existing,
      String kind) {
    for (IndexDefinition other : existing) {
      if (other.name().equals(name) && other.global() == global) {
        throw new InvalidRequestException("Two " + kind + " secondary indices have the same name");
      }
    }
    if (projection == null || projection.projectionType() == null) {
      throw new InvalidRequestException("Indexes must have a projection specified");
    }
    ProjectionType type = projection.projectionType();
    List<String> nonKey = projection.hasNonKeyAttributes() ? projection.nonKeyAttributes() : List.of();
    if (type != ProjectionType.INCLUDE && !nonKey.isEmpty()) {
      throw new InvalidRequestException(
          "No attributes should be specified to be projected unless projection type is INCLUDE");
    }
    if (type == ProjectionType.INCLUDE && nonKey.isEmpty()) {
      throw new InvalidRequestException(
          "If Projection type INCLUDE is specified, some non-key attributes to include in the"
              + " projection must be specified as well");
    }
    return new IndexDefinition(name, global, keys, type, nonKey);
  }

  static List<String> keyNames(KeySchema keys) {
    return keys.hasSortKey()
        ? List.of(keys.partitionKeyName(), keys.sortKeyName())
        : List.of(keys.partitionKeyName());
  }
}
