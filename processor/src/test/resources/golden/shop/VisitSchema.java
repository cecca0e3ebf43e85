package io.sable.processor.behaviour;

import io.sable.runtime.schema.Attributes;
import io.sable.runtime.schema.EntitySchema;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The items of {@link Visit}: its fields as attributes, its key attributes computed from its key templates, and {@code _type = "Visit"}.
 *
 * <p>An Enhanced Client {@code TableSchema}, written without reflection.
 */
@Generated("io.sable.processor.SableProcessor")
public final class VisitSchema extends EntitySchema<Visit> {
  /**
   * The schema; it holds no state.
   */
  public static final VisitSchema INSTANCE = new VisitSchema();

  /**
   * The entity type stored in attribute {@code _type}.
   */
  public static final String ENTITY_TYPE = "Visit";

  static final AttributeValue ENTITY_TYPE_VALUE = AttributeValue.fromS(ENTITY_TYPE);

  static final AttributeConverter<LocalDate> DAY_CONVERTER = Attributes.converter(LocalDate.class);

  static final AttributeConverter<String> VISIT_ID_CONVERTER = Attributes.converter(String.class);

  static final AttributeConverter<String> PAGE_CONVERTER = Attributes.converter(String.class);

  private VisitSchema() {
    super(Visit.class, ENTITY_TYPE, "_type", ShopTable.DEFINITION.tableMetadata(),
        List.of("PK", "SK", "_type", "day", "visitId", "page"));
  }

  @Override
  public Map<String, AttributeValue> primaryKey(Visit entity) {
    return VisitKeys.primaryKey(entity);
  }

  @Override
  public Map<String, AttributeValue> itemToMap(Visit entity, boolean ignoreNulls) {
    Map<String, AttributeValue> item = new HashMap<>(8);
    item.put("PK", AttributeValue.fromS(VisitKeys.partitionKey(entity.day(), entity.visitId())));
    item.put("SK", AttributeValue.fromS(VisitKeys.sortKey(entity.visitId())));
    item.put("_type", ENTITY_TYPE_VALUE);
    Attributes.put(item, "day", DAY_CONVERTER, entity.day(), ignoreNulls);
    Attributes.put(item, "visitId", VISIT_ID_CONVERTER, entity.visitId(), ignoreNulls);
    Attributes.put(item, "page", PAGE_CONVERTER, entity.page(), ignoreNulls);
    return item;
  }

  @Override
  public Visit mapToItem(Map<String, AttributeValue> item) {
    return new Visit(
        Attributes.get(item, "day", DAY_CONVERTER),
        Attributes.get(item, "visitId", VISIT_ID_CONVERTER),
        Attributes.get(item, "page", PAGE_CONVERTER));
  }
}
