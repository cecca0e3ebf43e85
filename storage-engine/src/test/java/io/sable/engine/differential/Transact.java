package io.sable.engine.differential;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Get;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/** Short builders for the actions of TransactWriteItems and TransactGetItems, and views of them. */
final class Transact {
  private Transact() {}

  /** The key of a table whose partition key is {@code pk}, of type S. */
  static Map<String, AttributeValue> key(String pk) {
    return Fixtures.item("pk", Fixtures.s(pk));
  }

  static TransactWriteItem put(String table, Map<String, AttributeValue> item) {
    return TransactWriteItem.builder().put(Put.builder().tableName(table).item(item).build()).build();
  }

  /** A Put with a ConditionExpression, reporting the item on failure if {@code allOld}. */
  static TransactWriteItem put(
      String table, Map<String, AttributeValue> item, String condition, boolean allOld) {
    return TransactWriteItem.builder()
        .put(Put.builder().tableName(table).item(item).conditionExpression(condition)
            .returnValuesOnConditionCheckFailure(onFailure(allOld)).build())
        .build();
  }

  /** An Update of {@code key} by {@code expression} with values alternating name and value. */
  static TransactWriteItem update(
      String table, Map<String, AttributeValue> key, String expression, Object... values) {
    return conditionalUpdate(table, key, expression, null, false, values);
  }

  /** An Update with a ConditionExpression ({@code null}: none). */
  static TransactWriteItem conditionalUpdate(
      String table,
      Map<String, AttributeValue> key,
      String expression,
      String condition,
      boolean allOld,
      Object... values) {
    Update.Builder update =
        Update.builder().tableName(table).key(key).updateExpression(expression)
            .conditionExpression(condition).returnValuesOnConditionCheckFailure(onFailure(allOld));
    if (values.length > 0) {
      update.expressionAttributeValues(Fixtures.item(values));
    }
    return TransactWriteItem.builder().update(update.build()).build();
  }

  static TransactWriteItem delete(String table, Map<String, AttributeValue> key) {
    return delete(table, key, null, false);
  }

  static TransactWriteItem delete(
      String table, Map<String, AttributeValue> key, String condition, boolean allOld) {
    return TransactWriteItem.builder()
        .delete(Delete.builder().tableName(table).key(key).conditionExpression(condition)
            .returnValuesOnConditionCheckFailure(onFailure(allOld)).build())
        .build();
  }

  static TransactWriteItem check(
      String table, Map<String, AttributeValue> key, String condition, boolean allOld) {
    return TransactWriteItem.builder()
        .conditionCheck(ConditionCheck.builder().tableName(table).key(key).conditionExpression(condition)
            .returnValuesOnConditionCheckFailure(onFailure(allOld)).build())
        .build();
  }

  static TransactGetItem get(String table, Map<String, AttributeValue> key) {
    return get(table, key, b -> {});
  }

  static TransactGetItem get(
      String table, Map<String, AttributeValue> key, Consumer<Get.Builder> more) {
    Get.Builder get = Get.builder().tableName(table).key(key);
    more.accept(get);
    return TransactGetItem.builder().get(get.build()).build();
  }

  private static ReturnValuesOnConditionCheckFailure onFailure(boolean allOld) {
    return allOld ? ReturnValuesOnConditionCheckFailure.ALL_OLD : null;
  }

  /**
   * The units of each ConsumedCapacity, as DynamoDB Local reports them: table name, total, the
   * table's and each index's CapacityUnits (not the read/write split, which DynamoDB Local omits),
   * sorted by table name (DynamoDB defines no order).
   */
  static List<String> capacity(List<ConsumedCapacity> consumed) {
    List<String> view = new ArrayList<>();
    for (ConsumedCapacity capacity : consumed) {
      StringBuilder text = new StringBuilder(capacity.tableName()).append('=').append(capacity.capacityUnits());
      if (capacity.table() != null) {
        text.append(" table=").append(capacity.table().capacityUnits());
      }
      if (capacity.hasGlobalSecondaryIndexes()) {
        capacity.globalSecondaryIndexes().forEach(
            (name, units) -> text.append(' ').append(name).append('=').append(units.capacityUnits()));
      }
      view.add(text.toString());
    }
    view.sort(null);
    return view;
  }
}
