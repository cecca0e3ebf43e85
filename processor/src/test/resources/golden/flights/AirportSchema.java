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
 * The items of {@link Airport}: its fields as attributes, its key attributes computed from its key templates, and {@code _type = "Airport"}.
 *
 * <p>An Enhanced Client {@code TableSchema}, written without reflection.
 */
@Generated("io.sable.processor.SableProcessor")
public final class AirportSchema extends EntitySchema<Airport> {
  /**
   * The schema; it holds no state.
   */
  public static final AirportSchema INSTANCE = new AirportSchema();

  /**
   * The entity type stored in attribute {@code _type}.
   */
  public static final String ENTITY_TYPE = "Airport";

  static final AttributeValue ENTITY_TYPE_VALUE = AttributeValue.fromS(ENTITY_TYPE);

  static final AttributeConverter<String> IATA_CONVERTER = Attributes.converter(String.class);

  static final AttributeConverter<String> NAME_CONVERTER = Attributes.converter(String.class);

  static final AttributeConverter<String> CITY_CONVERTER = Attributes.converter(String.class);

  static final AttributeConverter<String> STATE_CONVERTER = Attributes.converter(String.class);

  static final AttributeConverter<String> COUNTRY_CONVERTER = Attributes.converter(String.class);

  static final AttributeConverter<Double> LATITUDE_CONVERTER = Attributes.converter(Double.class);

  static final AttributeConverter<Double> LONGITUDE_CONVERTER = Attributes.converter(Double.class);

  private AirportSchema() {
    super(Airport.class, ENTITY_TYPE, "_type", FlightsTable.DEFINITION.tableMetadata(),
        List.of("PK", "SK", "GSI1PK", "GSI1SK", "_type", "iata", "name", "city", "state", "country", "latitude", "longitude"));
  }

  @Override
  public Map<String, AttributeValue> primaryKey(Airport entity) {
    return AirportKeys.primaryKey(entity);
  }

  @Override
  public Map<String, AttributeValue> itemToMap(Airport entity, boolean ignoreNulls) {
    Map<String, AttributeValue> item = new HashMap<>(16);
    item.put("PK", AttributeValue.fromS(AirportKeys.partitionKey(entity.iata())));
    item.put("SK", AttributeValue.fromS(AirportKeys.sortKey()));
    // Sparse: absent from index GSI1 when a key field is empty
    if (entity.state() != null && entity.iata() != null) {
      item.put("GSI1PK", AttributeValue.fromS(AirportKeys.gsi1PartitionKey(entity.state())));
      item.put("GSI1SK", AttributeValue.fromS(AirportKeys.gsi1SortKey(entity.iata())));
    }
    item.put("_type", ENTITY_TYPE_VALUE);
    Attributes.put(item, "iata", IATA_CONVERTER, entity.iata(), ignoreNulls);
    Attributes.put(item, "name", NAME_CONVERTER, entity.name(), ignoreNulls);
    Attributes.put(item, "city", CITY_CONVERTER, entity.city(), ignoreNulls);
    Attributes.put(item, "state", STATE_CONVERTER, entity.state(), ignoreNulls);
    Attributes.put(item, "country", COUNTRY_CONVERTER, entity.country(), ignoreNulls);
    item.put("latitude", LATITUDE_CONVERTER.transformFrom(entity.latitude()));
    item.put("longitude", LONGITUDE_CONVERTER.transformFrom(entity.longitude()));
    return item;
  }

  @Override
  public Airport mapToItem(Map<String, AttributeValue> item) {
    return new Airport(
        Attributes.get(item, "iata", IATA_CONVERTER),
        Attributes.get(item, "name", NAME_CONVERTER),
        Attributes.get(item, "city", CITY_CONVERTER),
        Attributes.get(item, "state", STATE_CONVERTER),
        Attributes.get(item, "country", COUNTRY_CONVERTER),
        Attributes.getOrDefault(item, "latitude", LATITUDE_CONVERTER, 0D),
        Attributes.getOrDefault(item, "longitude", LONGITUDE_CONVERTER, 0D));
  }
}
