package io.sable.processor.behaviour;

import io.sable.runtime.schema.Attributes;
import io.sable.runtime.schema.EntitySchema;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The items of {@link PaymentMethod}: its fields as attributes, its key attributes computed from its key templates, and {@code _type = "PaymentMethod"}.
 *
 * <p>An Enhanced Client {@code TableSchema}, written without reflection.
 */
@Generated("io.sable.processor.SableProcessor")
public final class PaymentMethodSchema extends EntitySchema<PaymentMethod> {
  /**
   * The schema; it holds no state.
   */
  public static final PaymentMethodSchema INSTANCE = new PaymentMethodSchema();

  /**
   * The entity type stored in attribute {@code _type}.
   */
  public static final String ENTITY_TYPE = "PaymentMethod";

  static final AttributeValue ENTITY_TYPE_VALUE = AttributeValue.fromS(ENTITY_TYPE);

  static final AttributeConverter<String> CUSTOMER_ID_CONVERTER = Attributes.converter(String.class);

  static final AttributeConverter<String> METHOD_ID_CONVERTER = Attributes.converter(String.class);

  private PaymentMethodSchema() {
    super(PaymentMethod.class, ENTITY_TYPE, "_type", ShopTable.DEFINITION.tableMetadata(),
        List.of("PK", "SK", "_type", "customerId", "methodId", "last4", "expiryYear", "iban"));
  }

  @Override
  public Map<String, AttributeValue> primaryKey(PaymentMethod entity) {
    return PaymentMethodKeys.primaryKey(entity);
  }

  @Override
  public Set<String> entityTypes() {
    return Set.of("Card", "BankAccount");
  }

  @Override
  public Map<String, AttributeValue> itemToMap(PaymentMethod entity, boolean ignoreNulls) {
    if (entity instanceof Card card) {
      return CardSchema.INSTANCE.itemToMap(card, ignoreNulls);
    }
    if (entity instanceof BankAccount bankAccount) {
      return BankAccountSchema.INSTANCE.itemToMap(bankAccount, ignoreNulls);
    }
    throw new IllegalArgumentException("Not a permitted subclass: " + entity);
  }

  @Override
  public PaymentMethod mapToItem(Map<String, AttributeValue> item) {
    String entityType = Attributes.keyAttribute(item, "_type").s();
    if (entityType.equals("Card")) {
      return CardSchema.INSTANCE.mapToItem(item);
    }
    if (entityType.equals("BankAccount")) {
      return BankAccountSchema.INSTANCE.mapToItem(item);
    }
    throw new IllegalArgumentException("Not an entity type of PaymentMethod: " + entityType);
  }
}
