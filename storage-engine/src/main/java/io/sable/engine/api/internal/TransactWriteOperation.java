package io.sable.engine.api.internal;

import io.sable.engine.capacity.CapacityMeter;
import io.sable.engine.capacity.CapacityUnits;
import io.sable.engine.capacity.throughput.Throughput;
import io.sable.engine.expression.Condition;
import io.sable.engine.index.SecondaryIndex;
import io.sable.engine.table.Table;
import io.sable.engine.table.Tables;
import io.sable.engine.table.WriteResult;
import io.sable.engine.transaction.ClientRequestTokens;
import io.sable.engine.transaction.RequestFingerprint;
import io.sable.engine.transaction.TransactionCanceled;
import io.sable.engine.transaction.Transactions;
import io.sable.engine.transaction.WriteAction;
import io.sable.engine.value.InvalidRequestException;
import io.sable.engine.value.Item;
import io.sable.engine.value.ItemKey;
import io.sable.engine.value.ItemSize;
import io.sable.engine.value.ItemValidator;
import io.sable.engine.value.Utf8;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.ItemCollectionMetrics;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * TransactWriteItems: validates up to 100 {@code Put}, {@code Update}, {@code Delete} and {@code
 * ConditionCheck} actions on distinct items (4 MB at most in all), honours the {@code
 * ClientRequestToken}, runs them as one transaction ({@link Transactions}) and reports consumed
 * capacity, twice a plain write's.
 *
 * <p>Which errors are a {@code ValidationException} and which a {@code ValidationError}
 * cancellation reason follows DynamoDB Local 3.1.0, except where DynamoDB's documentation says
 * otherwise (see the differential tests).
 */
public final class TransactWriteOperation {
  /** DynamoDB's limit on the payload of one transaction, in bytes (4 MB). */
  static final long MAX_PAYLOAD_BYTES = 4L * 1024 * 1024;

  private final Tables tables;
  private final Transactions transactions;
  private final ClientRequestTokens tokens;
  private final Throughput throughput;

  /** TransactWriteItems on {@code tables}, throttled by {@code throughput}. */
  public TransactWriteOperation(
      Tables tables, Transactions transactions, ClientRequestTokens tokens, Throughput throughput) {
    this.tables = tables;
    this.transactions = transactions;
    this.tokens = tokens;
    this.throughput = throughput;
  }

  /** Runs one TransactWriteItems request. */
  public TransactWriteItemsResponse transactWriteItems(TransactWriteItemsRequest request) {
    List<TransactWriteItem> items = request.transactItems();
    String token = request.clientRequestToken();
    List<Parsed> parsed = new ArrayList<>(items.size());
    for (TransactWriteItem item : items) {
      parsed.add(parse(item));
    }
    checkTargets(parsed);
    List<WriteAction> actions = new ArrayList<>(parsed.size());
    parsed.forEach(action -> actions.add(action.action()));
    CapacityMeter meter = CapacityMeter.of(request.returnConsumedCapacityAsString());
    boolean metrics = ItemCollections.wanted(request.returnItemCollectionMetricsAsString());
    if (token != null) {
      switch (tokens.begin(token, RequestFingerprint.of(items))) {
        case REPLAY:
          return replay(actions, meter);
        case IN_PROGRESS:
          throw Errors.transactionInProgress();
        case MISMATCH:
          throw Errors.idempotentParameterMismatch();
        default:
          break;
      }
    }
    boolean succeeded = false;
    try {
      List<Table> targets = new ArrayList<>(actions.size());
      List<ItemKey> keys = new ArrayList<>(actions.size());
      for (WriteAction action : actions) {
        targets.add(action.table());
        keys.add(action.key());
      }
      TransactThrottles.admit(throughput, targets, keys, true);
      List<WriteResult> results = transactions.write(request, actions);
      succeeded = true;
      for (int i = 0; i < actions.size(); i++) {
        measure(meter, actions.get(i), results.get(i));
        charge(actions.get(i), results.get(i));
      }
      return response(meter).toBuilder().itemCollectionMetrics(collections(metrics, actions)).build();
    } catch (TransactionCanceled e) {
      throw Errors.transactionCanceled(e);
    } finally {
      if (token != null) {
        if (succeeded) {
          tokens.succeeded(token);
        } else {
          tokens.failed(token);
        }
      }
    }
  }

  // A write's capacity, twice a plain write's. A ConditionCheck costs what reading its item would,
  // charged as writes (as DynamoDB Local 3.1.0 measures it).
  private static void measure(CapacityMeter meter, WriteAction action, WriteResult result) {
    if (action.type() == WriteAction.Type.CONDITION_CHECK) {
      Item item = result.oldItem();
      meter.write(
          action.table(),
          CapacityUnits.read(item == null ? 0 : item.sizeBytes(), true) * CapacityUnits.TRANSACTIONAL);
    } else {
      meter.write(action.table(), result.oldItem(), result.newItem(), CapacityUnits.TRANSACTIONAL);
    }
  }

