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
 * The items of {@link Counter}: its fields as attributes, its key attributes computed from its key templates, and {@code _type = "Counter"}.
 *
 * <p>An Enhanced Client {@code TableSchema}, written without reflection.
 */
@Generated("io.sable.processor.SableProcessor")
public final class CounterSchema extends EntitySchema<Counter> {
  /**
   * The schema; it holds no state.
   */
  public static final CounterSchema INSTANCE = new CounterSchema();

  /**
   * The entity type stored in attribute {@code _type}.
   */
  public static final String ENTITY_TYPE = "Counter";

  static final AttributeValue ENTITY_TYPE_VALUE = AttributeValue.fromS(ENTITY_TYPE);

  static final AttributeConverter<String> NAME_CONVERTER = Attributes.converter(String.class);

  static final AttributeConverter<Long> VALUE_CONVERTER = Attributes.converter(Long.class);

  static final AttributeConverter<Long> LIMIT_CONVERTER = Attributes.converter(Long.class);

  private CounterSchema() {
    super(Counter.class, ENTITY_TYPE, "_type", ShopTable.DEFINITION.tableMetadata(),
        List.of("PK", "SK", "GSI1PK", "GSI1SK", "_type", "name", "value", "limit"));
  }

  @Override
  public Map<String, AttributeValue> primaryKey(Counter entity) {
    return CounterKeys.primaryKey(entity);
  }

  @Override
  public Map<String, AttributeValue> itemToMap(Counter entity, boolean ignoreNulls) {
    Map<String, AttributeValue> item = new HashMap<>(11);
    item.put("PK", AttributeValue.fromS(CounterKeys.partitionKey(entity.name())));
    item.put("SK", AttributeValue.fromS(CounterKeys.sortKey(entity.name())));
    // Sparse: absent from index GSI1 when a key field is empty
    if (entity.name() != null) {
      item.put("GSI1PK", AttributeValue.fromS(CounterKeys.gsi1PartitionKey()));
      item.put("GSI1SK", AttributeValue.fromS(CounterKeys.gsi1SortKey(entity.name())));
    }
    item.put("_type", ENTITY_TYPE_VALUE);
    Attributes.put(item, "name", NAME_CONVERTER, entity.name(), ignoreNulls);
    item.put("value", VALUE_CONVERTER.transformFrom(entity.value()));
    Attributes.put(item, "limit", LIMIT_CONVERTER, entity.limit(), ignoreNulls);
    return item;
  }

  @Override
  public Counter mapToItem(Map<String, AttributeValue> item) {
    return new Counter(
        Attributes.get(item, "name", NAME_CONVERTER),
        Attributes.getOrDefault(item, "value", VALUE_CONVERTER, 0L),
        Attributes.get(item, "limit", LIMIT_CONVERTER));
  }
}
