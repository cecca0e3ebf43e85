package io.sable.processor.behaviour;

import io.sable.runtime.schema.Attributes;
import io.sable.runtime.schema.EntitySchema;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The items of {@link Product}: its fields as attributes, its key attributes computed from its key templates, and {@code _type = "Product"}.
 *
 * <p>An Enhanced Client {@code TableSchema}, written without reflection.
 */
@Generated("io.sable.processor.SableProcessor")
public final class ProductSchema extends EntitySchema<Product> {
  /**
   * The schema; it holds no state.
   */
  public static final ProductSchema INSTANCE = new ProductSchema();

  /**
   * The entity type stored in attribute {@code _type}.
   */
  public static final String ENTITY_TYPE = "Product";

  static final AttributeValue ENTITY_TYPE_VALUE = AttributeValue.fromS(ENTITY_TYPE);

  static final AttributeConverter<String> SKU_CONVERTER = Attributes.converter(String.class);

  static final AttributeConverter<Money> PRICE_CONVERTER = new MoneyConverter();

  static final AttributeConverter<Integer> STOCK_CONVERTER = Attributes.converter(Integer.class);

  private ProductSchema() {
    super(Product.class, ENTITY_TYPE, "_type", ShopTable.DEFINITION.tableMetadata(),
        List.of("PK", "SK", "_type", "sku", "price", "stock"));
  }

  @Override
  public Map<String, AttributeValue> primaryKey(Product entity) {
    return ProductKeys.primaryKey(entity);
  }

  @Override
  public Map<String, AttributeValue> itemToMap(Product entity, boolean ignoreNulls) {
    Map<String, AttributeValue> item = new HashMap<>(8);
    item.put("PK", AttributeValue.fromS(ProductKeys.partitionKey(entity.getSku())));
    item.put("SK", AttributeValue.fromS(ProductKeys.sortKey()));
    item.put("_type", ENTITY_TYPE_VALUE);
    Attributes.put(item, "sku", SKU_CONVERTER, entity.getSku(), ignoreNulls);
    Attributes.put(item, "price", PRICE_CONVERTER, entity.getPrice(), ignoreNulls);
    item.put("stock", STOCK_CONVERTER.transformFrom(entity.getStock()));
    return item;
  }

  @Override
  public Product mapToItem(Map<String, AttributeValue> item) {
    return Product.builder()
    .sku(Attributes.get(item, "sku", SKU_CONVERTER))
    .price(Attributes.get(item, "price", PRICE_CONVERTER))
    .stock(Attributes.getOrDefault(item, "stock", STOCK_CONVERTER, 0))
    .build();
  }
}
