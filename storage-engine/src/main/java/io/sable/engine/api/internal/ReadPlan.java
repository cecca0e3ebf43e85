package io.sable.engine.api.internal;

import io.sable.engine.expression.Condition;
import io.sable.engine.expression.ExpressionAttributes;
import io.sable.engine.expression.KeyCondition;
import io.sable.engine.expression.ConditionPaths;
import io.sable.engine.expression.Path;
import io.sable.engine.expression.Projection;
import io.sable.engine.index.IndexDefinition;
import io.sable.engine.index.SecondaryIndex;
import io.sable.engine.table.Table;
import io.sable.engine.table.Tables;
import io.sable.engine.value.AttributeType;
import io.sable.engine.value.InvalidRequestException;
import io.sable.engine.value.ItemKey;
import io.sable.engine.value.ItemValidator;
import io.sable.engine.value.KeySchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * What a Query or Scan reads and returns, validated with DynamoDB's rules: the table or index, the
 * {@code Select} mode, the bound ProjectionExpression and FilterExpression, {@code Limit},
 * {@code ConsistentRead} and {@code ExclusiveStartKey}.
 */
final class ReadPlan {
  // The legacy parameters that conflict with expressions, in DynamoDB's order.
  private static final List<String> SCAN_LEGACY =
      List.of("AttributesToGet", "ScanFilter", "ConditionalOperator");
  private static final List<String> QUERY_LEGACY =
      List.of("AttributesToGet", "QueryFilter", "ConditionalOperator");
  private static final List<String> QUERY_LEGACY_WITH_KEY_CONDITIONS =
      List.of("AttributesToGet", "QueryFilter", "ConditionalOperator", "KeyConditions");
  private static final List<String> EXPRESSIONS =
      List.of("ProjectionExpression", "FilterExpression", "KeyConditionExpression");

  final Table table;
  final SecondaryIndex index;
  final KeySchema keySchema;
  final Select select;
  final Projection projection;
  final Condition filter;
  final Integer limit;
  final boolean fetchFromTable;
  final Condition keyCondition;
  final ItemKey startKey;
  final boolean consistentRead;
  final String returnConsumedCapacity;
  /** Whether the filter came from the legacy QueryFilter or ScanFilter (for messages). */
  final boolean legacyFilter;

  /**
   * Validates the common parameters of a Query or Scan request and binds its expressions (a
   * Query's KeyConditionExpression first, then FilterExpression and ProjectionExpression).
   *
   * @param operation {@code "Query"} or {@code "Scan"}
   */
  static ReadPlan of(Tables tables, Fields request, String operation) {
    boolean query = operation.equals("Query");
    String legacyFilter = query ? "QueryFilter" : "ScanFilter";
    String keyText = request.string("KeyConditionExpression");
    List<String> legacy =
        !query ? SCAN_LEGACY : keyText != null ? QUERY_LEGACY_WITH_KEY_CONDITIONS : QUERY_LEGACY;
    request.rejectMixing(legacy, EXPRESSIONS);
    Table table = Requests.table(tables, request.string("TableName"));
    SecondaryIndex index = index(table, request.string("IndexName"));
    String filterText = request.string("FilterExpression");
    String projectionText = request.string("ProjectionExpression");
    ExpressionAttributes attributes =
        ExpressionParams.of(
            request,
            keyText != null || filterText != null || projectionText != null,
            keyText != null || filterText != null,
            query ? "FilterExpression and KeyConditionExpression are null" : "FilterExpression is null");
    Map<String, software.amazon.awssdk.services.dynamodb.model.Condition> keyConditions =
        request.map("KeyConditions");
    if (query && keyText == null && (keyConditions == null || keyConditions.isEmpty())) {
      throw new InvalidRequestException(
          "Either the KeyConditions or KeyConditionExpression parameter must be specified in the"
              + " request.");
    }
    Condition keyCondition = ExpressionParams.condition(attributes, KeyCondition.kind(), keyText);
    Condition filter = ExpressionParams.condition(attributes, "FilterExpression", filterText);
    List<Path> projection = ExpressionParams.projection(attributes, projectionText);
    attributes.checkAllUsed();
    if (query && keyText == null) {
      KeySchema schema =
          index == null ? table.definition().keySchema() : index.definition().keySchema();
      keyCondition = LegacyConditions.keyConditions(keyConditions, schema);
    }
    boolean legacyFiltered = false;
    if (filterText == null) {
      filter = LegacyConditions.filter(request.map(legacyFilter), request.string("ConditionalOperator"));
      legacyFiltered = filter != null;
    }
    boolean legacyProjection = false;
    if (projectionText == null) {
      projection = LegacyConditions.attributesToGet(ExpressionParams.attributesToGet(request));
      legacyProjection = projection != null;
    }
    return new ReadPlan(
        table, index, request, projection, filter, keyCondition, operation, legacyFiltered, legacyProjection);
  }

