package io.sable.processor.behaviour;

import io.sable.runtime.schema.Attributes;
import io.sable.runtime.schema.EntitySchema;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The items of {@link Customer}: its fields as attributes, its key attributes computed from its key templates, and {@code _type = "Customer"}.
 *
 * <p>An Enhanced Client {@code TableSchema}, written without reflection.
 */
@Generated("io.sable.processor.SableProcessor")
public final class CustomerSchema extends EntitySchema<Customer> {
  /**
   * The schema; it holds no state.
   */
  public static final CustomerSchema INSTANCE = new CustomerSchema();

  /**
   * The entity type stored in attribute {@code _type}.
   */
  public static final String ENTITY_TYPE = "Customer";

  static final AttributeValue ENTITY_TYPE_VALUE = AttributeValue.fromS(ENTITY_TYPE);

  static final AttributeConverter<String> CUSTOMER_ID_CONVERTER = Attributes.converter(String.class);

  static final AttributeConverter<String> NAME_CONVERTER = Attributes.converter(String.class);

  static final AttributeConverter<Long> ORDERS_CONVERTER = Attributes.converter(Long.class);

  static final AttributeConverter<Boolean> VIP_CONVERTER = Attributes.converter(Boolean.class);

  static final AttributeConverter<Character> GRADE_CONVERTER = Attributes.converter(Character.class);

  static final AttributeConverter<byte[]> AVATAR_CONVERTER = Attributes.converter(byte[].class);

  static final AttributeConverter<String> EMAIL_CONVERTER = Attributes.converter(String.class);

  static final AttributeConverter<Address> ADDRESS_CONVERTER = Attributes.converter(EnhancedType.documentOf(Address.class, AddressSchema.INSTANCE));

  static final AttributeConverter<List<Address>> PAST_ADDRESSES_CONVERTER = Attributes.converter(EnhancedType.listOf(EnhancedType.documentOf(Address.class, AddressSchema.INSTANCE)));

  static final AttributeConverter<Map<String, Integer>> PREFERENCES_CONVERTER = Attributes.converter(EnhancedType.mapOf(EnhancedType.of(String.class), EnhancedType.of(Integer.class)));

  private CustomerSchema() {
    super(Customer.class, ENTITY_TYPE, "_type", ShopTable.DEFINITION.tableMetadata(),
        List.of("PK", "SK", "RankPK", "RankSK", "_type", "customerId", "fullName", "orders", "vip", "grade", "avatar", "email", "address", "pastAddresses", "preferences"));
  }

  @Override
  public Map<String, AttributeValue> primaryKey(Customer entity) {
    return CustomerKeys.primaryKey(entity);
  }

  @Override
  public Map<String, AttributeValue> itemToMap(Customer entity, boolean ignoreNulls) {
    Map<String, AttributeValue> item = new HashMap<>(20);
    item.put("PK", AttributeValue.fromS(CustomerKeys.partitionKey(entity.customerId())));
    item.put("SK", AttributeValue.fromS(CustomerKeys.sortKey()));
    item.put("RankPK", AttributeValue.fromS(CustomerKeys.byRankPartitionKey()));
    item.put("RankSK", CustomerKeys.byRankSortKey(entity.orders()));
    item.put("_type", ENTITY_TYPE_VALUE);
    Attributes.put(item, "customerId", CUSTOMER_ID_CONVERTER, entity.customerId(), ignoreNulls);
    Attributes.put(item, "fullName", NAME_CONVERTER, entity.name(), ignoreNulls);
    item.put("orders", ORDERS_CONVERTER.transformFrom(entity.orders()));
    item.put("vip", VIP_CONVERTER.transformFrom(entity.vip()));
    item.put("grade", GRADE_CONVERTER.transformFrom(entity.grade()));
    Attributes.put(item, "avatar", AVATAR_CONVERTER, entity.avatar(), ignoreNulls);
    Attributes.put(item, "email", EMAIL_CONVERTER, entity.email().orElse(null), ignoreNulls);
    Attributes.put(item, "address", ADDRESS_CONVERTER, entity.address(), ignoreNulls);
    Attributes.put(item, "pastAddresses", PAST_ADDRESSES_CONVERTER, entity.pastAddresses(), ignoreNulls);
    Attributes.put(item, "preferences", PREFERENCES_CONVERTER, entity.preferences(), ignoreNulls);
    return item;
  }

  @Override
  public Customer mapToItem(Map<String, AttributeValue> item) {
    return new Customer(
        Attributes.get(item, "customerId", CUSTOMER_ID_CONVERTER),
        Attributes.get(item, "fullName", NAME_CONVERTER),
        Attributes.getOrDefault(item, "orders", ORDERS_CONVERTER, 0L),
        Attributes.getOrDefault(item, "vip", VIP_CONVERTER, false),
        Attributes.getOrDefault(item, "grade", GRADE_CONVERTER, '\u0000'),
        Attributes.get(item, "avatar", AVATAR_CONVERTER),
        Optional.ofNullable(Attributes.get(item, "email", EMAIL_CONVERTER)),
        Attributes.get(item, "address", ADDRESS_CONVERTER),
        Attributes.get(item, "pastAddresses", PAST_ADDRESSES_CONVERTER),
        Attributes.get(item, "preferences", PREFERENCES_CONVERTER));
  }
}
