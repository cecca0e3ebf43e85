package io.sable.engine.api.internal;

import io.sable.engine.capacity.CapacityMeter;
import io.sable.engine.capacity.CapacityUnits;
import io.sable.engine.expression.Condition;
import io.sable.engine.expression.ConditionEvaluator;
import io.sable.engine.expression.Path;
import io.sable.engine.expression.Projection;
import io.sable.engine.capacity.throughput.Throughput;
import io.sable.engine.table.ItemMutation;
import io.sable.engine.table.Table;
import io.sable.engine.table.Tables;
import io.sable.engine.table.WriteResult;
import io.sable.engine.value.InvalidRequestException;
import io.sable.engine.value.Item;
import io.sable.engine.value.ItemKey;
import io.sable.engine.value.ItemSize;
import io.sable.engine.value.ItemValidator;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/** PutItem, GetItem and DeleteItem (UpdateItem is {@link UpdateOperation}). */
public final class ItemOperations {
  private final Tables tables;
  private final Throughput throughput;

  /** Item operations on {@code tables}, throttled by {@code throughput}. */
  public ItemOperations(Tables tables, Throughput throughput) {
    this.tables = tables;
    this.throughput = throughput;
  }

  /**
   * A single-item write, admitted and charged by {@code throughput}: throttled before {@code
   * mutation} runs if the table or partition is out of write capacity, or once the new item is
   * known if a global secondary index it changes is.
   *
   * @throws io.sable.engine.capacity.throughput.ThrottledException if throttled (nothing changes)
   */
  static WriteResult write(Throughput throughput, Table table, ItemKey key, ItemMutation mutation) {
    throughput.write(table, key);
    return table.write(key, throughput.guard(table, key, mutation, 1, true));
  }

  /**
   * PutItem: validates the item, checks the ConditionExpression (or the legacy Expected) and
   * writes, atomically.
   */
  public PutItemResponse putItem(PutItemRequest request) {
    Table table = Requests.table(tables, request.tableName());
    ReturnValue returnValue = WriteRules.putOrDeleteReturnValue(request.returnValuesAsString());
    boolean metrics = ItemCollections.wanted(request.returnItemCollectionMetricsAsString());
    if (!request.hasItem()) {
      throw new InvalidRequestException(
          "1 validation error detected: Value null at 'item' failed to satisfy constraint: Member"
              + " must not be null");
    }
    Map<String, AttributeValue> attributes = ItemValidator.validateItem(request.item());
    ItemKey key = table.definition().keySchema().keyOfItem(attributes);
    Item item = Item.of(attributes);
    if (item.sizeBytes() > ItemSize.MAX_ITEM_SIZE) {
      throw new InvalidRequestException("Item size has exceeded the maximum allowed size");
    }
    Condition condition = ExpressionParams.writeCondition(request::getValueForField);
    boolean returnOnFailure = returnOnFailure(request.returnValuesOnConditionCheckFailureAsString());
    for (var index : table.indexes()) {
      index.validate(attributes);
    }
    WriteResult result =
        write(
            throughput,
            table,
            key,
            current -> {
              WriteRules.check(condition, current, returnOnFailure);
              return item;
            });
    PutItemResponse.Builder response =
        PutItemResponse.builder()
            .consumedCapacity(written(request.returnConsumedCapacityAsString(), table, result))
            .itemCollectionMetrics(ItemCollections.of(metrics, table, key));
    if (returnValue == ReturnValue.ALL_OLD && result.oldItem() != null) {
      response.attributes(result.oldItem().attributes());
    }
    return response.build();
  }

  /** GetItem: the item with the given key, projected, or an empty response. */
  public GetItemResponse getItem(GetItemRequest request) {
    Table table = Requests.table(tables, request.tableName());
    ItemKey key = WriteRules.key(table, request.hasKey(), request.key());
    List<Path> paths = ExpressionParams.readProjection(request::getValueForField);
    throughput.read(table, null, key);
    Item item = table.get(key);
    double units =
        CapacityUnits.read(
            item == null ? 0 : item.sizeBytes(), Boolean.TRUE.equals(request.consistentRead()));
    throughput.chargeRead(table, null, key, units);
    CapacityMeter meter = CapacityMeter.of(request.returnConsumedCapacityAsString());
    meter.read(table, units);
    GetItemResponse.Builder response = GetItemResponse.builder().consumedCapacity(meter.single());
    if (item != null) {
      response.item(paths == null ? item.attributes() : new Projection(paths).apply(item.attributes()));
    }
    return response.build();
  }

  /** DeleteItem: checks the ConditionExpression and deletes, atomically. */
  public DeleteItemResponse deleteItem(DeleteItemRequest request) {
    Table table = Requests.table(tables, request.tableName());
    ReturnValue returnValue = WriteRules.putOrDeleteReturnValue(request.returnValuesAsString());
    boolean metrics = ItemCollections.wanted(request.returnItemCollectionMetricsAsString());
    ItemKey key = WriteRules.key(table, request.hasKey(), request.key());
    Condition condition = ExpressionParams.writeCondition(request::getValueForField);
    boolean returnOnFailure = returnOnFailure(request.returnValuesOnConditionCheckFailureAsString());
    WriteResult result =
        write(
            throughput,
            table,
            key,
            current -> {
              WriteRules.check(condition, current, returnOnFailure);
              return null;
            });
    DeleteItemResponse.Builder response =
        DeleteItemResponse.builder()
            .consumedCapacity(written(request.returnConsumedCapacityAsString(), table, result))
            .itemCollectionMetrics(ItemCollections.of(metrics, table, key));
    if (returnValue == ReturnValue.ALL_OLD && result.oldItem() != null) {
      response.attributes(result.oldItem().attributes());
    }
    return response.build();
  }

  /**
   * The ConsumedCapacity of a single-item write (Developer Guide, "Item sizes and capacity unit
   * consumption": the larger of the item before and after, and the indexes it changed), or {@code
   * null} if the request did not ask for it.
   */
  static ConsumedCapacity written(String returnConsumedCapacity, Table table, WriteResult result) {
    CapacityMeter meter = CapacityMeter.of(returnConsumedCapacity);
    meter.write(table, result.oldItem(), result.newItem(), 1);
    return meter.single();
  }

  static boolean returnOnFailure(String value) {
    if (value == null || value.equals(ReturnValuesOnConditionCheckFailure.NONE.toString())) {
      return false;
    }
    if (value.equals(ReturnValuesOnConditionCheckFailure.ALL_OLD.toString())) {
      return true;
    }
    throw new InvalidRequestException("ReturnValuesOnConditionCheckFailure value is invalid");
  }

  /** Whether {@code item} (absent: null) passes {@code condition} (absent: null passes). */
  static boolean passes(Condition condition, Item item) {
    return condition == null
        || ConditionEvaluator.test(condition, item == null ? Map.of() : item.attributes());
  }
}
