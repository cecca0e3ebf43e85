package io.sable.engine.api.internal;

import io.sable.engine.capacity.CapacityMeter;
import io.sable.engine.capacity.CapacityUnits;
import io.sable.engine.expression.Path;
import io.sable.engine.expression.Projection;
import io.sable.engine.index.SecondaryIndex;
import io.sable.engine.table.ItemLockedException;
import io.sable.engine.table.ItemMutation;
import io.sable.engine.capacity.throughput.Throttle;
import io.sable.engine.capacity.throughput.ThrottledException;
import io.sable.engine.capacity.throughput.Throughput;
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
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ItemCollectionMetrics;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * BatchWriteItem (at most 25 puts and deletes across tables, no two on one item) and BatchGetItem
 * (at most 100 keys, no duplicates, at most 16 MB of items returned: the keys past that are
 * returned as {@code UnprocessedKeys}). Every request is validated before anything is written; each
 * write is atomic on its own (a batch is not a transaction). A write is left unprocessed only when
 * an in-flight transaction holds its item. Both report {@code ConsumedCapacity} per table: each
 * item as its own GetItem, PutItem or DeleteItem (Developer Guide, "DynamoDB read and write
 * operations"); BatchWriteItem reports {@code ItemCollectionMetrics} for tables with local
 * secondary indexes.
 */
public final class BatchOperations {
  /** DynamoDB's limit on the requests of one BatchWriteItem. */
  static final int MAX_WRITES = 25;
  /** DynamoDB's limit on the keys of one BatchGetItem. */
  static final int MAX_KEYS = 100;
  /**
   * The most a BatchGetItem returns, in bytes of items (16 MB). Counted as 16,000,000 bytes: the
   * API Reference's example ("if you ask to retrieve 100 items, but each individual item is 300 KB
   * in size, the system returns 52 items") holds for no other reading of 16 MB.
   */
  static final long MAX_RESPONSE_BYTES = 16_000_000L;

  private static final String DUPLICATES = "Provided list of item keys contains duplicates";

  private final Tables tables;
  private final Throughput throughput;

  /** Batch operations on {@code tables}, throttled by {@code throughput}. */
  public BatchOperations(Tables tables, Throughput throughput) {
    this.tables = tables;
    this.throughput = throughput;
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
    boolean metrics = ItemCollections.wanted(request.returnItemCollectionMetricsAsString());
    Map<Table, List<Write>> writes = new LinkedHashMap<>();
    for (Map.Entry<String, List<WriteRequest>> entry : requestItems.entrySet()) {
      Table table = Requests.table(tables, entry.getKey());
      Set<ItemKey> seen = new HashSet<>();
      List<Write> tableWrites = new ArrayList<>(entry.getValue().size());
      for (WriteRequest write : entry.getValue()) {
        tableWrites.add(prepare(table, write, seen));
      }
      writes.put(table, tableWrites);
    }
    CapacityMeter meter = CapacityMeter.of(request.returnConsumedCapacityAsString());
    Map<String, List<WriteRequest>> unprocessed = new LinkedHashMap<>();
    Map<String, List<ItemCollectionMetrics>> collections = new LinkedHashMap<>();
    int[] processed = {0};
    ThrottledException[] throttled = {null};
    writes.forEach(
        (table, tableWrites) -> {
          List<WriteRequest> requests = requestItems.get(table.name());
          for (int i = 0; i < tableWrites.size(); i++) {
            Write write = tableWrites.get(i);
            try {
              Throttle throttle = throughput.tryWrite(table, write.key(), false);
              if (throttle != null) {
                throw new ThrottledException(throttle);
              }
              WriteResult result =
                  table.write(
                      write.key(), throughput.guard(table, write.key(), write.mutation(), 1, false));
              processed[0]++;
              meter.write(table, result.oldItem(), result.newItem(), 1);
              ItemCollectionMetrics collection = ItemCollections.of(metrics, table, write.key());
              if (collection != null) {
                collections.computeIfAbsent(table.name(), name -> new ArrayList<>()).add(collection);
              }
            } catch (ItemLockedException e) {
              // A write of an item that an in-flight transaction holds is returned unprocessed,
              // for the caller to retry, as DynamoDB returns writes it could not perform.
              unprocessed.computeIfAbsent(table.name(), name -> new ArrayList<>()).add(requests.get(i));
            } catch (ThrottledException e) {
              // Throttled writes are returned unprocessed too (API Reference, BatchWriteItem).
              throttled[0] = e;
              unprocessed.computeIfAbsent(table.name(), name -> new ArrayList<>()).add(requests.get(i));
            }
          }
        });
    if (processed[0] == 0 && throttled[0] != null && allThrottled(unprocessed, requestItems)) {
      // "If none of the items can be processed due to insufficient provisioned throughput on all
      // of the tables in the request, then BatchWriteItem returns a
      // ProvisionedThroughputExceededException" (API Reference, BatchWriteItem).
      throw throttled[0];
    }
    BatchWriteItemResponse.Builder response =
        BatchWriteItemResponse.builder().unprocessedItems(unprocessed);
    if (meter.enabled()) {
      response.consumedCapacity(meter.byTable());
    }
    if (metrics) {
      response.itemCollectionMetrics(collections);
    }
    return response.build();
  }

  // Whether every request item is unprocessed (each was throttled or met a transaction).
  private static boolean allThrottled(
      Map<String, ? extends List<?>> unprocessed, Map<String, ? extends List<?>> requested) {
    int left = 0;
    for (List<?> items : unprocessed.values()) {
      left += items.size();
    }
    int total = 0;
    for (List<?> items : requested.values()) {
      total += items.size();
    }
    return left == total;
  }

  /** One validated write of a batch: the item's key and what to store there. */
  private record Write(ItemKey key, ItemMutation mutation) {}

  private static Write prepare(Table table, WriteRequest write, Set<ItemKey> seen) {
    if ((write.putRequest() == null) == (write.deleteRequest() == null)) {
      throw new InvalidRequestException(
          "Supplied AttributeValue has more than one datatypes set, must contain exactly one of the"
              + " supported datatypes");
    }
    ItemKey key;
    ItemMutation action;
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
      action = current -> item;
    } else {
      Map<String, AttributeValue> keyAttributes =
          ItemValidator.validateItem(write.deleteRequest().key());
      key = table.definition().keySchema().keyOfKey(keyAttributes);
      action = current -> null;
    }
    if (!seen.add(key)) {
      throw new InvalidRequestException(DUPLICATES);
    }
    return new Write(key, action);
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
    Map<String, Read> reads = new LinkedHashMap<>();
    for (Map.Entry<String, KeysAndAttributes> entry : requestItems.entrySet()) {
      reads.put(entry.getKey(), read(Requests.table(tables, entry.getKey()), entry.getValue()));
    }
    CapacityMeter meter = CapacityMeter.of(request.returnConsumedCapacityAsString());
    Map<String, List<Map<String, AttributeValue>>> responses = new LinkedHashMap<>();
    Map<String, KeysAndAttributes> unprocessed = new LinkedHashMap<>();
    long responseBytes = 0;
    boolean full = false;
    int processedKeys = 0;
    Throttle lastThrottle = null;
    for (Map.Entry<String, Read> entry : reads.entrySet()) {
      Read read = entry.getValue();
      List<Map<String, AttributeValue>> items = new ArrayList<>();
      List<Map<String, AttributeValue>> left = new ArrayList<>();
      for (int i = 0; i < read.keys().size(); i++) {
        ItemKey key = read.keys().get(i);
        Throttle throttle = full ? null : throughput.tryRead(read.table(), key);
        if (throttle != null) {
          // Throttled reads are returned as UnprocessedKeys (API Reference, BatchGetItem).
          lastThrottle = throttle;
          left.add(read.request().keys().get(i));
          continue;
        }
        Item item = full ? null : read.table().get(key);
        full = full || (item != null && responseBytes + item.sizeBytes() > MAX_RESPONSE_BYTES);
        if (full) {
          left.add(read.request().keys().get(i));
          continue;
        }
        double units = CapacityUnits.read(item == null ? 0 : item.sizeBytes(), read.consistentRead());
        throughput.chargeRead(read.table(), null, key, units);
        processedKeys++;
        meter.read(read.table(), units);
        if (item != null) {
          responseBytes += item.sizeBytes();
          items.add(read.projection() == null ? item.attributes() : read.projection().apply(item.attributes()));
        }
      }
      responses.put(entry.getKey(), items);
      if (!left.isEmpty()) {
        unprocessed.put(entry.getKey(), read.request().toBuilder().keys(left).build());
      }
    }
    if (processedKeys == 0 && lastThrottle != null && !full) {
      // "If none of the items can be processed due to insufficient provisioned throughput on all
      // of the tables in the request, then BatchGetItem returns a
      // ProvisionedThroughputExceededException" (API Reference, BatchGetItem).
      throw new ThrottledException(lastThrottle);
    }
    BatchGetItemResponse.Builder response =
        BatchGetItemResponse.builder().responses(responses).unprocessedKeys(unprocessed);
    if (meter.enabled()) {
      response.consumedCapacity(meter.byTable());
    }
    return response.build();
  }

  /** The validated reads of one table of a BatchGetItem. */
  private record Read(
      Table table,
      KeysAndAttributes request,
      List<ItemKey> keys,
      Projection projection,
      boolean consistentRead) {}

  private static Read read(Table table, KeysAndAttributes request) {
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
    return new Read(table, request, keys, projection, Boolean.TRUE.equals(request.consistentRead()));
  }
}
