package io.sable.engine.api.internal;

import io.sable.engine.capacity.CapacityMeter;
import io.sable.engine.capacity.CapacityUnits;
import io.sable.engine.capacity.throughput.Throughput;
import io.sable.engine.expression.ConditionEvaluator;
import io.sable.engine.value.Item;
import io.sable.engine.value.ItemKey;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * Reads one page of a Query or Scan: stops after {@code Limit} items evaluated (before the
 * FilterExpression) or once 1 MB of items has been read, whichever comes first, and then returns
 * the last evaluated key, as DynamoDB does.
 */
final class Pager {
  /** DynamoDB's limit on the data one Query or Scan page reads, in bytes (1 MB). */
  static final int PAGE_BYTES = 1024 * 1024;

  private Pager() {}

  /**
   * One page. Reading stops after the item that brings the page to 1 MB or more.
   *
   * @param plan the validated read
   * @param entries the entries to read, in order, starting after the ExclusiveStartKey
   * @param rangeEnd whether a key is known to be the last of the range read (for a Query on a
   *     table without sort key, any key; for a sort key range, its bound in the direction of
   *     reading): a page of Limit items that ends there carries no LastEvaluatedKey
   */
  static Page read(
      ReadPlan plan,
      Iterator<Map.Entry<ItemKey, Item>> entries,
      Predicate<ItemKey> rangeEnd,
      Throughput throughput,
      ItemKey at) {
    throughput.read(plan.table, plan.index, at);
    Page page = read(plan, entries, rangeEnd);
    throughput.chargeRead(plan.table, plan.index, at, page.readUnits);
    if (page.fetchedUnits > 0) {
      throughput.chargeRead(plan.table, null, at, page.fetchedUnits);
    }
    return page;
  }

  private static Page read(
      ReadPlan plan, Iterator<Map.Entry<ItemKey, Item>> entries, Predicate<ItemKey> rangeEnd) {
    List<Map<String, AttributeValue>> items = new ArrayList<>();
    int scanned = 0;
    int count = 0;
    long bytes = 0;
    long fetchedBytes = 0;
    Map<String, AttributeValue> lastEvaluatedKey = null;
    while (entries.hasNext()) {
      Map.Entry<ItemKey, Item> entry = entries.next();
      Item item = entry.getValue();
      scanned++;
      bytes += item.sizeBytes();
      Item source = item;
      if (plan.fetchFromTable) {
        Item full = plan.table.get(entry.getKey().tail());
        if (full != null) {
          source = full;
          fetchedBytes += full.sizeBytes();
        }
      }
      // Stored items are compact: decode the one that is read, and only if a filter or the
      // response needs its attributes (Select=COUNT without a filter does not).
      Map<String, AttributeValue> attributes =
          plan.filter != null || plan.select != Select.COUNT ? source.attributes() : null;
      if (plan.filter == null || ConditionEvaluator.test(plan.filter, attributes)) {
        count++;
        if (plan.select != Select.COUNT) {
          items.add(plan.projection == null ? attributes : plan.projection.apply(attributes));
        }
      }
      boolean limitReached = plan.limit != null && scanned == plan.limit;
      if (limitReached || bytes >= PAGE_BYTES) {
        // DynamoDB may return a LastEvaluatedKey when no item follows; as DynamoDB Local 3.1.0
        // does, the engine does so after Limit items unless the last key is the range's end.
        if (entries.hasNext() || (limitReached && !rangeEnd.test(entry.getKey()))) {
          lastEvaluatedKey = plan.lastEvaluatedKey(entry.getKey(), item.attributes());
        }
        break;
      }
    }
    double readUnits = CapacityUnits.read(bytes, plan.consistentRead);
    double fetchedUnits = fetchedBytes > 0 ? CapacityUnits.read(fetchedBytes, plan.consistentRead) : 0;
    return new Page(
        plan.select == Select.COUNT ? null : items,
        count,
        scanned,
        lastEvaluatedKey,
        capacity(plan, readUnits, fetchedUnits),
        readUnits,
        fetchedUnits);
  }

  /**
   * A page of results.
   *
   * @param items the items, or {@code null} for {@code Select=COUNT}
   * @param count the items that passed the filter
   * @param scannedCount the items evaluated
   * @param lastEvaluatedKey where the next page starts, or {@code null} after the last page
   * @param consumedCapacity what the page consumed, or {@code null} if not asked for
   * @param readUnits the RCU of the table or index read
   * @param fetchedUnits the RCU of the items a local secondary index fetched from its table
   */
  record Page(
      List<Map<String, AttributeValue>> items,
      int count,
      int scannedCount,
      Map<String, AttributeValue> lastEvaluatedKey,
      ConsumedCapacity consumedCapacity,
      double readUnits,
      double fetchedUnits) {}

  /**
   * The read capacity of one page (Developer Guide, "DynamoDB read and write operations", Query and
   * Scan): the summed size of every item read, before the FilterExpression and whatever is
   * returned, rounded up to 4 KB once, halved for eventually consistent reads; an empty page still
   * costs the minimum unit. On an index the entries read are the index's projected items, charged
   * to the index; items a local secondary index fetches from the table are charged to the table.
   */
  private static ConsumedCapacity capacity(ReadPlan plan, double readUnits, double fetchedUnits) {
    CapacityMeter meter = CapacityMeter.of(plan.returnConsumedCapacity);
    if (!meter.enabled()) {
      return null;
    }
    meter.read(plan.table, plan.index, readUnits);
    if (fetchedUnits > 0) {
      meter.read(plan.table, fetchedUnits);
    }
    return meter.single();
  }
}
