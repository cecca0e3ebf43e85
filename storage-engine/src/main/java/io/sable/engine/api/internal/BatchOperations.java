package io.sable.engine.api.internal;

import io.sable.engine.capacity.CapacityMeter;
import io.sable.engine.capacity.CapacityUnits;
import io.sable.engine.expression.Path;
import io.sable.engine.expression.Projection;
import io.sable.engine.index.SecondaryIndex;
import io.sable.engine.table.ItemLockedException;
import io.sable.engine.table.Table;
import io.sable.engine.table.Tables;
import io.sable.engine.table.WriteResult;
import io.sable.engine.value.InvalidRequestException;
import io.sable.engine.value.Item;
import io.sable.engine.value.ItemKey;
import io.sable.engine.value.ItemSize;
import io.sable.engine.value.ItemValidator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * BatchWriteItem (at most 25 puts and deletes across tables, no two on one item) and BatchGetItem
 * (at most 100 keys, no duplicates). Every request is validated before anything is written; each
 * write is atomic on its own (a batch is not a transaction). A write is left unprocessed only when
 * an in-flight transaction holds its item. Both report {@code ConsumedCapacity} per table, each item
 * charged as the GetItem, PutItem or DeleteItem it stands for.
 */
public final class BatchOperations {
  /** DynamoDB's limit on the requests of one BatchWriteItem. */
  static final int MAX_WRITES = 25;
  /** DynamoDB's limit on the keys of one BatchGetItem. */
  static final int MAX_KEYS = 100;
  private static final String DUPLICATES = "Provided list of item keys contains duplicates";

  private final Tables tables;

  /** Batch operations on {@code tables}. */
  public BatchOperations(Tables tables) {
    this.tables = tables;
  }

