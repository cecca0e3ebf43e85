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
 * The items of {@link BankAccount}: its fields as attributes, its key attributes computed from its key templates, and {@code _type = "BankAccount"}.
 *
 * <p>An Enhanced Client {@code TableSchema}, written without reflection.
 */
@Generated("io.sable.processor.SableProcessor")
public final class BankAccountSchema extends EntitySchema<BankAccount> {
  /**
   * The schema; it holds no state.
   */
  public static final BankAccountSchema INSTANCE = new BankAccountSchema();

  /**
   * The entity type stored in attribute {@code _type}.
   */
  public static final String ENTITY_TYPE = "BankAccount";

  static final AttributeValue ENTITY_TYPE_VALUE = AttributeValue.fromS(ENTITY_TYPE);

  static final AttributeConverter<String> CUSTOMER_ID_CONVERTER = Attributes.converter(String.class);

  static final AttributeConverter<String> METHOD_ID_CONVERTER = Attributes.converter(String.class);

  static final AttributeConverter<String> IBAN_CONVERTER = Attributes.converter(String.class);

  private BankAccountSchema() {
    super(BankAccount.class, ENTITY_TYPE, "_type", ShopTable.DEFINITION.tableMetadata(),
        List.of("PK", "SK", "_type", "customerId", "methodId", "iban"));
  }

  @Override
  public Map<String, AttributeValue> primaryKey(BankAccount entity) {
    return PaymentMethodKeys.primaryKey(entity);
  }

  @Override
  public Map<String, AttributeValue> itemToMap(BankAccount entity, boolean ignoreNulls) {
    Map<String, AttributeValue> item = new HashMap<>(8);
    item.put("PK", AttributeValue.fromS(PaymentMethodKeys.partitionKey(entity.customerId())));
    item.put("SK", AttributeValue.fromS(PaymentMethodKeys.sortKey(entity.methodId())));
    item.put("_type", ENTITY_TYPE_VALUE);
    Attributes.put(item, "customerId", CUSTOMER_ID_CONVERTER, entity.customerId(), ignoreNulls);
    Attributes.put(item, "methodId", METHOD_ID_CONVERTER, entity.methodId(), ignoreNulls);
    Attributes.put(item, "iban", IBAN_CONVERTER, entity.iban(), ignoreNulls);
    return item;
  }

  @Override
  public BankAccount mapToItem(Map<String, AttributeValue> item) {
    return new BankAccount(
        Attributes.get(item, "customerId", CUSTOMER_ID_CONVERTER),
        Attributes.get(item, "methodId", METHOD_ID_CONVERTER),
        Attributes.get(item, "iban", IBAN_CONVERTER));
  }
}
