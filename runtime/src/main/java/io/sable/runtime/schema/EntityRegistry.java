package io.sable.runtime.schema;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The entity schemas stored in one table, by entity type: decodes an item of any of them into its
 * own class, and an item of an unknown type into an {@link UnknownItem}.
 */
public final class EntityRegistry implements ItemDecoder<Object> {

  private final String entityTypeAttribute;
  private final Map<String, EntitySchema<?>> schemas = new HashMap<>();

  /**
   * @param entityTypeAttribute the attribute holding the entity type
   * @param schemas the table's entity schemas
   * @throws IllegalArgumentException if two schemas share an entity type, or a schema stores its
   *     type in another attribute
   */
  public EntityRegistry(String entityTypeAttribute, List<EntitySchema<?>> schemas) {
    this.entityTypeAttribute = entityTypeAttribute;
    for (EntitySchema<?> schema : schemas) {
      if (!schema.entityTypeAttribute().equals(entityTypeAttribute)) {
        throw new IllegalArgumentException(
            schema + " stores its entity type in " + schema.entityTypeAttribute() + ", not "
                + entityTypeAttribute);
      }
      for (String entityType : schema.entityTypes()) {
        if (this.schemas.putIfAbsent(entityType, schema) != null) {
          throw new IllegalArgumentException("Two schemas for entity type " + entityType);
        }
      }
    }
  }

  @Override
  public List<String> requiredAttributes() {
    return List.of(entityTypeAttribute);
  }

  /** Every item: an item of an unknown type decodes into an {@link UnknownItem}. */
  @Override
  public ItemSelection selection() {
    return new ItemSelection.Every();
  }

  /** The item as an entity of its stored type, or an {@link UnknownItem}; never null. */
  @Override
  public Object decode(Map<String, AttributeValue> item) {
    AttributeValue stored = item.get(entityTypeAttribute);
    String entityType = stored == null ? null : stored.s();
    EntitySchema<?> schema = entityType == null ? null : schemas.get(entityType);
    return schema == null ? new UnknownItem(entityType, item) : schema.mapToItem(item);
  }
}