  // Charges the throughput model what measure() reports.
  private void charge(WriteAction action, WriteResult result) {
    if (action.type() == WriteAction.Type.CONDITION_CHECK) {
      Item item = result.oldItem();
      throughput.chargeWrite(action.table(), action.key(), item, item, CapacityUnits.TRANSACTIONAL);
    } else {
      throughput.chargeWrite(
          action.table(), action.key(), result.oldItem(), result.newItem(), CapacityUnits.TRANSACTIONAL);
    }
  }

  // A repeated request with a used token: changes nothing and, as DynamoDB documents, consumes
  // read capacity for reading the items.
  private static TransactWriteItemsResponse replay(List<WriteAction> actions, CapacityMeter meter) {
    for (WriteAction action : actions) {
      Item item = action.table().get(action.key());
      meter.read(
          action.table(),
          CapacityUnits.read(item == null ? 0 : item.sizeBytes(), true) * CapacityUnits.TRANSACTIONAL);
    }
    return response(meter);
  }

  // ReturnItemCollectionMetrics: one entry per item written to a table with local indexes.
  private static Map<String, List<ItemCollectionMetrics>> collections(
      boolean metrics, List<WriteAction> actions) {
    if (!metrics) {
      return null;
    }
    Map<String, List<ItemCollectionMetrics>> collections = new LinkedHashMap<>();
    for (WriteAction action : actions) {
      ItemCollectionMetrics collection =
          action.type() == WriteAction.Type.CONDITION_CHECK
              ? null
              : ItemCollections.of(true, action.table(), action.key());
      if (collection != null) {
        collections.computeIfAbsent(action.table().name(), n -> new ArrayList<>()).add(collection);
      }
    }
    return collections;
  }

  private static TransactWriteItemsResponse response(CapacityMeter meter) {
    TransactWriteItemsResponse.Builder response = TransactWriteItemsResponse.builder();
    if (meter.enabled()) {
      response.consumedCapacity(meter.byTable());
    }
    return response.build();
  }

  private static void checkTargets(List<Parsed> parsed) {
    List<String> names = new ArrayList<>(parsed.size());
    List<Table> targetTables = new ArrayList<>(parsed.size());
    List<ItemKey> keys = new ArrayList<>(parsed.size());
    long payload = 0;
    for (Parsed action : parsed) {
      names.add(action.tableName());
      targetTables.add(action.table());
      keys.add(action.action() == null ? null : action.action().key());
      payload += action.payloadBytes();
    }
    TransactRequests.checkTargets(names, targetTables, keys);
    if (payload > MAX_PAYLOAD_BYTES) {
      throw new InvalidRequestException(
          "Transaction payload size cannot exceed 4MB. Payload Size: " + payload);
    }
  }

  /** One action as validated: its table ({@code null} if missing) and what it counts for 4 MB. */
  private record Parsed(String tableName, Table table, WriteAction action, long payloadBytes) {}

  private Parsed parse(TransactWriteItem item) {
    int kinds =
        (item.put() == null ? 0 : 1)
            + (item.update() == null ? 0 : 1)
            + (item.delete() == null ? 0 : 1)
            + (item.conditionCheck() == null ? 0 : 1);
    if (kinds == 0) {
      throw new InvalidRequestException(
          "Invalid Request: TransactWriteRequest should contain Delete or Put or Update request");
    }
    if (kinds > 1) {
      throw new InvalidRequestException(
          "TransactItems can only contain one of Check, Put, Update or Delete");
    }
    if (item.put() != null) {
      return put(item.put());
    }
    if (item.update() != null) {
      return update(item.update());
    }
    if (item.delete() != null) {
      Delete delete = item.delete();
      return keyed(
          WriteAction.Type.DELETE,
          delete.tableName(),
          delete.hasKey() ? delete.key() : null,
          delete::getValueForField,
          delete.returnValuesOnConditionCheckFailureAsString());
    }
    ConditionCheck check = item.conditionCheck();
    return keyed(
        WriteAction.Type.CONDITION_CHECK,
        check.tableName(),
        check.hasKey() ? check.key() : null,
        check::getValueForField,
        check.returnValuesOnConditionCheckFailureAsString());
  }

