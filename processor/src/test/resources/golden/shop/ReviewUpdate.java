package io.sable.processor.behaviour;

import io.sable.runtime.condition.Condition;
import io.sable.runtime.write.EntityUpdate;
import io.sable.runtime.write.EntityWriter;
import java.time.LocalDateTime;
import javax.annotation.processing.Generated;

/**
 * An UpdateItem on one {@link Review} item, which creates the item if it is absent: run it with {@code apply()}, or add it to a transaction. Single use; not thread-safe.
 *
 * <p>A later action on a field replaces an earlier one. Key fields are not updatable: change them with {@code put}.
 */
@Generated("io.sable.processor.SableProcessor")
public final class ReviewUpdate extends EntityUpdate<Review> {
  ReviewUpdate(EntityWriter<Review> writer, String sku, int rating, LocalDateTime writtenAt,
      Long expectedVersion) {
    super(writer, ReviewKeys.primaryKey(sku, rating, writtenAt), expectedVersion);
    actions().set("_type", ReviewSchema.ENTITY_TYPE_VALUE);
    actions().set("sku", ReviewSchema.SKU_CONVERTER.transformFrom(sku));
    actions().set("rating", ReviewSchema.RATING_CONVERTER.transformFrom(rating));
    actions().set("writtenAt", ReviewSchema.WRITTEN_AT_CONVERTER.transformFrom(writtenAt));
  }

  /**
   * Sets {@code text} ({@code SET}), or removes it when {@code null} ({@code REMOVE}).
   */
  public ReviewUpdate setText(String text) {
    if (text == null) {
      actions().remove("text");
    } else {
      actions().set("text", ReviewSchema.TEXT_CONVERTER.transformFrom(text));
    }
    return this;
  }

  /**
   * Removes {@code text} ({@code REMOVE}).
   */
  public ReviewUpdate removeText() {
    actions().remove("text");
    return this;
  }

  /**
   * Applies the update only if the condition holds for the stored item ({@code ConditionExpression}); a second condition replaces the first.
   */
  public ReviewUpdate condition(Condition<? super Review> condition) {
    setCondition(condition);
    return this;
  }
}
