package io.sable.engine.api.internal;

import io.sable.engine.expression.Condition;
import io.sable.engine.expression.Documents;
import io.sable.engine.expression.ExpressionAttributes;
import io.sable.engine.expression.Path;
import io.sable.engine.expression.Projection;
import io.sable.engine.expression.UpdateEvaluator;
import io.sable.engine.expression.UpdateExpression;
import io.sable.engine.expression.UpdateParser;
import io.sable.engine.capacity.throughput.Throughput;
import io.sable.engine.table.Table;
import io.sable.engine.table.Tables;
import io.sable.engine.table.WriteResult;
import io.sable.engine.value.InvalidRequestException;
import io.sable.engine.value.Item;
import io.sable.engine.value.ItemKey;
import io.sable.engine.value.ItemSize;
import io.sable.engine.value.ItemValidator;
import io.sable.engine.value.KeySchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * UpdateItem: creates or changes one item by its UpdateExpression (or legacy AttributeUpdates),
 * after its ConditionExpression (or legacy Expected), atomically, and returns what ReturnValues
 * asks for.
 */
public final class UpdateOperation {
  private final Tables tables;
  private final Throughput throughput;

  /** UpdateItem on {@code tables}, throttled by {@code throughput}. */
  public UpdateOperation(Tables tables, Throughput throughput) {
    this.tables = tables;
    this.throughput = throughput;
  }

  /** Runs one UpdateItem request. */
  public UpdateItemResponse updateItem(UpdateItemRequest request) {
    Fields fields = request::getValueForField;
    fields.rejectMixing(
        List.of("AttributeUpdates", "Expected", "ConditionalOperator"),
        List.of("UpdateExpression", "ConditionExpression"));
    Table table = Requests.table(tables, request.tableName());
    ReturnValue returnValue = WriteRules.returnValue(request.returnValuesAsString());
    boolean metrics = ItemCollections.wanted(request.returnItemCollectionMetricsAsString());
    ItemKey key = WriteRules.key(table, request.hasKey(), request.key());
    KeySchema keySchema = table.definition().keySchema();
    Expressions expressions =
        expressions(fields, request.updateExpression(), request.conditionExpression());
    UpdateExpression update = expressions.update();
    Condition condition = expressions.condition();
    List<LegacyUpdates.Update> legacy = null;
    if (request.updateExpression() == null && request.conditionExpression() == null) {
      condition =
          LegacyConditions.expected(request.expected(), request.conditionalOperatorAsString());
      if (request.hasAttributeUpdates()) {
        legacy = LegacyUpdates.validate(request.attributeUpdates(), keySchema);
      }
    }
    String keyUpdate = keyAttributeUpdate(update, keySchema);
    if (keyUpdate != null) {
      throw new InvalidRequestException(keyUpdate);
    }
    boolean returnOnFailure =
        ItemOperations.returnOnFailure(request.returnValuesOnConditionCheckFailureAsString());
    Map<String, AttributeValue> keyAttributes = keySchema.keyAttributes(key);
    Condition check = condition;
    List<LegacyUpdates.Update> attributeUpdates = legacy;
    WriteResult result =
        ItemOperations.write(
            throughput,
            table,
            key,
            current -> {
              WriteRules.check(check, current, returnOnFailure);
              return attributeUpdates == null
                  ? updated(update, keyAttributes, current)
                  : legacyUpdated(attributeUpdates, keyAttributes, current);
            });
    List<Path> paths =
        update != null ? update.paths() : legacy != null ? LegacyUpdates.paths(legacy) : List.of();
    return response(returnValue, paths, result)
        .toBuilder()
        .consumedCapacity(ItemOperations.written(request.returnConsumedCapacityAsString(), table, result))
        .itemCollectionMetrics(ItemCollections.of(metrics, table, key))
        .build();
  }

  /** An UpdateItem's (or a transaction's Update's) expressions, parsed and bound. */
  record Expressions(UpdateExpression update, Condition condition) {}

  /**
   * Parses and binds an {@code UpdateExpression} and a {@code ConditionExpression} (either may be
   * absent) with the request's placeholders, rejecting unused ones.
   *
   * @throws InvalidRequestException with DynamoDB's message
   */
  static Expressions expressions(Fields request, String updateText, String conditionText) {
    boolean anyExpression = updateText != null || conditionText != null;
    ExpressionAttributes attributes =
        ExpressionParams.of(
            request, anyExpression, anyExpression, "UpdateExpression and ConditionExpression are null");
    UpdateExpression update =
        updateText == null ? null : attributes.bind(UpdateParser.parse(updateText));
    Condition condition =
        ExpressionParams.condition(attributes, "ConditionExpression", conditionText);
    attributes.checkAllUsed();
    return new Expressions(update, condition);
  }

