package io.sable.processor.behaviour;

import io.sable.runtime.TableClient;
import io.sable.runtime.write.UpdateActions;
import java.util.Map;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An UpdateItem on one {@link Product} item, which creates the item if it is absent. Single use; not thread-safe.
 *
 * <p>A later action on a field replaces an earlier one. Key fields are not updatable: change them with {@code put}.
 */
@Generated("io.sable.processor.SableProcessor")
public final class ProductUpdate {
  private final TableClient table;

  private final Map<String, AttributeValue> key;

  private final UpdateActions actions = new UpdateActions();

  ProductUpdate(TableClient table, String sku) {
    this.table = table;
    this.key = ProductKeys.primaryKey(sku);
    actions.set("_type", ProductSchema.ENTITY_TYPE_VALUE);
    actions.set("sku", ProductSchema.SKU_CONVERTER.transformFrom(sku));
  }

  /**
   * Sets {@code price} ({@code SET}), or removes it when {@code null} ({@code REMOVE}).
   */
  public ProductUpdate setPrice(Money price) {
    if (price == null) {
      actions.remove("price");
    } else {
      actions.set("price", ProductSchema.PRICE_CONVERTER.transformFrom(price));
    }
    return this;
  }

  /**
   * Removes {@code price} ({@code REMOVE}).
   */
  public ProductUpdate removePrice() {
    actions.remove("price");
    return this;
  }

  /**
   * Sets {@code stock} ({@code SET}).
   */
  public ProductUpdate setStock(int stock) {
    actions.set("stock", ProductSchema.STOCK_CONVERTER.transformFrom(stock));
    return this;
  }

  /**
   * Adds {@code delta} to {@code stock}, counting an absent value as zero ({@code ADD}).
   */
  public ProductUpdate addStock(int delta) {
    actions.add("stock", ProductSchema.STOCK_CONVERTER.transformFrom(delta));
    return this;
  }

  /**
   * Runs the UpdateItem and returns the entity as it is after the update.
   */
  public Product apply() {
    return table.updateItem(key, actions, ProductSchema.INSTANCE);
  }
}
