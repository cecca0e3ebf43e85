package io.sable.processor.behaviour;

import io.sable.runtime.schema.Attributes;
import io.sable.runtime.schema.EntitySchema;
import io.sable.runtime.schema.EpochSecondsConverter;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The items of {@link CartItem}: its fields as attributes, its key attributes computed from its key templates, and {@code _type = "CartItem"}.
 *
 * <p>An Enhanced Client {@code TableSchema}, written without reflection.
 */
@Generated("io.sable.processor.SableProcessor")
public final class CartItemSchema extends EntitySchema<CartItem> {
  /**
   * The schema; it holds no state.
   */
  public static final CartItemSchema INSTANCE = new CartItemSchema();

  /**
   * The entity type stored in attribute {@code _type}.
   */
  public static final String ENTITY_TYPE = "CartItem";

  static final AttributeValue ENTITY_TYPE_VALUE = AttributeValue.fromS(ENTITY_TYPE);

  static final AttributeConverter<String> CART_ID_CONVERTER = Attributes.converter(String.class);

  static final AttributeConverter<String> SKU_CONVERTER = Attributes.converter(String.class);

  static final AttributeConverter<Integer> QUANTITY_CONVERTER = Attributes.converter(Integer.class);

  static final AttributeConverter<Instant> EXPIRES_AT_CONVERTER = new EpochSecondsConverter();

  private CartItemSchema() {
    super(CartItem.class, ENTITY_TYPE, "_type", ShopTable.DEFINITION.tableMetadata(),
        List.of("PK", "SK", "_type", "cartId", "sku", "quantity", "expiresAt"));
  }

  @Override
  public Map<String, AttributeValue> primaryKey(CartItem entity) {
    return CartItemKeys.primaryKey(entity);
  }

  @Override
  public Map<String, AttributeValue> itemToMap(CartItem entity, boolean ignoreNulls) {
    Map<String, AttributeValue> item = new HashMap<>(10);
    item.put("PK", AttributeValue.fromS(CartItemKeys.partitionKey(entity.cartId())));
    item.put("SK", AttributeValue.fromS(CartItemKeys.sortKey(entity.sku())));
    item.put("_type", ENTITY_TYPE_VALUE);
    Attributes.put(item, "cartId", CART_ID_CONVERTER, entity.cartId(), ignoreNulls);
    Attributes.put(item, "sku", SKU_CONVERTER, entity.sku(), ignoreNulls);
    item.put("quantity", QUANTITY_CONVERTER.transformFrom(entity.quantity()));
    Attributes.put(item, "expiresAt", EXPIRES_AT_CONVERTER, entity.expiresAt(), ignoreNulls);
    return item;
  }

  @Override
  public CartItem mapToItem(Map<String, AttributeValue> item) {
    return new CartItem(
        Attributes.get(item, "cartId", CART_ID_CONVERTER),
        Attributes.get(item, "sku", SKU_CONVERTER),
        Attributes.getOrDefault(item, "quantity", QUANTITY_CONVERTER, 0),
        Attributes.get(item, "expiresAt", EXPIRES_AT_CONVERTER));
  }
}
