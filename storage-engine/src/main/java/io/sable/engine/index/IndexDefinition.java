package io.sable.engine.index;

import io.sable.engine.value.KeySchema;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;

/**
 * The definition of one secondary index, as given to CreateTable.
 *
 * @param name the index name
 * @param global {@code true} for a {@code GlobalSecondaryIndex}, {@code false} for a
 *     {@code LocalSecondaryIndex}
 * @param keySchema the index key schema
 * @param projectionType {@code ALL}, {@code KEYS_ONLY} or {@code INCLUDE}
 * @param nonKeyAttributes the attributes an {@code INCLUDE} projection adds (empty otherwise)
 */
public record IndexDefinition(
    String name,
    boolean global,
    KeySchema keySchema,
    ProjectionType projectionType,
    List<String> nonKeyAttributes) {

  /** Defensive copy of the attribute list. */
  public IndexDefinition {
    nonKeyAttributes = List.copyOf(nonKeyAttributes);
  }

  /**
   * Whether an item in this index carries {@code attributeName}: every attribute for {@code ALL},
   * else the table key, the index key and the included attributes.
   */
  public boolean projects(String attributeName, KeySchema tableKeySchema) {
    return projectionType == ProjectionType.ALL
        || keySchema.isKeyAttribute(attributeName)
        || tableKeySchema.isKeyAttribute(attributeName)
        || nonKeyAttributes.contains(attributeName);
  }

  /** The attribute names an index item carries, or {@code null} when it carries all of them. */
  public Set<String> projectedAttributes(KeySchema tableKeySchema) {
    if (projectionType == ProjectionType.ALL) {
      return null;
    }
    LinkedHashSet<String> names = new LinkedHashSet<>();
    names.add(tableKeySchema.partitionKeyName());
    if (tableKeySchema.hasSortKey()) {
      names.add(tableKeySchema.sortKeyName());
    }
    names.add(keySchema.partitionKeyName());
    if (keySchema.hasSortKey()) {
      names.add(keySchema.sortKeyName());
    }
    names.addAll(nonKeyAttributes);
    return Collections.unmodifiableSet(names);
  }
}
