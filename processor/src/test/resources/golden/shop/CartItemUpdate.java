package io.sable.processor.behaviour;

import io.sable.runtime.condition.Condition;
import io.sable.runtime.write.EntityUpdate;
import io.sable.runtime.write.EntityWriter;
import java.time.Instant;
import javax.annotation.processing.Generated;

/**
 * An UpdateItem on one {@link CartItem} item, which creates the item if it is absent: run it with {@code apply()}, or add it to a transaction. Single use; not thread-safe.
 *
 * <p>A later action on a field replaces an earlier one. Key fields are not updatable: change them with {@code put}.
 */
@Generated("io.sable.processor.SableProcessor")
public final class CartItemUpdate extends EntityUpdate<CartItem> {
  CartItemUpdate(EntityWriter<CartItem> writer, String cartId, String sku, Long expectedVersion) {
    super(writer, CartItemKeys.primaryKey(cartId, sku), expectedVersion);
    actions().set("_type", CartItemSchema.ENTITY_TYPE_VALUE);
    actions().set("cartId", CartItemSchema.CART_ID_CONVERTER.transformFrom(cartId));
    actions().set("sku", CartItemSchema.SKU_CONVERTER.transformFrom(sku));
  }

  /**
   * Sets {@code quantity} ({@code SET}).
   */
  public CartItemUpdate setQuantity(int quantity) {
    actions().set("quantity", CartItemSchema.QUANTITY_CONVERTER.transformFrom(quantity));
    return this;
  }

  /**
   * Adds {@code delta} to {@code quantity}, counting an absent value as zero ({@code ADD}).
   */
  public CartItemUpdate addQuantity(int delta) {
    actions().add("quantity", CartItemSchema.QUANTITY_CONVERTER.transformFrom(delta));
    return this;
  }

  /**
   * Sets {@code expiresAt} ({@code SET}), or removes it when {@code null} ({@code REMOVE}).
   */
  public CartItemUpdate setExpiresAt(Instant expiresAt) {
    if (expiresAt == null) {
      actions().remove("expiresAt");
    } else {
      actions().set("expiresAt", CartItemSchema.EXPIRES_AT_CONVERTER.transformFrom(expiresAt));
    }
    return this;
  }

  /**
   * Removes {@code expiresAt} ({@code REMOVE}).
   */
  public CartItemUpdate removeExpiresAt() {
    actions().remove("expiresAt");
    return this;
  }

  /**
   * Applies the update only if the condition holds for the stored item ({@code ConditionExpression}); a second condition replaces the first.
   */
  public CartItemUpdate condition(Condition<? super CartItem> condition) {
    setCondition(condition);
    return this;
  }
}
