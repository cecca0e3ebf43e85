package io.sable.runtime.write;

import io.sable.runtime.condition.Condition;
import io.sable.runtime.condition.ExpressionWriter;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * One write of a transaction (or a single request): a put, delete, update or condition check of one
 * item, with its condition, and what a failure of its condition means.
 */
final class WriteOperation {

  enum Kind {
    PUT,
    DELETE,
    UPDATE,
    CHECK
  }

  /** What a failed condition of this operation means, to report it in the entity's terms. */
  record Meaning(String entityType, Map<String, AttributeValue> key, String versionAttribute, Long expectedVersion,
      String uniqueAttribute, AttributeValue uniqueValue) {

    static Meaning entity(String entityType, Map<String, AttributeValue> key, String versionAttribute,
        Long expectedVersion) {
      return new Meaning(entityType, key, versionAttribute, expectedVersion, null, null);
    }

    static Meaning unique(String entityType, Map<String, AttributeValue> key, String attribute, AttributeValue value) {
      return new Meaning(entityType, key, null, null, attribute, value);
    }

    boolean isUnique() {
      return uniqueAttribute != null;
    }
  }

  final Kind kind;
  final Map<String, AttributeValue> key;
  final Map<String, AttributeValue> item;
  final UpdateActions.Expression update;
  final Condition<?> condition;
  final Meaning meaning;

  private WriteOperation(Kind kind, Map<String, AttributeValue> key, Map<String, AttributeValue> item,
      UpdateActions.Expression update, Condition<?> condition, Meaning meaning) {
    this.kind = kind;
    this.key = key;
    this.item = item;
    this.update = update;
    this.condition = condition;
    this.meaning = meaning;
  }

  static WriteOperation put(Map<String, AttributeValue> key, Map<String, AttributeValue> item, Condition<?> condition,
      Meaning meaning) {
    return new WriteOperation(Kind.PUT, key, item, null, condition, meaning);
  }

  static WriteOperation delete(Map<String, AttributeValue> key, Condition<?> condition, Meaning meaning) {
    return new WriteOperation(Kind.DELETE, key, null, null, condition, meaning);
  }

  static WriteOperation update(Map<String, AttributeValue> key, UpdateActions.Expression update,
      Condition<?> condition, Meaning meaning) {
    return new WriteOperation(Kind.UPDATE, key, null, update, condition, meaning);
  }

  static WriteOperation check(Map<String, AttributeValue> key, Condition<?> condition, Meaning meaning) {
    return new WriteOperation(Kind.CHECK, key, null, null, condition, meaning);
  }

  /** The condition as a ConditionExpression with its placeholders; null parts when there is none. */
  Rendered render() {
    Map<String, String> names = new HashMap<>();
    Map<String, AttributeValue> values = new HashMap<>();
    if (update != null) {
      names.putAll(update.names());
      values.putAll(update.values());
    }
    String expression = null;
    if (condition != null) {
      ExpressionWriter writer = new ExpressionWriter("c");
      expression = writer.condition(condition);
      names.putAll(writer.names());
      values.putAll(writer.values());
    }
    return new Rendered(expression, names.isEmpty() ? null : names, values.isEmpty() ? null : values);
  }

  /** A rendered condition and the request's placeholders. */
  record Rendered(String condition, Map<String, String> names, Map<String, AttributeValue> values) {}

  /** This operation as one action of TransactWriteItems, returning the old item when its condition fails. */
  TransactWriteItem toTransactItem(String tableName) {
    Rendered r = render();
    ReturnValuesOnConditionCheckFailure old = r.condition() == null ? null : ReturnValuesOnConditionCheckFailure.ALL_OLD;
    return switch (kind) {
      case PUT -> TransactWriteItem.builder().put(Put.builder().tableName(tableName).item(item)
          .conditionExpression(r.condition()).expressionAttributeNames(r.names())
          .expressionAttributeValues(r.values()).returnValuesOnConditionCheckFailure(old).build()).build();
      case DELETE -> TransactWriteItem.builder().delete(Delete.builder().tableName(tableName).key(key)
          .conditionExpression(r.condition()).expressionAttributeNames(r.names())
          .expressionAttributeValues(r.values()).returnValuesOnConditionCheckFailure(old).build()).build();
      case UPDATE -> TransactWriteItem.builder().update(Update.builder().tableName(tableName).key(key)
          .updateExpression(update.expression()).conditionExpression(r.condition())
          .expressionAttributeNames(r.names()).expressionAttributeValues(r.values())
          .returnValuesOnConditionCheckFailure(old).build()).build();
      case CHECK -> TransactWriteItem.builder().conditionCheck(ConditionCheck.builder().tableName(tableName).key(key)
          .conditionExpression(r.condition()).expressionAttributeNames(r.names())
          .expressionAttributeValues(r.values()).returnValuesOnConditionCheckFailure(old).build()).build();
    };
  }

  /** "put of Order CUSTOMER#c1 / ORDER#...", for messages. */
  String describe() {
    return kind.name().toLowerCase(java.util.Locale.ROOT) + " of "
        + (meaning.isUnique() ? "the uniqueness item of " + meaning.entityType() + "." + meaning.uniqueAttribute()
            : meaning.entityType())
        + " " + Keys.describe(key);
  }
}
