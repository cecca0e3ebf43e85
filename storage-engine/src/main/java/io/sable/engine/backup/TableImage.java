package io.sable.engine.backup;

import io.sable.engine.table.Table;
import io.sable.engine.table.TableDefinition;
import io.sable.engine.value.Item;
import io.sable.engine.value.ItemKey;
import java.time.Instant;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * A table's definition and items at one instant, as a backup keeps them, with what DescribeBackup
 * reports of the source table. Immutable.
 *
 * @param definition the table's key schema, attribute definitions, billing mode, throughput and
 *     secondary indexes
 * @param tableName the source table's name
 * @param tableArn the source table's ARN
 * @param tableId the source table's id
 * @param tableCreationDateTime when the source table was created
 * @param items the items by key, in key order (unmodifiable)
 * @param sizeBytes the items' total size in bytes, by DynamoDB's item size rules
 * @param streamViewType the view type of the table's enabled stream, or {@code null}
 * @param timeToLiveAttribute the table's Time to Live attribute, or {@code null} if disabled
 */
public record TableImage(
    TableDefinition definition,
    String tableName,
    String tableArn,
    String tableId,
    Instant tableCreationDateTime,
    NavigableMap<ItemKey, Item> items,
    long sizeBytes,
    StreamViewType streamViewType,
    String timeToLiveAttribute) {

  /**
   * Copies {@code table} now. Each item is one the table held at some moment of the copy: every
   * write acknowledged before the copy starts is in it, none that starts after it ends, and a write
   * that runs meanwhile may or may not be (as DynamoDB's backups, which do not "support causal
   * consistency": API Reference, {@code CreateBackup}). Writers are never blocked.
   */
  public static TableImage of(
      Table table, String tableArn, StreamViewType streamViewType, String timeToLiveAttribute) {
    TreeMap<ItemKey, Item> items = new TreeMap<>();
    Iterator<Map.Entry<ItemKey, Item>> scan = table.scan(null, 0, 1, null);
    while (scan.hasNext()) {
      Map.Entry<ItemKey, Item> entry = scan.next();
      items.put(entry.getKey(), entry.getValue());
    }
    return of(table, tableArn, streamViewType, timeToLiveAttribute, items);
  }

  /** An image of {@code table}'s settings with the given items (a point-in-time state). */
  public static TableImage of(
      Table table,
      String tableArn,
      StreamViewType streamViewType,
      String timeToLiveAttribute,
      NavigableMap<ItemKey, Item> items) {
    long size = 0;
    for (Item item : items.values()) {
      size += item.sizeBytes();
    }
    return new TableImage(
        table.definition(),
        table.name(),
        tableArn,
        table.tableId(),
        table.creationDateTime(),
        Collections.unmodifiableNavigableMap(items),
        size,
        streamViewType,
        timeToLiveAttribute);
  }

  /** The number of items. */
  public long itemCount() {
    return items.size();
  }
}
