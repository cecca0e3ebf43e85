package io.sable.engine.api.internal;

import io.sable.engine.expression.Condition;
import io.sable.engine.expression.ConditionPaths;
import io.sable.engine.expression.KeyCondition;
import io.sable.engine.capacity.throughput.Throughput;
import io.sable.engine.table.Tables;
import io.sable.engine.value.InvalidRequestException;
import io.sable.engine.value.Item;
import io.sable.engine.value.ItemKey;
import io.sable.engine.value.KeyRanges;
import io.sable.engine.value.KeySchema;
import io.sable.engine.value.KeyValue;
import io.sable.engine.value.SortKeyCondition;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NoSuchElementException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Query: reads one item collection of a table or index in sort-key order (or reverse), from the
 * KeyConditionExpression's range, one page at a time.
 */
public final class QueryOperation {
  private final Tables tables;
  private final Throughput throughput;

  /** Query on {@code tables}, throttled by {@code throughput}. */
  public QueryOperation(Tables tables, Throughput throughput) {
    this.tables = tables;
    this.throughput = throughput;
  }

  /** Runs one Query request. */
  public QueryResponse query(QueryRequest request) {
    ReadPlan plan = ReadPlan.of(tables, request::getValueForField, "Query");
    KeyCondition key = KeyCondition.of(plan.keyCondition, plan.keySchema);
    if (plan.filter != null) {
      checkFilterOnKeys(plan.filter, plan.keySchema, plan.legacyFilter);
    }
    boolean forward = !Boolean.FALSE.equals(request.scanIndexForward());
    boolean hashOnlyTable = plan.index == null && !plan.keySchema.hasSortKey();
    Pager.Page page =
        Pager.read(
            plan,
            entries(plan, key, plan.startKey, forward),
            last -> hashOnlyTable || key.sortKey().isEnd(last.sortKey(), forward),
            throughput,
            new ItemKey(key.partitionKey().hash(), key.partitionKey(), KeyValue.LOWEST, null));
    return QueryResponse.builder()
        .items(page.items())
        .count(page.count())
        .scannedCount(page.scannedCount())
        .lastEvaluatedKey(page.lastEvaluatedKey())
        .consumedCapacity(page.consumedCapacity())
        .build();
  }

  private static void checkFilterOnKeys(Condition filter, KeySchema keys, boolean legacy) {
    for (String name : ConditionPaths.topLevelNames(filter)) {
      if (keys.isKeyAttribute(name)) {
        throw new InvalidRequestException(
            (legacy ? "QueryFilter" : "Filter Expression")
                + " can only contain non-primary key attributes: Primary key attribute: "
                + name);
      }
    }
  }

  private static Iterator<Map.Entry<ItemKey, Item>> entries(
      ReadPlan plan, KeyCondition key, ItemKey start, boolean forward) {
    NavigableMap<ItemKey, Item> collection =
        plan.index == null
            ? plan.table.itemCollection(key.partitionKey())
            : KeyRanges.collection(plan.index.entries(), key.partitionKey());
    SortKeyCondition sortKey = key.sortKey();
    ItemKey any = new ItemKey(key.partitionKey().hash(), key.partitionKey(), KeyValue.NONE, null);
    NavigableMap<ItemKey, Item> range = sortKey.restrict(collection, any);
    if (start != null) {
      if (!start.partitionKey().equals(key.partitionKey()) || !sortKey.matches(start.sortKey())) {
        throw new InvalidRequestException(
            "The provided starting key does not match the range key predicate");
      }
      range = forward ? range.tailMap(start, false) : range.headMap(start, false);
    }
    Iterator<Map.Entry<ItemKey, Item>> entries =
        (forward ? range : range.descendingMap()).entrySet().iterator();
    return sortKey.prefix() == null ? entries : new PrefixIterator(entries, sortKey);
  }

  /**
   * The entries of a {@code begins_with} range: those with the prefix are contiguous in key order,
   * so it skips to the first and ends after the last.
   */
  private static final class PrefixIterator implements Iterator<Map.Entry<ItemKey, Item>> {
    private final Iterator<Map.Entry<ItemKey, Item>> entries;
    private final SortKeyCondition sortKey;
    private Map.Entry<ItemKey, Item> next;
    private boolean matched;
    private boolean done;

    PrefixIterator(Iterator<Map.Entry<ItemKey, Item>> entries, SortKeyCondition sortKey) {
      this.entries = entries;
      this.sortKey = sortKey;
    }

    @Override
    public boolean hasNext() {
      while (next == null && !done && entries.hasNext()) {
        Map.Entry<ItemKey, Item> entry = entries.next();
        if (sortKey.matches(entry.getKey().sortKey())) {
          matched = true;
          next = entry;
        } else if (matched) {
          done = true;
        }
      }
      return next != null;
    }

    @Override
    public Map.Entry<ItemKey, Item> next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Map.Entry<ItemKey, Item> entry = next;
      next = null;
      return entry;
    }
  }
}