  /** Runs one BatchWriteItem request. */
  public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
    Map<String, List<WriteRequest>> requestItems = request.requestItems();
    if (!request.hasRequestItems() || requestItems.isEmpty()) {
      throw new InvalidRequestException("BatchWriteItem cannot have a null or no requests set");
    }
    int total = 0;
    for (Map.Entry<String, List<WriteRequest>> entry : requestItems.entrySet()) {
      if (entry.getValue() == null || entry.getValue().isEmpty()) {
        throw new InvalidRequestException(
            "The batch write request list for a table cannot be null or empty: " + entry.getKey());
      }
      total += entry.getValue().size();
    }
    if (total > MAX_WRITES) {
      throw new InvalidRequestException("Too many items requested for the BatchWriteItem call");
    }
    Map<Table, List<Supplier<WriteResult>>> writes = new LinkedHashMap<>();
    for (Map.Entry<String, List<WriteRequest>> entry : requestItems.entrySet()) {
      Table table = Requests.table(tables, entry.getKey());
      Set<ItemKey> seen = new HashSet<>();
      List<Supplier<WriteResult>> tableWrites = new ArrayList<>(entry.getValue().size());
      for (WriteRequest write : entry.getValue()) {
        tableWrites.add(prepare(table, write, seen));
      }
      writes.put(table, tableWrites);
    }
    CapacityMeter meter = CapacityMeter.of(request.returnConsumedCapacityAsString());
    return BatchWriteItemResponse.builder()
        .unprocessedItems(run(requestItems, writes, meter))
        .consumedCapacity(meter.byTable())
        .build();
  }

  // Runs every write, each charged as the PutItem or DeleteItem it is; a write of an item that an
  // in-flight transaction holds is returned unprocessed (and not charged), for the caller to retry,
  // as DynamoDB returns writes it could not perform.
  private static Map<String, List<WriteRequest>> run(
      Map<String, List<WriteRequest>> requestItems,
      Map<Table, List<Supplier<WriteResult>>> writes,
      CapacityMeter meter) {
    Map<String, List<WriteRequest>> unprocessed = new LinkedHashMap<>();
    writes.forEach(
        (table, tableWrites) -> {
          String tableName = table.name();
          for (int i = 0; i < tableWrites.size(); i++) {
            try {
              WriteResult result = tableWrites.get(i).get();
              meter.write(table, result.oldItem(), result.newItem(), 1);
            } catch (ItemLockedException e) {
              unprocessed
                  .computeIfAbsent(tableName, name -> new ArrayList<>())
                  .add(requestItems.get(tableName).get(i));
            }
          }
        });
    return unprocessed;
  }

  private static Supplier<WriteResult> prepare(Table table, WriteRequest write, Set<ItemKey> seen) {
    if ((write.putRequest() == null) == (write.deleteRequest() == null)) {
      throw new InvalidRequestException(
          "Supplied AttributeValue has more than one datatypes set, must contain exactly one of the"
              + " supported datatypes");
    }
    ItemKey key;
    Supplier<WriteResult> action;
    if (write.putRequest() != null) {
      Map<String, AttributeValue> attributes =
          ItemValidator.validateItem(write.putRequest().item());
      key = table.definition().keySchema().keyOfItem(attributes);
      Item item = Item.of(attributes);
      if (item.sizeBytes() > ItemSize.MAX_ITEM_SIZE) {
        throw new InvalidRequestException("Item size has exceeded the maximum allowed size");
      }
      for (SecondaryIndex index : table.indexes()) {
        index.validate(attributes);
      }
      ItemKey target = key;
      action = () -> table.write(target, current -> item);
    } else {
      Map<String, AttributeValue> keyAttributes =
          ItemValidator.validateItem(write.deleteRequest().key());
      key = table.definition().keySchema().keyOfKey(keyAttributes);
      ItemKey target = key;
      action = () -> table.write(target, current -> null);
    }
    if (!seen.add(key)) {
      throw new InvalidRequestException(DUPLICATES);
    }
    return action;
  }

  /** Runs one BatchGetItem request. */
  public BatchGetItemResponse batchGetItem(BatchGetItemRequest request) {
    Map<String, KeysAndAttributes> requestItems = request.requestItems();
    if (!request.hasRequestItems() || requestItems.isEmpty()) {
      throw new InvalidRequestException("BatchGetItem must have some requests set");
    }
    int total = 0;
    for (Map.Entry<String, KeysAndAttributes> entry : requestItems.entrySet()) {
      if (!entry.getValue().hasKeys() || entry.getValue().keys().isEmpty()) {
        throw new InvalidRequestException(
            "The list of keys in RequestItems for BatchGetItem is required: "
                + entry.getKey()
                + " has empty list");
      }
      total += entry.getValue().keys().size();
    }
    if (total > MAX_KEYS) {
      throw new InvalidRequestException("Too many items requested for the BatchGetItem call");
    }
    Map<String, List<Map<String, AttributeValue>>> responses = new LinkedHashMap<>();
    CapacityMeter meter = CapacityMeter.of(request.returnConsumedCapacityAsString());
    for (Map.Entry<String, KeysAndAttributes> entry : requestItems.entrySet()) {
      Table table = Requests.table(tables, entry.getKey());
      responses.put(entry.getKey(), read(table, entry.getValue(), meter));
    }
    return BatchGetItemResponse.builder()
        .responses(responses)
        .unprocessedKeys(Map.of())
        .consumedCapacity(meter.byTable())
        .build();
  }

  /**
   * The items of one table's keys, each charged as a GetItem of it (Developer Guide, "DynamoDB read
   * and write operations", BatchGetItem); a key without an item is charged nothing, as DynamoDB
   * Local 3.1.0 reports it.
   */
  private static List<Map<String, AttributeValue>> read(
      Table table, KeysAndAttributes request, CapacityMeter meter) {
    boolean consistentRead = Boolean.TRUE.equals(request.consistentRead());
    List<Path> paths = ExpressionParams.readProjection(request::getValueForField);
    Projection projection = paths == null ? null : new Projection(paths);
    List<ItemKey> keys = new ArrayList<>(request.keys().size());
    Set<ItemKey> seen = new HashSet<>();
    for (Map<String, AttributeValue> key : request.keys()) {
      ItemKey itemKey = table.definition().keySchema().keyOfKey(ItemValidator.validateItem(key));
      if (!seen.add(itemKey)) {
        throw new InvalidRequestException(DUPLICATES);
      }
      keys.add(itemKey);
    }
    List<Map<String, AttributeValue>> items = new ArrayList<>();
    for (ItemKey key : keys) {
      Item item = table.get(key);
      meter.read(table, item == null ? 0 : CapacityUnits.read(item.sizeBytes(), consistentRead));
      if (item != null) {
        items.add(projection == null ? item.attributes() : projection.apply(item.attributes()));
      }
    }
    return items;
  }
}
