package io.sable.processor.writing;

import io.sable.processor.model.EntityModel;
import io.sable.processor.model.FieldModel;
import io.sable.processor.model.KeyAttributeType;
import io.sable.processor.model.KeyModel;
import io.sable.processor.model.TableModel;
import io.sable.processor.model.TemplateModel;
import io.sable.processor.model.ValueKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The write-capacity and hot-partition sections of {@code access-patterns.md}: what a put, an update
 * and a delete of each entity cost in write capacity units, and the partition keys whose values
 * cannot spread load (constant, or made only of enum and boolean fields), with the write shard that
 * would spread them.
 */
final class CapacityReport {

  /** DynamoDB's write unit: 1 WCU writes up to 1 KB of item. */
  static final int WRITE_UNIT_BYTES = 1024;

  private final TableModel table;
  private final List<EntityModel> entities;

  CapacityReport(TableModel table, List<EntityModel> entities) {
    this.table = table;
    this.entities = entities;
  }

  /** Write capacity units to write an item of {@code bytes}: 1 per KB, rounded up, at least 1. */
  static long writeUnits(long bytes) {
    return Math.max(1, (bytes + WRITE_UNIT_BYTES - 1) / WRITE_UNIT_BYTES);
  }

  /** Both sections, in Markdown, each starting with a level-two heading. */
  String write() {
    return writeCapacity() + hotPartitions();
  }

  private String writeCapacity() {
    StringBuilder out = new StringBuilder("\n## Write capacity\n\n")
        .append("Write capacity units (WCU) per write, by DynamoDB's rules: 1 WCU per 1 KB of item, rounded up, "
            + "for the table, and again for each secondary index the item is in (every index projects all "
            + "attributes, so an index entry is as large as the item; a local index's writes count too). The item "
            + "size is the one above, declared or estimated; a sparse index costs nothing for an item not in it, "
            + "but is counted here. An update that changes an index's key deletes the old index entry and puts "
            + "the new one: 2 writes in that index. A transactional write costs twice as much.\n\n")
        .append("| Entity | Item size | Indexes written | Put | Update | Update changing every index key | "
            + "Delete |\n|---|---|---|---|---|---|---|\n");
    for (EntityModel entity : entities) {
      int size = ItemSizes.of(entity, table);
      long unit = writeUnits(size);
      List<String> indexes = entity.indexKeysOf(table).stream().map(KeyModel::indexName).toList();
      long oneEach = unit * (1 + indexes.size());
      long twiceEach = unit * (1 + 2L * indexes.size());
      out.append("| ").append(entity.element().getSimpleName()).append(" | ").append(size).append(" B | ")
          .append(indexes.isEmpty() ? "(none)" : String.join(", ", indexes)).append(" | ").append(oneEach)
          .append(" | ").append(oneEach).append(" | ").append(twiceEach).append(" | ").append(oneEach).append(" |\n");
    }
    return out.toString();
  }

  private String hotPartitions() {
    StringBuilder out = new StringBuilder("\n## Partition keys that cannot spread load\n\n")
        .append("DynamoDB spreads a table or index over partitions by partition key value, and one value's "
            + "item collection is served by one partition (about 1,000 WCU and 3,000 RCU a second). A partition "
            + "key template with no field, or with only enum and boolean fields, has a handful of values at "
            + "most. Write-shard such a key with a `{shard:N:field}` suffix, hashing a field of high "
            + "cardinality: writes spread over N values, and each Query of it reads all N. Sharded keys are "
            + "not listed.\n\n");
    List<String> rows = new ArrayList<>();
    for (EntityModel entity : entities) {
      List<KeyModel> keys = new ArrayList<>();
      keys.add(entity.key(table, null).orElseThrow());
      entity.indexKeysOf(table).stream().filter(key -> !key.index().local()).forEach(keys::add);
      for (KeyModel key : keys) {
        String problem = problem(key, entity);
        if (problem != null) {
          rows.add("| " + entity.element().getSimpleName() + " | " + (key.isPrimary() ? "table" : key.indexName())
              + " | `" + key.partitionKey().text() + "` | " + problem + " | " + (key.isPrimary()
              || !table.isDerived(key.index())
              ? "`" + shardedExample(key.partitionKey(), entity) + "`"
              : "(the table's sort key, which cannot be sharded: serve these reads from an index with a sharded "
                  + "partition key)") + " |");
        }
      }
    }
    if (rows.isEmpty()) {
      return out.append("None: every partition key template has a field of high cardinality, or is sharded.\n")
          .toString();
    }
    out.append("| Entity | Table or index | Partition key | Why | Shard it, for example |\n|---|---|---|---|---|\n");
    rows.forEach(row -> out.append(row).append('\n'));
    return out.toString();
  }

  /** Why the key's values cannot spread load, or null if they can (or it is sharded, or not a string). */
  private static String problem(KeyModel key, EntityModel entity) {
    TemplateModel template = key.partitionKey();
    if (!template.isParsed() || key.isSharded() || key.partitionKeyType() != KeyAttributeType.S) {
      return null;
    }
    if (template.fields().isEmpty()) {
      return "constant: every item has the same value";
    }
    List<String> low = template.fields().stream()
        .filter(name -> entity.field(name).map(CapacityReport::isLowCardinality).orElse(false)).toList();
    return low.size() == template.fields().size()
        ? "low cardinality: only enum or boolean fields (" + String.join(", ", low.stream()
            .map(name -> "`" + name + "`").toList()) + ")"
        : null;
  }

  private static boolean isLowCardinality(FieldModel field) {
    return field.kind() == ValueKind.BOOLEAN || field.kind() == ValueKind.ENUM;
  }

  private String shardedExample(TemplateModel template, EntityModel entity) {
    String text = template.text();
    return text + (text.endsWith("#") ? "" : "#") + "{shard:10:" + shardField(entity) + "}";
  }

  /** A field to hash in the advice: the first primary key field of high cardinality, or {@code id}. */
  private String shardField(EntityModel entity) {
    return entity.key(table, null).orElseThrow().fields().stream()
        .filter(name -> entity.field(name).map(field -> !isLowCardinality(field)).orElse(false))
        .findFirst().orElse("id");
  }
}
