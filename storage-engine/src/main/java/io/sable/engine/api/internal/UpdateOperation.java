package io.sable.engine.api.internal;

import io.sable.engine.expression.Condition;
import io.sable.engine.expression.Documents;
import io.sable.engine.expression.ExpressionAttributes;
import io.sable.engine.expression.Path;
import io.sable.engine.expression.UpdateEvaluator;
import io.sable.engine.expression.UpdateExpression;
import io.sable.engine.expression.UpdateParser;
import io.sable.engine.table.Table;
import io.sable.engine.table.Tables;
import io.sable.engine.table.WriteResult;
import io.sable.engine.value.InvalidRequestException;
import io.sable.engine.value.Item;
import io.sable.engine.value.ItemKey;
import io.sable.engine.value.ItemSize;
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

  /** UpdateItem on {@code tables}. */
  public UpdateOperation(Tables tables) {
    this.tables = tables;
  }

  /** Runs one UpdateItem request. */
  public UpdateItemResponse updateItem(UpdateItemRequest request) {
    Fields fields = request::getValueForField;
    fields.rejectMixing(
        List.of("AttributeUpdates", "Expected", "ConditionalOperator"),
        List.of("UpdateExpression", "ConditionExpression"));
    Table table = Requests.table(tables, request.tableName());
    ReturnValue returnValue = WriteRules.returnValue(request.returnValuesAsString());
    ItemKey key = WriteRules.key(table, request.hasKey(), request.key());
    KeySchema keySchema = table.definition().keySchema();
    String updateText = request.updateExpression();
    String conditionText = request.conditionExpression();
    boolean anyExpression = updateText != null || conditionText != null;
    ExpressionAttributes attributes =
        ExpressionParams.of(
            request::getValueForField,
            anyExpression,
            anyExpression,
            "UpdateExpression and ConditionExpression are null");
    UpdateExpression update =
        updateText == null ? null : attributes.bind(UpdateParser.parse(updateText));
    Condition condition =
        ExpressionParams.condition(attributes, "ConditionExpression", conditionText);
    attributes.checkAllUsed();
    List<LegacyUpdates.Update> legacy = null;
    if (!anyExpression) {
      condition =
          LegacyConditions.expected(request.expected(), request.conditionalOperatorAsString());
      if (request.hasAttributeUpdates()) {
        legacy = LegacyUpdates.validate(request.attributeUpdates(), keySchema);
      }
    }
    if (update != null) {
      for (Path path : update.paths()) {
        if (keySchema.isKeyAttribute(path.topLevelName())) {
          throw new InvalidRequestException(
              "One or more parameter values were invalid: Cannot update attribute "
                  + path.topLevelName()
                  + ". This attribute is part of the key");
        }
      }
    }
    boolean returnOnFailure =
        ItemOperations.returnOnFailure(request.returnValuesOnConditionCheckFailureAsString());
    Map<String, AttributeValue> keyAttributes = keySchema.keyAttributes(key);
    Condition check = condition;
    List<LegacyUpdates.Update> attributeUpdates = legacy;
    WriteResult result =
        table.write(
            key,
            current -> {
              WriteRules.check(check, current, returnOnFailure);
              Map<String, AttributeValue> base =
                  current == null ? keyAttributes : current.attributes();
              Map<String, AttributeValue> next =
                  update != null
                      ? UpdateEvaluator.apply(update, base)
                      : attributeUpdates != null ? LegacyUpdates.apply(attributeUpdates, base) : base;
              Item item = Item.of(java.util.Collections.unmodifiableMap(next));
              if (item.sizeBytes() > ItemSize.MAX_ITEM_SIZE) {
                throw new InvalidRequestException(
                    "Item size to update has exceeded the maximum allowed size");
              }
              return item;
            });
    List<Path> updated =
        update != null ? update.paths() : legacy != null ? LegacyUpdates.paths(legacy) : List.of();
    return response(returnValue, updated, result);
  }

  private static UpdateItemResponse response(
      ReturnValue returnValue, List<Path> update, WriteResult result) {
    UpdateItemResponse.Builder response = UpdateItemResponse.builder();
    Map<String, AttributeValue> oldItem =
        result.oldItem() == null ? null : result.oldItem().attributes();
    Map<String, AttributeValue> newItem = result.newItem().attributes();
    switch (returnValue) {
      case ALL_OLD:
        if (oldItem != null) {
          response.attributes(oldItem);
        }
        break;
      case ALL_NEW:
        response.attributes(newItem);
        break;
      case UPDATED_OLD:
        if (oldItem != null) {
          response.attributes(updated(update, oldItem));
        }
        break;
      case UPDATED_NEW:
        response.attributes(updated(update, newItem));
        break;
      default:
        break;
    }
    return response.build();
  }

  // The top-level attributes of every action path that leads to a value in {@code image}, whole
  // (as DynamoDB Local 3.1.0 returns them).
  private static Map<String, AttributeValue> updated(
      List<Path> paths, Map<String, AttributeValue> image) {
    Map<String, AttributeValue> attributes = new LinkedHashMap<>();
    for (Path path : paths) {
      if (Documents.get(image, path) != null) {
        attributes.put(path.topLevelName(), image.get(path.topLevelName()));
      }
    }
    return attributes;
  }
}
