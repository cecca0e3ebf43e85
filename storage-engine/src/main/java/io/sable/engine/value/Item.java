package io.sable.engine.value;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A stored item (or an index entry's projected item) with its size in bytes by DynamoDB's rules
 * ({@link ItemSize}), kept so that reads can apply the 1 MB page limit without measuring again.
 *
 * @param attributes the immutable attribute map
 * @param sizeBytes its size in bytes
 */
public record Item(Map<String, AttributeValue> attributes, int sizeBytes) {

  /**
   * An item whose size is computed now. Short string and number values equal to ones already
   * stored are replaced by those ({@link SharedValues}), which is invisible to callers and keeps a
   * large table's heap small.
   */
  public static Item of(Map<String, AttributeValue> attributes) {
    Map<String, AttributeValue> shared = SharedValues.share(attributes);
    return new Item(shared, ItemSize.of(shared));
  }
}
