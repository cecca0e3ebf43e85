package io.sable.processor.behaviour;

import io.sable.runtime.condition.Attribute;
import io.sable.runtime.condition.StringAttribute;
import java.time.Instant;
import javax.annotation.processing.Generated;

/**
 * The attributes of {@link CartItem} items, for typed filters and projections.
 */
@Generated("io.sable.processor.SableProcessor")
public final class CartItemAttributes {
  /**
   * Attribute {@code cartId}, field {@code cartId} ({@code java.lang.String}).
   */
  public static final StringAttribute<CartItem> CART_ID = StringAttribute.of("cartId");

  /**
   * Attribute {@code sku}, field {@code sku} ({@code java.lang.String}).
   */
  public static final StringAttribute<CartItem> SKU = StringAttribute.of("sku");

  /**
   * Attribute {@code quantity}, field {@code quantity} ({@code int}).
   */
  public static final Attribute<CartItem, Integer> QUANTITY = Attribute.of("quantity", CartItemSchema.QUANTITY_CONVERTER);

  /**
   * Attribute {@code expiresAt}, field {@code expiresAt} ({@code java.time.Instant}).
   */
  public static final Attribute<CartItem, Instant> EXPIRES_AT = Attribute.of("expiresAt", CartItemSchema.EXPIRES_AT_CONVERTER);

  private CartItemAttributes() {
  }
}
