package io.sable.processor.behaviour;

import io.sable.runtime.schema.Attributes;
import io.sable.runtime.schema.EntitySchema;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The items of {@link Shipment}: its fields as attributes, its key attributes computed from its key templates, and {@code _type = "Shipment"}.
 *
 * <p>An Enhanced Client {@code TableSchema}, written without reflection.
 */
@Generated("io.sable.processor.SableProcessor")
public final class ShipmentSchema extends EntitySchema<Shipment> {
  /**
   * The schema; it holds no state.
   */
  public static final ShipmentSchema INSTANCE = new ShipmentSchema();

  /**
   * The entity type stored in attribute {@code _type}.
   */
  public static final String ENTITY_TYPE = "Shipment";

  static final AttributeValue ENTITY_TYPE_VALUE = AttributeValue.fromS(ENTITY_TYPE);

  static final AttributeConverter<String> SHIPMENT_ID_CONVERTER = Attributes.converter(String.class);

  static final AttributeConverter<Status> STATE_CONVERTER = Attributes.converter(Status.class);

  static final AttributeConverter<Instant> SHIPPED_AT_CONVERTER = Attributes.converter(Instant.class);

  static final AttributeConverter<Integer> WEIGHT_CONVERTER = Attributes.converter(Integer.class);

  private ShipmentSchema() {
    super(Shipment.class, ENTITY_TYPE, "_type", ShopTable.DEFINITION.tableMetadata(),
        List.of("PK", "SK", "StatusPK", "StatusSK", "_type", "shipmentId", "state", "shippedAt", "weight"));
  }

  @Override
  public Map<String, AttributeValue> primaryKey(Shipment entity) {
    return ShipmentKeys.primaryKey(entity);
  }

  @Override
  public Map<String, AttributeValue> itemToMap(Shipment entity, boolean ignoreNulls) {
    Map<String, AttributeValue> item = new HashMap<>(12);
    item.put("PK", AttributeValue.fromS(ShipmentKeys.partitionKey(entity.shipmentId())));
    item.put("SK", AttributeValue.fromS(ShipmentKeys.sortKey()));
    // Sparse: absent from index ByStatus when a key field is empty
    if (entity.state() != null && entity.shippedAt() != null && entity.shipmentId() != null) {
      item.put("StatusPK", AttributeValue.fromS(ShipmentKeys.byStatusPartitionKey(entity.state(), entity.shipmentId())));
      item.put("StatusSK", AttributeValue.fromS(ShipmentKeys.byStatusSortKey(entity.shippedAt(), entity.shipmentId())));
    }
    item.put("_type", ENTITY_TYPE_VALUE);
    Attributes.put(item, "shipmentId", SHIPMENT_ID_CONVERTER, entity.shipmentId(), ignoreNulls);
    Attributes.put(item, "state", STATE_CONVERTER, entity.state(), ignoreNulls);
    Attributes.put(item, "shippedAt", SHIPPED_AT_CONVERTER, entity.shippedAt(), ignoreNulls);
    item.put("weight", WEIGHT_CONVERTER.transformFrom(entity.weight()));
    return item;
  }

  @Override
  public Shipment mapToItem(Map<String, AttributeValue> item) {
    return new Shipment(
        Attributes.get(item, "shipmentId", SHIPMENT_ID_CONVERTER),
        Attributes.get(item, "state", STATE_CONVERTER),
        Attributes.get(item, "shippedAt", SHIPPED_AT_CONVERTER),
        Attributes.getOrDefault(item, "weight", WEIGHT_CONVERTER, 0));
  }
}
