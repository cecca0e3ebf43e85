package com.example.flights;

import io.sable.runtime.schema.Attributes;
import io.sable.runtime.schema.EntitySchema;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The items of {@link Route}: its fields as attributes, its key attributes computed from its key templates, and {@code _type = "Route"}.
 *
 * <p>An Enhanced Client {@code TableSchema}, written without reflection.
 */
@Generated("io.sable.processor.SableProcessor")
public final class RouteSchema extends EntitySchema<Route> {
  /**
   * The schema; it holds no state.
   */
  public static final RouteSchema INSTANCE = new RouteSchema();

  /**
   * The entity type stored in attribute {@code _type}.
   */
  public static final String ENTITY_TYPE = "Route";

  static final AttributeValue ENTITY_TYPE_VALUE = AttributeValue.fromS(ENTITY_TYPE);

  static final AttributeConverter<String> ORIGIN_CONVERTER = Attributes.converter(String.class);

  static final AttributeConverter<String> DESTINATION_CONVERTER = Attributes.converter(String.class);

  static final AttributeConverter<Long> FLIGHTS_CONVERTER = Attributes.converter(Long.class);

  static final AttributeConverter<Long> TOTAL_DELAY_CONVERTER = Attributes.converter(Long.class);

  private RouteSchema() {
    super(Route.class, ENTITY_TYPE, "_type", FlightsTable.DEFINITION.tableMetadata(),
        List.of("PK", "SK", "_type", "origin", "destination", "flights", "totalDelay"));
  }

  @Override
  public Map<String, AttributeValue> primaryKey(Route entity) {
    return RouteKeys.primaryKey(entity);
  }

  @Override
  public Map<String, AttributeValue> itemToMap(Route entity, boolean ignoreNulls) {
    Map<String, AttributeValue> item = new HashMap<>(10);
    item.put("PK", AttributeValue.fromS(RouteKeys.partitionKey(entity.origin())));
    item.put("SK", AttributeValue.fromS(RouteKeys.sortKey(entity.destination())));
    item.put("_type", ENTITY_TYPE_VALUE);
    Attributes.put(item, "origin", ORIGIN_CONVERTER, entity.origin(), ignoreNulls);
    Attributes.put(item, "destination", DESTINATION_CONVERTER, entity.destination(), ignoreNulls);
    item.put("flights", FLIGHTS_CONVERTER.transformFrom(entity.flights()));
    item.put("totalDelay", TOTAL_DELAY_CONVERTER.transformFrom(entity.totalDelay()));
    return item;
  }

  @Override
  public Route mapToItem(Map<String, AttributeValue> item) {
    return new Route(
        Attributes.get(item, "origin", ORIGIN_CONVERTER),
        Attributes.get(item, "destination", DESTINATION_CONVERTER),
        Attributes.getOrDefault(item, "flights", FLIGHTS_CONVERTER, 0L),
        Attributes.getOrDefault(item, "totalDelay", TOTAL_DELAY_CONVERTER, 0L));
  }
}