  /** The index named {@code name} of {@code table}, or {@code null} when no name is given. */
  private static SecondaryIndex index(Table table, String name) {
    if (name == null) {
      return null;
    }
    Requests.checkName(name, "indexName");
    SecondaryIndex index = table.index(name);
    if (index == null) {
      throw new InvalidRequestException("The table does not have the specified index: " + name);
    }
    if (index.backfilling()) {
      throw new InvalidRequestException(
          "Cannot read from backfilling global secondary index: " + name);
    }
    return index;
  }

  private ReadPlan(
      Table table,
      SecondaryIndex index,
      Fields request,
      List<Path> projectionPaths,
      Condition filter,
      Condition keyCondition,
      String operation,
      boolean legacyFilter,
      boolean legacyProjection) {
    this.table = table;
    this.legacyFilter = legacyFilter;
    this.index = index;
    this.keySchema = index == null ? table.definition().keySchema() : index.definition().keySchema();
    this.filter = filter;
    this.keyCondition = keyCondition;
    this.limit = request.get("Limit", Integer.class).orElse(null);
    this.returnConsumedCapacity = request.string("ReturnConsumedCapacity");
    String selectText = request.string("Select");
    this.consistentRead = request.get("ConsistentRead", Boolean.class).orElse(false);
    if (limit != null && limit < 1) {
      throw new InvalidRequestException("Limit must be greater than or equal to 1");
    }
    this.select =
        select(
            selectText,
            projectionPaths != null,
            legacyProjection ? "AttributesToGet" : "ProjectionExpression",
            index);
    this.projection = projectionPaths == null ? null : new Projection(projectionPaths);
    boolean global = index != null && index.definition().global();
    if (global && consistentRead) {
      throw new InvalidRequestException(
          "Consistent read cannot be true when "
              + (operation.equals("Query") ? "querying" : "scanning")
              + " a GSI");
    }
    this.fetchFromTable = index != null && !global && needsTable();
    if (global) {
      checkProjected();
    }
    this.startKey = startKey(request.map("ExclusiveStartKey"));
  }

  private static Select select(
      String text, boolean hasProjection, String projectionParameter, SecondaryIndex index) {
    if (text == null) {
      if (hasProjection) {
        return Select.SPECIFIC_ATTRIBUTES;
      }
      return index == null ? Select.ALL_ATTRIBUTES : Select.ALL_PROJECTED_ATTRIBUTES;
    }
    Select select = Select.fromValue(text);
    switch (select) {
      case COUNT:
      case ALL_ATTRIBUTES:
      case ALL_PROJECTED_ATTRIBUTES:
        if (hasProjection) {
          throw new InvalidRequestException(
              "Cannot specify the "
                  + projectionParameter
                  + " when choosing to get "
                  + (select == Select.COUNT ? "only the Count" : select.toString()));
        }
        break;
      case SPECIFIC_ATTRIBUTES:
        if (!hasProjection) {
          throw new InvalidRequestException(
              "Must specify the AttributesToGet or ProjectionExpression when choosing to get"
                  + " SPECIFIC_ATTRIBUTES");
        }
        break;
      default:
        throw new InvalidRequestException(
            "1 validation error detected: Value '"
                + text
                + "' at 'select' failed to satisfy constraint: Member must satisfy enum value set:"
                + " [SPECIFIC_ATTRIBUTES, COUNT, ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES]");
    }
    if (select == Select.ALL_PROJECTED_ATTRIBUTES && index == null) {
      throw new InvalidRequestException(
          "ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName");
    }
    if (select == Select.ALL_ATTRIBUTES
        && index != null
        && index.definition().global()
        && index.definition().projectionType() != ProjectionType.ALL) {
      throw new InvalidRequestException(
          "One or more parameter values were invalid: Select type ALL_ATTRIBUTES is not supported"
              + " for global secondary index "
              + index.definition().name()
              + " because its projection type is not ALL");
    }
    return select;
  }

