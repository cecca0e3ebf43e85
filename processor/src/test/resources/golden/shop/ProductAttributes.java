package io.sable.processor.behaviour;

import io.sable.runtime.condition.Attribute;
import io.sable.runtime.condition.StringAttribute;
import javax.annotation.processing.Generated;

/**
 * The attributes of {@link Product} items, for typed filters and projections.
 */
@Generated("io.sable.processor.SableProcessor")
public final class ProductAttributes {
  /**
   * Attribute {@code sku}, field {@code sku} ({@code java.lang.String}).
   */
  public static final StringAttribute<Product> SKU = StringAttribute.of("sku");

  /**
   * Attribute {@code price}, field {@code price} ({@code io.sable.processor.behaviour.Money}).
   */
  public static final Attribute<Product, Money> PRICE = Attribute.of("price", ProductSchema.PRICE_CONVERTER);

  /**
   * Attribute {@code stock}, field {@code stock} ({@code int}).
   */
  public static final Attribute<Product, Integer> STOCK = Attribute.of("stock", ProductSchema.STOCK_CONVERTER);

  private ProductAttributes() {
  }
}
