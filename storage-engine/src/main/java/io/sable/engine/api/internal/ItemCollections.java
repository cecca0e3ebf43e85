package io.sable.engine.api.internal;

import io.sable.engine.table.Table;
import io.sable.engine.value.InvalidRequestException;
import io.sable.engine.value.ItemKey;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ItemCollectionMetrics;

/**
 * {@code ReturnItemCollectionMetrics}: for {@code SIZE}, a write to a table with local secondary
 * indexes reports its item collection's key and an estimate of its size in GB (API Reference,
 * {@code ItemCollectionMetrics}: "a two-element array containing a lower bound and an upper bound
 * for the estimate ... the size of all the items in the table, plus the size of all attributes
 * projected into all of the local secondary indexes"). A table without local secondary indexes
 * reports nothing. The engine knows the exact size: the range is the whole gigabytes below it and
 * one more.
 */
final class ItemCollections {
  private static final double GB = 1024.0 * 1024 * 1024;

  private ItemCollections() {}

  /**
   * Whether a request asked for metrics: {@code SIZE}, or {@code NONE} / absent.
   *
   * @throws InvalidRequestException for any other value, with DynamoDB's message
   */
  static boolean wanted(String returnItemCollectionMetrics) {
    if (returnItemCollectionMetrics == null || returnItemCollectionMetrics.equals("NONE")) {
      return false;
    }
    if (returnItemCollectionMetrics.equals("SIZE")) {
      return true;
    }
    throw new InvalidRequestException(
        "1 validation error detected: Value '"
            + returnItemCollectionMetrics
            + "' at 'returnItemCollectionMetrics' failed to satisfy constraint: Member must satisfy"
            + " enum value set: [SIZE, NONE]");
  }

  /** The metrics of the item collection holding {@code key}, or {@code null} if none are due. */
  static ItemCollectionMetrics of(boolean wanted, Table table, ItemKey key) {
    if (!wanted || !table.hasLocalIndexes()) {
      return null;
    }
    String name = table.definition().keySchema().partitionKeyName();
    AttributeValue value = table.definition().keySchema().keyAttributes(key).get(name);
    double lower = Math.floor(table.itemCollectionSize(key.partitionKey()) / GB);
    return ItemCollectionMetrics.builder()
        .itemCollectionKey(Map.of(name, value))
        .sizeEstimateRangeGB(List.of(lower, lower + 1))
        .build();
  }
}
