package com.example.flights;

import io.sable.runtime.schema.Attributes;
import io.sable.runtime.schema.EntitySchema;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The items of {@link Flight}: its fields as attributes, its key attributes computed from its key templates, and {@code _type = "Flight"}.
 *
 * <p>An Enhanced Client {@code TableSchema}, written without reflection.
 */
@Generated("io.sable.processor.SableProcessor")
public final class FlightSchema extends EntitySchema<Flight> {
  /**
   * The schema; it holds no state.
   */
  public static final FlightSchema INSTANCE = new FlightSchema();

  /**
   * The entity type stored in attribute {@code _type}.
   */
  public static final String ENTITY_TYPE = "Flight";

  static final AttributeValue ENTITY_TYPE_VALUE = AttributeValue.fromS(ENTITY_TYPE);

  static final AttributeConverter<String> ORIGIN_CONVERTER = Attributes.converter(String.class);

  static final AttributeConverter<LocalDateTime> DEPARTURE_CONVERTER = Attributes.converter(LocalDateTime.class);

  static final AttributeConverter<Integer> ID_CONVERTER = Attributes.converter(Integer.class);

  static final AttributeConverter<String> DESTINATION_CONVERTER = Attributes.converter(String.class);

  static final AttributeConverter<Integer> DELAY_CONVERTER = Attributes.converter(Integer.class);

  static final AttributeConverter<Integer> DISTANCE_CONVERTER = Attributes.converter(Integer.class);

  private FlightSchema() {
    super(Flight.class, ENTITY_TYPE, "_type", FlightsTable.DEFINITION.tableMetadata(),
        List.of("PK", "SK", "GSI1PK", "GSI1SK", "GSI2PK", "GSI2SK", "_type", "origin", "departure", "id", "destination", "delay", "distance"));
  }

  @Override
  public Map<String, AttributeValue> primaryKey(Flight entity) {
    return FlightKeys.primaryKey(entity);
  }

  @Override
  public Map<String, AttributeValue> itemToMap(Flight entity, boolean ignoreNulls) {
    Map<String, AttributeValue> item = new HashMap<>(18);
    item.put("PK", AttributeValue.fromS(FlightKeys.partitionKey(entity.origin())));
    item.put("SK", AttributeValue.fromS(FlightKeys.sortKey(entity.departure(), entity.id())));
    // Sparse: absent from index GSI1 when a key field is empty
    if (entity.destination() != null && entity.departure() != null) {
      item.put("GSI1PK", AttributeValue.fromS(FlightKeys.gsi1PartitionKey(entity.destination())));
      item.put("GSI1SK", AttributeValue.fromS(FlightKeys.gsi1SortKey(entity.departure(), entity.id())));
    }
    // Sparse: absent from index GSI2 when not delayedAnHourOrMore() or a key field is empty
    if (entity.delayedAnHourOrMore() && entity.origin() != null) {
      item.put("GSI2PK", AttributeValue.fromS(FlightKeys.gsi2PartitionKey(entity.origin())));
      item.put("GSI2SK", AttributeValue.fromS(FlightKeys.gsi2SortKey(entity.delay())));
    }
    item.put("_type", ENTITY_TYPE_VALUE);
    Attributes.put(item, "origin", ORIGIN_CONVERTER, entity.origin(), ignoreNulls);
    Attributes.put(item, "departure", DEPARTURE_CONVERTER, entity.departure(), ignoreNulls);
    item.put("id", ID_CONVERTER.transformFrom(entity.id()));
    Attributes.put(item, "destination", DESTINATION_CONVERTER, entity.destination(), ignoreNulls);
    item.put("delay", DELAY_CONVERTER.transformFrom(entity.delay()));
    item.put("distance", DISTANCE_CONVERTER.transformFrom(entity.distance()));
    return item;
  }

  @Override
  public Flight mapToItem(Map<String, AttributeValue> item) {
    return new Flight(
        Attributes.get(item, "origin", ORIGIN_CONVERTER),
        Attributes.get(item, "departure", DEPARTURE_CONVERTER),
        Attributes.getOrDefault(item, "id", ID_CONVERTER, 0),
        Attributes.get(item, "destination", DESTINATION_CONVERTER),
        Attributes.getOrDefault(item, "delay", DELAY_CONVERTER, 0),
        Attributes.getOrDefault(item, "distance", DISTANCE_CONVERTER, 0));
  }
}
