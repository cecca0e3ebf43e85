package io.sable.processor.writing;

import io.sable.processor.model.EntityModel;
import io.sable.processor.model.FieldModel;
import io.sable.processor.model.KeyModel;
import io.sable.processor.model.TableModel;
import io.sable.processor.model.TemplateModel;
import io.sable.processor.model.TypeModel;
import java.util.List;

/**
 * Estimates of item sizes and read capacity, for the generated access-pattern documentation.
 *
 * <p>An item's size is DynamoDB's: the UTF-8 bytes of every attribute name plus its value (a string's
 * bytes, a number's about one byte per two digits plus one). Declared sizes ({@code
 * itemSizeBytes}) win; otherwise fields are estimated from their types, taking 16 bytes for a
 * string and 64 for a collection or document. Reads cost one read capacity unit per 4 KB read,
 * strongly consistent, and half that eventually consistent; a Query or Scan rounds up the total of
 * the items it reads.
 */
final class ItemSizes {

  static final int READ_UNIT_BYTES = 4096;
  private static final int STRING_ESTIMATE = 16;

  private ItemSizes() {}

  /** The item size of an entity in bytes: declared, or estimated from its fields and keys. */
  static int of(EntityModel entity, TableModel table) {
    if (entity.itemSizeBytes() > 0) {
      return entity.itemSizeBytes();
    }
    List<FieldModel> fields = entity.isSealed() && !entity.subtypes().isEmpty()
        ? entity.subtypes().get(0).fields() : entity.fields();
    int size = table.entityTypeAttribute().length() + entity.entityType().length();
    for (FieldModel field : fields) {
      size += field.attributeName().length() + valueSize(field.storage());
    }
    KeyModel primary = entity.key(table, null).orElseThrow();
    size += keySize(primary.partitionKeyAttribute(), primary.partitionKey())
        + keySize(primary.sortKeyAttribute(), primary.sortKey());
    for (KeyModel key : entity.indexKeysOf(table)) {
      if (!table.isDerived(key.index())) {
        size += (key.index().local() ? 0 : keySize(key.partitionKeyAttribute(), key.partitionKey()))
            + keySize(key.sortKeyAttribute(), key.sortKey());
      }
    }
    return size;
  }

  /** Read capacity units to read {@code bytes} in one request. */
  static double readUnits(long bytes, boolean consistent) {
    long units = Math.max(1, (bytes + READ_UNIT_BYTES - 1) / READ_UNIT_BYTES);
    return consistent ? units : units / 2.0;
  }

  private static int keySize(String attribute, TemplateModel template) {
    if (attribute == null || template == null) {
      return 0;
    }
    int literal = template.literals().stream().mapToInt(String::length).sum();
    int shard = template.shard() == null ? 0 : Integer.toString(Math.max(0, template.shard().count() - 1)).length();
    return attribute.length() + literal + template.fields().size() * STRING_ESTIMATE + shard;
  }

  private static int valueSize(TypeModel type) {
    if (!(type instanceof TypeModel.Scalar scalar)) {
      return 64;
    }
    return switch (scalar.kind()) {
      case BOOLEAN, BYTE -> 1;
      case SHORT, CHARACTER -> 3;
      case INTEGER, FLOAT -> 6;
      case LONG, DOUBLE -> 11;
      case BIG_DECIMAL, BIG_INTEGER -> 21;
      case INSTANT, LOCAL_DATE_TIME, OFFSET_DATE_TIME, ZONED_DATE_TIME -> 25;
      case LOCAL_DATE -> 10;
      case UUID -> 36;
      case SDK_BYTES, BYTE_ARRAY -> 32;
      default -> STRING_ESTIMATE;
    };
  }
}
