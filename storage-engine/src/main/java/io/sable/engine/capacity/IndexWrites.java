package io.sable.engine.capacity;

import io.sable.engine.index.IndexDefinition;
import io.sable.engine.index.SecondaryIndex;
import io.sable.engine.value.Item;
import io.sable.engine.value.KeySchema;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The write capacity a secondary index consumes when a table write changes one item, by DynamoDB's
 * rules (Developer Guide, "Global secondary indexes", section "Provisioned throughput
 * considerations", write capacity units):
 *
 * <ul>
 *   <li>an item that enters the index (new item, or a newly defined index key) costs one write of
 *       its index entry;
 *   <li>an item that leaves the index (deleted, or its index key removed) costs one write of its
 *       old entry;
 *   <li>a changed index key costs two writes: delete the old entry, put the new one;
 *   <li>an unchanged index key with changed projected attributes costs one write, of the larger
 *       entry;
 *   <li>an item in the index neither before nor after, or whose entry does not change, costs
 *       nothing.
 * </ul>
 *
 * <p>Each write costs {@link CapacityUnits#write} of the entry's size: the projected attributes
 * (the table key, the index key and the projected non-key attributes).
 */
public final class IndexWrites {
  private IndexWrites() {}

  /**
   * The write capacity units {@code index} consumes for an item changing from {@code before} to
   * {@code after} (either {@code null} when absent).
   */
  public static int units(SecondaryIndex index, Item before, Item after) {
    IndexDefinition definition = index.definition();
    Set<String> projected = definition.projectedAttributes(index.tableKeySchema());
    Map<String, AttributeValue> old = indexed(definition.keySchema(), before);
    Map<String, AttributeValue> now = indexed(definition.keySchema(), after);
    if (old == null && now == null) {
      return 0;
    }
    int oldSize = index.entrySize(old);
    int newSize = index.entrySize(now);
    if (old == null || now == null) {
      return CapacityUnits.write(Math.max(oldSize, newSize));
    }
    if (!sameKey(definition.keySchema(), old, now)) {
      return CapacityUnits.write(oldSize) + CapacityUnits.write(newSize);
    }
    return sameEntry(old, now, projected) ? 0 : CapacityUnits.write(Math.max(oldSize, newSize));
  }

  // The item's attributes if it has every index key attribute (it is in the index), else null.
  private static Map<String, AttributeValue> indexed(KeySchema keys, Item item) {
    if (item == null) {
      return null;
    }
    Map<String, AttributeValue> attributes = item.attributes();
    if (!attributes.containsKey(keys.partitionKeyName())
        || (keys.hasSortKey() && !attributes.containsKey(keys.sortKeyName()))) {
      return null;
    }
    return attributes;
  }

  private static boolean sameKey(KeySchema keys, Map<String, AttributeValue> a, Map<String, AttributeValue> b) {
    return a.get(keys.partitionKeyName()).equals(b.get(keys.partitionKeyName()))
        && (!keys.hasSortKey() || a.get(keys.sortKeyName()).equals(b.get(keys.sortKeyName())));
  }

  private static boolean sameEntry(
      Map<String, AttributeValue> a, Map<String, AttributeValue> b, Set<String> projected) {
    if (projected == null) {
      return a.equals(b);
    }
    for (String name : projected) {
      if (!Objects.equals(a.get(name), b.get(name))) {
        return false;
      }
    }
    return true;
  }
}