  /** DynamoDB's message if {@code update} sets or removes a key attribute, else {@code null}. */
  static String keyAttributeUpdate(UpdateExpression update, KeySchema keySchema) {
    if (update != null) {
      for (Path path : update.paths()) {
        if (keySchema.isKeyAttribute(path.topLevelName())) {
          return "One or more parameter values were invalid: Cannot update attribute "
              + path.topLevelName()
              + ". This attribute is part of the key";
        }
      }
    }
    return null;
  }

  /**
   * The item after {@code update} (none: unchanged) applied to {@code current}, or to a new item
   * of {@code keyAttributes} when there is none.
   *
   * @throws InvalidRequestException if an operand has the wrong type, a path is invalid, or the
   *     item grows past 400 KB
   */
  static Item updated(
      UpdateExpression update, Map<String, AttributeValue> keyAttributes, Item current) {
    if (current == null && update != null && update.sets().isEmpty() && update.adds().isEmpty()) {
      // Only REMOVE and DELETE: nothing to write, so a missing item stays missing, and a path
      // under a missing attribute is no error (DynamoDB, in scylladb's test/alternator
      // test_item.py test_update_item_non_existent and test_update_expression.py
      // test_nested_attribute_remove_from_missing_item; DynamoDB Local creates the item).
      return null;
    }
    Map<String, AttributeValue> base = base(keyAttributes, current);
    return sized(update == null ? base : UpdateEvaluator.apply(update, base));
  }

  /**
   * The item after legacy {@code AttributeUpdates}; a missing item stays missing when every
   * update is a DELETE (scylladb's test_item.py test_update_item_non_existent, run against
   * DynamoDB), while no updates at all still create it.
   */
  private static Item legacyUpdated(
      List<LegacyUpdates.Update> updates, Map<String, AttributeValue> keyAttributes, Item current) {
    Item next = sized(LegacyUpdates.apply(updates, base(keyAttributes, current)));
    boolean deletesOnly =
        !updates.isEmpty() && updates.stream().allMatch(u -> u.action().equals("DELETE"));
    return current == null && deletesOnly ? null : next;
  }

  /** The attributes an update starts from: the current item's, or a new item's key attributes. */
  private static Map<String, AttributeValue> base(Map<String, AttributeValue> keyAttributes, Item current) {
    return current == null ? keyAttributes : current.attributes();
  }

  /**
   * The updated item, unless it grew past DynamoDB's 400 KB item size limit or past its 32 levels
   * of nesting (DynamoDB's short message, as UpdateItem gives it: DynamoDB Local 3.1.0, and the
   * API Reference's TransactWriteItems cancellation reasons).
   */
  private static Item sized(Map<String, AttributeValue> next) {
    for (AttributeValue value : next.values()) {
      if (ItemValidator.levels(value) > ItemValidator.MAX_NESTING_LEVELS) {
        throw new InvalidRequestException(ItemValidator.NESTING_TOO_DEEP);
      }
    }
    Item item = Item.of(java.util.Collections.unmodifiableMap(next));
    if (item.sizeBytes() > ItemSize.MAX_ITEM_SIZE) {
      throw new InvalidRequestException("Item size to update has exceeded the maximum allowed size");
    }
    return item;
  }

  private static UpdateItemResponse response(
      ReturnValue returnValue, List<Path> update, WriteResult result) {
    UpdateItemResponse.Builder response = UpdateItemResponse.builder();
    Map<String, AttributeValue> oldItem =
        result.oldItem() == null ? Map.of() : result.oldItem().attributes();
    Map<String, AttributeValue> newItem =
        result.newItem() == null ? Map.of() : result.newItem().attributes();
    Map<String, AttributeValue> attributes;
    switch (returnValue) {
      case ALL_OLD:
        attributes = oldItem;
        break;
      case ALL_NEW:
        attributes = newItem;
        break;
      case UPDATED_OLD:
        attributes = updated(update, oldItem);
        break;
      case UPDATED_NEW:
        attributes = updated(update, newItem);
        break;
      default:
        attributes = Map.of();
        break;
    }
    // Nothing to return leaves Attributes out, rather than an empty map (scylladb's
    // test_returnvalues.py, run against DynamoDB: "assert not 'Attributes' in ret").
    return attributes.isEmpty() ? response.build() : response.attributes(attributes).build();
  }

  // Every action path that leads to a value in {@code image}, projected: SET a.b returns {a: {b:
  // v}}, not the whole of a (scylladb's test_returnvalues.py test_update_item_returnvalues_nested,
  // run against DynamoDB; DynamoDB Local 3.1.0 returns the whole top-level attribute).
  private static Map<String, AttributeValue> updated(
      List<Path> paths, Map<String, AttributeValue> image) {
    return new Projection(paths).apply(image);
  }
}
