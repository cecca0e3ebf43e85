package io.sable.runtime.schema;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An item whose entity type the application's model does not know (written by a newer version of
 * the application, or by hand). Item-collection queries return it rather than drop it.
 *
 * @param entityType the stored entity type, or {@code null} if the item has none
 * @param attributes the item's attributes, unchanged
 */
public record UnknownItem(String entityType, Map<String, AttributeValue> attributes) {

  /** Copies the attributes. */
  public UnknownItem {
    attributes = Map.copyOf(attributes);
  }
}