  private boolean needsTable() {
    if (index.definition().projectionType() == ProjectionType.ALL) {
      return false;
    }
    if (select == Select.ALL_ATTRIBUTES) {
      return true;
    }
    return !unprojected(projection == null ? List.of() : projection.topLevelNames()).isEmpty()
        || (filter != null && !unprojected(ConditionPaths.topLevelNames(filter)).isEmpty());
  }

  private void checkProjected() {
    String name = index.definition().name();
    if (projection != null) {
      List<String> missing = unprojected(projection.topLevelNames());
      if (!missing.isEmpty()) {
        throw new InvalidRequestException(
            "One or more parameter values were invalid: Global secondary index "
                + name
                + " does not project "
                + missing);
      }
    }
    if (filter != null) {
      List<String> missing = unprojected(ConditionPaths.topLevelNames(filter));
      if (!missing.isEmpty()) {
        throw new InvalidRequestException(
            "One or more parameter values were invalid: Secondary index "
                + name
                + " does not project one or more filter attributes: "
                + missing);
      }
    }
  }

  private List<String> unprojected(Iterable<String> names) {
    IndexDefinition definition = index.definition();
    KeySchema tableKeys = table.definition().keySchema();
    List<String> missing = new ArrayList<>();
    for (String name : names) {
      if (!definition.projects(name, tableKeys)) {
        missing.add(name);
      }
    }
    return missing;
  }

  /**
   * The store position of an {@code ExclusiveStartKey}: the table key, or for an index the index
   * key followed by the table key. Returns {@code null} when none is given.
   *
   * @throws InvalidRequestException if it does not hold exactly the key attributes
   */
  private ItemKey startKey(Map<String, AttributeValue> startKey) {
    if (startKey == null) {
      return null;
    }
    KeySchema tableKeys = table.definition().keySchema();
    List<String> expected = new ArrayList<>(List.of(tableKeys.partitionKeyName()));
    if (tableKeys.hasSortKey()) {
      expected.add(tableKeys.sortKeyName());
    }
    if (index != null) {
      addIfAbsent(expected, keySchema.partitionKeyName());
      if (keySchema.hasSortKey()) {
        addIfAbsent(expected, keySchema.sortKeyName());
      }
    }
    if (startKey.size() != expected.size() || !startKey.keySet().containsAll(expected)) {
      throw new InvalidRequestException("Exclusive Start Key must have same size as table's key schema");
    }
    Map<String, AttributeValue> key = ItemValidator.validateItem(startKey);
    checkTypes(key, tableKeys);
    ItemKey tableKey = tableKeys.keyOfItem(key);
    if (index == null) {
      return tableKey;
    }
    checkTypes(key, keySchema);
    return index.indexKey(key, tableKey);
  }

  private static void addIfAbsent(List<String> names, String name) {
    if (!names.contains(name)) {
      names.add(name);
    }
  }

  private static void checkTypes(Map<String, AttributeValue> key, KeySchema schema) {
    if (AttributeType.of(key.get(schema.partitionKeyName())) != schema.partitionKeyType()
        || (schema.hasSortKey()
            && AttributeType.of(key.get(schema.sortKeyName())) != schema.sortKeyType())) {
      throw new InvalidRequestException("Type mismatch for attribute to update");
    }
  }

  /** The LastEvaluatedKey of a stored entry: its table key, plus its index key on an index. */
  Map<String, AttributeValue> lastEvaluatedKey(ItemKey key, Map<String, AttributeValue> entry) {
    KeySchema tableKeys = table.definition().keySchema();
    if (index == null) {
      return tableKeys.keyAttributes(key);
    }
    Map<String, AttributeValue> result = new LinkedHashMap<>(tableKeys.keyAttributes(key.tail()));
    result.put(keySchema.partitionKeyName(), entry.get(keySchema.partitionKeyName()));
    if (keySchema.hasSortKey()) {
      result.put(keySchema.sortKeyName(), entry.get(keySchema.sortKeyName()));
    }
    return result;
  }
}
