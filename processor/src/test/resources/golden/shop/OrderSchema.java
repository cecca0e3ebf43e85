package io.sable.processor.behaviour;

import io.sable.runtime.schema.Attributes;
import io.sable.runtime.schema.EntitySchema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The items of {@link Order}: its fields as attributes, its key attributes computed from its key templates, and {@code _type = "Order"}.
 *
 * <p>An Enhanced Client {@code TableSchema}, written without reflection.
 */
@Generated("io.sable.processor.SableProcessor")
public final class OrderSchema extends EntitySchema<Order> {
  /**
   * The schema; it holds no state.
   */
  public static final OrderSchema INSTANCE = new OrderSchema();

  /**
   * The entity type stored in attribute {@code _type}.
   */
  public static final String ENTITY_TYPE = "Order";

  static final AttributeValue ENTITY_TYPE_VALUE = AttributeValue.fromS(ENTITY_TYPE);

  static final AttributeConverter<String> CUSTOMER_ID_CONVERTER = Attributes.converter(String.class);

  static final AttributeConverter<Instant> PLACED_AT_CONVERTER = Attributes.converter(Instant.class);

  static final AttributeConverter<UUID> ORDER_ID_CONVERTER = Attributes.converter(UUID.class);

  static final AttributeConverter<Status> STATUS_CONVERTER = Attributes.converter(Status.class);

  static final AttributeConverter<BigDecimal> TOTAL_CONVERTER = Attributes.converter(BigDecimal.class);

  static final AttributeConverter<String> NOTE_CONVERTER = Attributes.converter(String.class);

  static final AttributeConverter<Integer> ITEMS_CONVERTER = Attributes.converter(Integer.class);

  static final AttributeConverter<List<String>> TAGS_CONVERTER = Attributes.converter(EnhancedType.listOf(EnhancedType.of(String.class)));

  static final AttributeConverter<Set<String>> LABELS_CONVERTER = Attributes.converter(EnhancedType.setOf(EnhancedType.of(String.class)));

  private OrderSchema() {
    super(Order.class, ENTITY_TYPE, "_type", ShopTable.DEFINITION.tableMetadata(),
        List.of("PK", "SK", "StatusPK", "StatusSK", "GSI1PK", "GSI1SK", "TotalSK", "_type", "customerId", "placedAt", "orderId", "status", "total", "note", "items", "tags", "labels"));
  }

  @Override
  public Map<String, AttributeValue> primaryKey(Order entity) {
    return OrderKeys.primaryKey(entity);
  }

  @Override
  public Map<String, AttributeValue> itemToMap(Order entity, boolean ignoreNulls) {
    Map<String, AttributeValue> item = new HashMap<>(23);
    item.put("PK", AttributeValue.fromS(OrderKeys.partitionKey(entity.customerId())));
    item.put("SK", AttributeValue.fromS(OrderKeys.sortKey(entity.placedAt(), entity.orderId())));
    // Sparse: absent from index ByStatus when a key field is empty
    if (entity.status() != null && entity.total() != null && entity.orderId() != null) {
      item.put("StatusPK", AttributeValue.fromS(OrderKeys.byStatusPartitionKey(entity.status())));
      item.put("StatusSK", AttributeValue.fromS(OrderKeys.byStatusSortKey(entity.total(), entity.orderId())));
    }
    // Sparse: absent from index GSI1 when a key field is empty
    if (entity.orderId() != null) {
      item.put("GSI1PK", AttributeValue.fromS(OrderKeys.gsi1PartitionKey(entity.orderId())));
      item.put("GSI1SK", AttributeValue.fromS(OrderKeys.gsi1SortKey(entity.orderId())));
    }
    // Sparse: absent from index ByTotal when a key field is empty
    if (entity.customerId() != null && entity.total() != null && entity.orderId() != null) {
      item.put("TotalSK", AttributeValue.fromS(OrderKeys.byTotalSortKey(entity.total(), entity.orderId())));
    }
    item.put("_type", ENTITY_TYPE_VALUE);
    Attributes.put(item, "customerId", CUSTOMER_ID_CONVERTER, entity.customerId(), ignoreNulls);
    Attributes.put(item, "placedAt", PLACED_AT_CONVERTER, entity.placedAt(), ignoreNulls);
    Attributes.put(item, "orderId", ORDER_ID_CONVERTER, entity.orderId(), ignoreNulls);
    Attributes.put(item, "status", STATUS_CONVERTER, entity.status(), ignoreNulls);
    Attributes.put(item, "total", TOTAL_CONVERTER, entity.total(), ignoreNulls);
    Attributes.put(item, "note", NOTE_CONVERTER, entity.note(), ignoreNulls);
    Attributes.put(item, "items", ITEMS_CONVERTER, entity.items(), ignoreNulls);
    Attributes.put(item, "tags", TAGS_CONVERTER, entity.tags(), ignoreNulls);
    Attributes.put(item, "labels", LABELS_CONVERTER, entity.labels(), ignoreNulls);
    return item;
  }

  @Override
  public Order mapToItem(Map<String, AttributeValue> item) {
    return new Order(
        Attributes.get(item, "customerId", CUSTOMER_ID_CONVERTER),
        Attributes.get(item, "placedAt", PLACED_AT_CONVERTER),
        Attributes.get(item, "orderId", ORDER_ID_CONVERTER),
        Attributes.get(item, "status", STATUS_CONVERTER),
        Attributes.get(item, "total", TOTAL_CONVERTER),
        Attributes.get(item, "note", NOTE_CONVERTER),
        Attributes.get(item, "items", ITEMS_CONVERTER),
        Attributes.get(item, "tags", TAGS_CONVERTER),
        Attributes.get(item, "labels", LABELS_CONVERTER));
  }
}
