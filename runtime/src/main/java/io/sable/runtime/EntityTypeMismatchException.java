package io.sable.runtime;

import io.sable.runtime.schema.EntitySchema;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Thrown when the item at an entity's primary key is of another entity type: two entity types'
 * key templates produce the same key, a modelling error.
 */
public final class EntityTypeMismatchException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * @param expected the schema of the entity expected at the key
   * @param item the item found there
   */
  public EntityTypeMismatchException(EntitySchema<?> expected, Map<String, AttributeValue> item) {
    super(
        "Expected an item of entity type " + expected.entityType() + " but the item at its key has "
            + expected.entityTypeAttribute() + " = " + describe(item.get(expected.entityTypeAttribute()))
            + "; two entity types' key templates produce the same key");
  }

  private static String describe(AttributeValue value) {
    return value == null ? "(absent)" : value.s() != null ? value.s() : value.toString();
  }
}
