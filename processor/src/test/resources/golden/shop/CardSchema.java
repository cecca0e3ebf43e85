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
 * The items of {@link Card}: its fields as attributes, its key attributes computed from its key templates, and {@code _type = "Card"}.
 *
 * <p>An Enhanced Client {@code TableSchema}, written without reflection.
 */
@Generated("io.sable.processor.SableProcessor")
public final class CardSchema extends EntitySchema<Card> {
  /**
   * The schema; it holds no state.
   */
  public static final CardSchema INSTANCE = new CardSchema();

  /**
   * The entity type stored in attribute {@code _type}.
   */
  public static final String ENTITY_TYPE = "Card";

  static final AttributeValue ENTITY_TYPE_VALUE = AttributeValue.fromS(ENTITY_TYPE);

  static final AttributeConverter<String> CUSTOMER_ID_CONVERTER = Attributes.converter(String.class);

  static final AttributeConverter<String> METHOD_ID_CONVERTER = Attributes.converter(String.class);

  static final AttributeConverter<String> LAST4_CONVERTER = Attributes.converter(String.class);

  static final AttributeConverter<Integer> EXPIRY_YEAR_CONVERTER = Attributes.converter(Integer.class);

  private CardSchema() {
    super(Card.class, ENTITY_TYPE, "_type", ShopTable.DEFINITION.tableMetadata(),
        List.of("PK", "SK", "_type", "customerId", "methodId", "last4", "expiryYear"));
  }

  @Override
  public Map<String, AttributeValue> primaryKey(Card entity) {
    return PaymentMethodKeys.primaryKey(entity);
  }

  @Override
  public Map<String, AttributeValue> itemToMap(Card entity, boolean ignoreNulls) {
    Map<String, AttributeValue> item = new HashMap<>(10);
    item.put("PK", AttributeValue.fromS(PaymentMethodKeys.partitionKey(entity.customerId())));
    item.put("SK", AttributeValue.fromS(PaymentMethodKeys.sortKey(entity.methodId())));
    item.put("_type", ENTITY_TYPE_VALUE);
    Attributes.put(item, "customerId", CUSTOMER_ID_CONVERTER, entity.customerId(), ignoreNulls);
    Attributes.put(item, "methodId", METHOD_ID_CONVERTER, entity.methodId(), ignoreNulls);
    Attributes.put(item, "last4", LAST4_CONVERTER, entity.last4(), ignoreNulls);
    item.put("expiryYear", EXPIRY_YEAR_CONVERTER.transformFrom(entity.expiryYear()));
    return item;
  }

  @Override
  public Card mapToItem(Map<String, AttributeValue> item) {
    return new Card(
        Attributes.get(item, "customerId", CUSTOMER_ID_CONVERTER),
        Attributes.get(item, "methodId", METHOD_ID_CONVERTER),
        Attributes.get(item, "last4", LAST4_CONVERTER),
        Attributes.getOrDefault(item, "expiryYear", EXPIRY_YEAR_CONVERTER, 0));
  }
}
