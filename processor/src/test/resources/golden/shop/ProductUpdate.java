package io.sable.processor.behaviour;

import io.sable.runtime.condition.Condition;
import io.sable.runtime.write.EntityUpdate;
import io.sable.runtime.write.EntityWriter;
import javax.annotation.processing.Generated;

/**
 * An UpdateItem on one {@link Product} item, which creates the item if it is absent: run it with {@code apply()}, or add it to a transaction. Single use; not thread-safe.
 *
 * <p>A later action on a field replaces an earlier one. Key fields are not updatable: change them with {@code put}.
 */
@Generated("io.sable.processor.SableProcessor")
public final class ProductUpdate extends EntityUpdate<Product> {
  ProductUpdate(EntityWriter<Product> writer, String sku, Long expectedVersion) {
    super(writer, ProductKeys.primaryKey(sku), expectedVersion);
    actions().set("_type", ProductSchema.ENTITY_TYPE_VALUE);
    actions().set("sku", ProductSchema.SKU_CONVERTER.transformFrom(sku));
  }

  /**
   * Sets {@code price} ({@code SET}), or removes it when {@code null} ({@code REMOVE}).
   */
  public ProductUpdate setPrice(Money price) {
    if (price == null) {
      actions().remove("price");
    } else {
      actions().set("price", ProductSchema.PRICE_CONVERTER.transformFrom(price));
    }
    return this;
  }

  /**
   * Removes {@code price} ({@code REMOVE}).
   */
  public ProductUpdate removePrice() {
    actions().remove("price");
    return this;
  }

  /**
   * Sets {@code stock} ({@code SET}).
   */
  public ProductUpdate setStock(int stock) {
    actions().set("stock", ProductSchema.STOCK_CONVERTER.transformFrom(stock));
    return this;
  }

  /**
   * Adds {@code delta} to {@code stock}, counting an absent value as zero ({@code ADD}).
   */
  public ProductUpdate addStock(int delta) {
    actions().add("stock", ProductSchema.STOCK_CONVERTER.transformFrom(delta));
    return this;
  }

  /**
   * Applies the update only if the condition holds for the stored item ({@code ConditionExpression}); a second condition replaces the first.
   */
  public ProductUpdate condition(Condition<? super Product> condition) {
    setCondition(condition);
    return this;
  }
}
