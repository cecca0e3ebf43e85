package io.sable.processor.behaviour;

import io.sable.runtime.TableClient;
import io.sable.runtime.write.UpdateActions;
import java.time.LocalDateTime;
import java.util.Map;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An UpdateItem on one {@link Review} item, which creates the item if it is absent. Single use; not thread-safe.
 *
 * <p>A later action on a field replaces an earlier one. Key fields are not updatable: change them with {@code put}.
 */
@Generated("io.sable.processor.SableProcessor")
public final class ReviewUpdate {
  private final TableClient table;

  private final Map<String, AttributeValue> key;

  private final UpdateActions actions = new UpdateActions();

  ReviewUpdate(TableClient table, String sku, int rating, LocalDateTime writtenAt) {
    this.table = table;
    this.key = ReviewKeys.primaryKey(sku, rating, writtenAt);
    actions.set("_type", ReviewSchema.ENTITY_TYPE_VALUE);
    actions.set("sku", ReviewSchema.SKU_CONVERTER.transformFrom(sku));
    actions.set("rating", ReviewSchema.RATING_CONVERTER.transformFrom(rating));
    actions.set("writtenAt", ReviewSchema.WRITTEN_AT_CONVERTER.transformFrom(writtenAt));
  }

  /**
   * Sets {@code text} ({@code SET}), or removes it when {@code null} ({@code REMOVE}).
   */
  public ReviewUpdate setText(String text) {
    if (text == null) {
      actions.remove("text");
    } else {
      actions.set("text", ReviewSchema.TEXT_CONVERTER.transformFrom(text));
    }
    return this;
  }

  /**
   * Removes {@code text} ({@code REMOVE}).
   */
  public ReviewUpdate removeText() {
    actions.remove("text");
    return this;
  }

  /**
   * Runs the UpdateItem and returns the entity as it is after the update.
   */
  public Review apply() {
    return table.updateItem(key, actions, ReviewSchema.INSTANCE);
  }
}