  private Parsed put(Put put) {
    Table table = TransactRequests.table(tables, put.tableName());
    Map<String, AttributeValue> attributes = ItemValidator.validateItem(put.item());
    Item item = Item.of(attributes);
    if (item.sizeBytes() > ItemSize.MAX_ITEM_SIZE) {
      throw new InvalidRequestException("Item size has exceeded the maximum allowed size");
    }
    Fields fields = put::getValueForField;
    Condition condition = ExpressionParams.writeCondition(fields);
    long payload = item.sizeBytes() + expressionBytes(fields);
    if (table == null) {
      return new Parsed(put.tableName(), null, null, payload);
    }
    ItemKey key = TransactRequests.key(table, attributes, true);
    WriteAction action;
    if (key == null) {
      action = WriteAction.invalid(WriteAction.Type.PUT, TransactRequests.KEY_TYPE_MISMATCH);
    } else {
      action = indexInvalid(table, attributes);
      if (action == null) {
        action =
            WriteAction.of(
                WriteAction.Type.PUT,
                table,
                key,
                current -> ItemOperations.passes(condition, current),
                current -> item,
                returnsItem(put.returnValuesOnConditionCheckFailureAsString()));
      }
    }
    return new Parsed(put.tableName(), table, action, payload);
  }

  // A Put whose index key attributes have the wrong type (or are empty) is a ValidationError.
  private static WriteAction indexInvalid(Table table, Map<String, AttributeValue> attributes) {
    for (SecondaryIndex index : table.indexes()) {
      try {
        index.validate(attributes);
      } catch (InvalidRequestException e) {
        return WriteAction.invalid(WriteAction.Type.PUT, e.getMessage());
      }
    }
    return null;
  }

  private Parsed update(Update update) {
    Table table = TransactRequests.table(tables, update.tableName());
    Fields fields = update::getValueForField;
    UpdateOperation.Expressions expressions =
        UpdateOperation.expressions(fields, update.updateExpression(), update.conditionExpression());
    long payload = ItemSize.of(update.key()) + expressionBytes(fields);
    if (table == null) {
      return new Parsed(update.tableName(), null, null, payload);
    }
    ItemKey key = TransactRequests.key(table, update.key(), false);
    String keyUpdate =
        UpdateOperation.keyAttributeUpdate(expressions.update(), table.definition().keySchema());
    WriteAction action;
    if (key == null || keyUpdate != null) {
      action =
          WriteAction.invalid(
              WriteAction.Type.UPDATE, key == null ? TransactRequests.KEY_TYPE_MISMATCH : keyUpdate);
    } else {
      Map<String, AttributeValue> keyAttributes = table.definition().keySchema().keyAttributes(key);
      action =
          WriteAction.of(
              WriteAction.Type.UPDATE,
              table,
              key,
              current -> ItemOperations.passes(expressions.condition(), current),
              current -> UpdateOperation.updated(expressions.update(), keyAttributes, current),
              returnsItem(update.returnValuesOnConditionCheckFailureAsString()));
    }
    return new Parsed(update.tableName(), table, action, payload);
  }

  // A Delete or a ConditionCheck: a key and a condition.
  private Parsed keyed(
      WriteAction.Type type,
      String tableName,
      Map<String, AttributeValue> keyAttributes,
      Fields fields,
      String returnValues) {
    Table table = TransactRequests.table(tables, tableName);
    Condition condition = ExpressionParams.writeCondition(fields);
    long payload = ItemSize.of(keyAttributes) + expressionBytes(fields);
    if (table == null) {
      return new Parsed(tableName, null, null, payload);
    }
    ItemKey key = TransactRequests.key(table, keyAttributes, false);
    WriteAction action =
        key == null
            ? WriteAction.invalid(type, TransactRequests.KEY_TYPE_MISMATCH)
            : WriteAction.of(
                type,
                table,
                key,
                current -> ItemOperations.passes(condition, current),
                type == WriteAction.Type.DELETE ? current -> null : current -> current,
                returnsItem(returnValues));
    return new Parsed(tableName, table, action, payload);
  }

  // What an action's expressions add to the transaction's 4 MB, as DynamoDB Local 3.1.0 counts
  // it: the expressions' lengths and the sizes of the ExpressionAttributeValues.
  private static long expressionBytes(Fields fields) {
    long bytes = 0;
    for (String expression : new String[] {"ConditionExpression", "UpdateExpression"}) {
      String text = fields.string(expression);
      bytes += text == null ? 0 : Utf8.length(text);
    }
    Map<String, AttributeValue> values = fields.map("ExpressionAttributeValues");
    if (values != null) {
      for (AttributeValue value : values.values()) {
        bytes += ItemSize.of(value);
      }
    }
    return bytes;
  }

  // ReturnValuesOnConditionCheckFailure: ALL_OLD reports the item; DynamoDB Local 3.1.0 accepts
  // any other value in a transaction as NONE.
  private static boolean returnsItem(String value) {
    return ReturnValuesOnConditionCheckFailure.ALL_OLD.toString().equals(value);
  }
}
