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
 * The items of {@link Account}: its fields as attributes, its key attributes computed from its key templates, and {@code _type = "Account"}.
 *
 * <p>An Enhanced Client {@code TableSchema}, written without reflection.
 */
@Generated("io.sable.processor.SableProcessor")
public final class AccountSchema extends EntitySchema<Account> {
  /**
   * The schema; it holds no state.
   */
  public static final AccountSchema INSTANCE = new AccountSchema();

  /**
   * The entity type stored in attribute {@code _type}.
   */
  public static final String ENTITY_TYPE = "Account";

  static final AttributeValue ENTITY_TYPE_VALUE = AttributeValue.fromS(ENTITY_TYPE);

  static final AttributeConverter<String> ID_CONVERTER = Attributes.converter(String.class);

  static final AttributeConverter<Long> BALANCE_CONVERTER = Attributes.converter(Long.class);

  static final AttributeConverter<Long> VERSION_CONVERTER = Attributes.converter(Long.class);

  private AccountSchema() {
    super(Account.class, ENTITY_TYPE, "_type", ShopTable.DEFINITION.tableMetadata(),
        List.of("PK", "SK", "_type", "id", "balance", "version"));
  }

  @Override
  public Map<String, AttributeValue> primaryKey(Account entity) {
    return AccountKeys.primaryKey(entity);
  }

  @Override
  public Map<String, AttributeValue> itemToMap(Account entity, boolean ignoreNulls) {
    Map<String, AttributeValue> item = new HashMap<>(8);
    item.put("PK", AttributeValue.fromS(AccountKeys.partitionKey(entity.id())));
    item.put("SK", AttributeValue.fromS(AccountKeys.sortKey()));
    item.put("_type", ENTITY_TYPE_VALUE);
    Attributes.put(item, "id", ID_CONVERTER, entity.id(), ignoreNulls);
    item.put("balance", BALANCE_CONVERTER.transformFrom(entity.balance()));
    item.put("version", VERSION_CONVERTER.transformFrom(entity.version()));
    return item;
  }

  @Override
  public Account mapToItem(Map<String, AttributeValue> item) {
    return new Account(
        Attributes.get(item, "id", ID_CONVERTER),
        Attributes.getOrDefault(item, "balance", BALANCE_CONVERTER, 0L),
        Attributes.getOrDefault(item, "version", VERSION_CONVERTER, 0L));
  }
}
