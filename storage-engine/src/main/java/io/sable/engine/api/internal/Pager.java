package io.sable.engine.api.internal;

import io.sable.engine.capacity.CapacityMeter;
import io.sable.engine.capacity.CapacityUnits;
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
 * the last evaluated key, as DynamoDB does. It also measures the read capacity the page consumed
 * (see {@link #capacity}).
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
      ReadPlan plan, Iterator<Map.Entry<ItemKey, Item>> entries, Predicate<ItemKey> rangeEnd) {
    List<Map<String, AttributeValue>> items = new ArrayList<>();
    int scanned = 0;
    int count = 0;
    long bytes = 0;
    long chargedBytes = 0;
    double fetchUnits = 0;
    Map<String, AttributeValue> lastEvaluatedKey = null;
    while (entries.hasNext()) {
      Map.Entry<ItemKey, Item> entry = entries.next();
      Item item = entry.getValue();
      scanned++;
      bytes += item.sizeBytes();
      Map<String, AttributeValue> attributes = item.attributes();
      long charged = item.sizeBytes();
      if (plan.fetchFromTable) {
        Item full = plan.table.get(entry.getKey().tail());
        attributes = full == null ? attributes : full.attributes();
        int fullBytes = full == null ? 0 : full.sizeBytes();
        if (plan.query) {
          fetchUnits += CapacityUnits.read(fullBytes, plan.consistentRead);
        } else {
          charged = fullBytes;
        }
      }
      chargedBytes += charged;
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
    return new Page(
        plan.select == Select.COUNT ? null : items,
        count,
        scanned,
        lastEvaluatedKey,
        CapacityUnits.readTogether(chargedBytes, plan.consistentRead),
        fetchUnits);
  }

  /**
   * The ConsumedCapacity of a page, for the request's {@code ReturnConsumedCapacity}, or {@code
   * null} for {@code NONE}. The items read (before the filter) are charged together ({@link
   * CapacityUnits#readTogether}) to the table, or to the index read. A Query of a local secondary
   * index that fetches attributes it does not project is also charged, on the table, for each item
   * fetched as for a GetItem (Developer Guide, "Local secondary indexes", "Provisioned throughput
   * considerations"); a Scan that fetches is charged the fetched items' sizes on the index instead,
   * as DynamoDB Local 3.1.0 reports it.
   */
  static ConsumedCapacity capacity(ReadPlan plan, Page page, String returnConsumedCapacity) {
    CapacityMeter meter = CapacityMeter.of(returnConsumedCapacity);
    if (plan.index == null) {
      meter.read(plan.table, page.readUnits());
    } else {
      meter.read(plan.table, plan.index, page.readUnits());
      meter.read(plan.table, page.fetchUnits());
    }
    return meter.single();
  }

  /**
   * A page of results.
   *
   * @param items the items, or {@code null} for {@code Select=COUNT}
   * @param count the items that passed the filter
   * @param scannedCount the items evaluated
   * @param lastEvaluatedKey where the next page starts, or {@code null} after the last page
   * @param readUnits the read capacity units of the items read, on the table or index read
   * @param fetchUnits the read capacity units of the items a local secondary index Query fetched
   *     from the table
   */
  record Page(
      List<Map<String, AttributeValue>> items,
      int count,
      int scannedCount,
      Map<String, AttributeValue> lastEvaluatedKey,
      double readUnits,
      double fetchUnits) {}
}
