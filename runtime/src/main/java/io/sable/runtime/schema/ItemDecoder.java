package io.sable.runtime.schema;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Turns the items a Query returns into objects.
 *
 * @param <T> the type of the objects
 */
@FunctionalInterface
public interface ItemDecoder<T> {

  /**
   * Decodes one item, or returns {@code null} to leave it out of the result (an item of another
   * entity type that shares the key range, for example).
   */
  T decode(Map<String, AttributeValue> item);

  /**
   * The attributes {@link #decode} needs in every item, which a projection must include (the entity
   * type attribute, for example).
   */
  default List<String> requiredAttributes() {
    return List.of();
  }

  /**
   * Which items {@link #decode} keeps, as DynamoDB can select them; by default {@link
   * ItemSelection.InJava}, so that a count decodes every item it reads.
   */
  default ItemSelection selection() {
    return new ItemSelection.InJava();
  }

  /** Decodes the items of one entity and leaves out the items of every other entity type. */
  static <T> ItemDecoder<T> of(EntitySchema<T> schema) {
    return new ItemDecoder<>() {
      @Override
      public T decode(Map<String, AttributeValue> item) {
        return schema.isEntity(item) ? schema.mapToItem(item) : null;
      }

      @Override
      public List<String> requiredAttributes() {
        return List.of(schema.entityTypeAttribute());
      }

      @Override
      public ItemSelection selection() {
        return new ItemSelection.EntityTypes(schema.entityTypeAttribute(), schema.entityTypes());
      }
    };
  }
}
