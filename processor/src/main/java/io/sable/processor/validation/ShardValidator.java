package io.sable.processor.validation;

import io.sable.processor.model.EntityModel;
import io.sable.processor.model.FieldModel;
import io.sable.processor.model.KeyAttributeType;
import io.sable.processor.model.TemplateModel;
import io.sable.runtime.key.KeyTemplate;
import io.sable.runtime.key.WriteShards;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the write shard {@code {shard:N:field}} of a parsed key template: only in a STRING
 * partition key, from 2 to {@link WriteShards#MAX_SHARDS} shards, hashed from a non-optional field
 * with a key encoding, and, in the table's partition key, a field of the primary key (so that GetItem,
 * UpdateItem and DeleteItem can rebuild the key from the key fields).
 */
final class ShardValidator {

  /** The fewest shards worth their cost: one is no spreading at all. */
  static final int MIN_SHARDS = 2;

  private ShardValidator() {}

  /** Whether the shard, if any, is valid; reports each problem. */
  static boolean validate(TemplateModel template, EntityModel entity, KeyContext key, Diagnostics diagnostics) {
    KeyTemplate.Shard shard = template.template().shard();
    if (shard == null) {
      return true;
    }
    if (!key.partition()) {
      diagnostics.report(Message.SHARD_IN_SORT_KEY, template.source(), template.text(), key.owner());
      return false;
    }
    if (key.type() != KeyAttributeType.S) {
      diagnostics.report(Message.SHARD_KEY_TYPE, template.source(), template.text(), key.owner(),
          key.type() == KeyAttributeType.N ? "NUMBER" : "BINARY");
      return false;
    }
    boolean valid = true;
    if (shard.count() < MIN_SHARDS || shard.count() > WriteShards.MAX_SHARDS) {
      diagnostics.report(Message.SHARD_COUNT, template.source(), template.text(), shard.count(),
          WriteShards.MAX_SHARDS);
      valid = false;
    }
    String problem = sourceProblem(shard.sourceField(), entity, key);
    if (problem != null) {
      diagnostics.report(Message.SHARD_FIELD, template.source(), template.text(), shard.sourceField(), problem);
      valid = false;
    }
    return valid;
  }

  private static String sourceProblem(String name, EntityModel entity, KeyContext key) {
    Optional<FieldModel> found = entity.field(name);
    if (found.isEmpty()) {
      return "it is not a field of " + entity.element().getSimpleName() + ": "
          + TemplateValidator.suggestion(name, entity);
    }
    FieldModel field = found.get();
    if (!field.kind().isKeySegment()) {
      return "its type " + field.type() + " has no key encoding to hash: use a String, number, date-time, UUID, "
          + "boolean or enum field";
    }
    if (field.optional()) {
      return "it is Optional, and an item without it would have no shard: hash a field every item has";
    }
    if (key.primary()) {
      Set<String> primary = new HashSet<>(entity.partitionKey().fields());
      if (entity.sortKey() != null) {
        primary.addAll(entity.sortKey().fields());
      }
      if (!primary.contains(name)) {
        return "it is not in the primary key templates, so GetItem, UpdateItem and DeleteItem could not rebuild "
            + "the partition key from the key fields: hash a field of the sort key template";
      }
    }
    return null;
  }
}
