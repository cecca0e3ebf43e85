package io.sable.processor.behaviour;

import io.sable.runtime.condition.Attribute;
import io.sable.runtime.condition.CollectionAttribute;
import io.sable.runtime.condition.StringAttribute;
import io.sable.runtime.schema.Attributes;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;

/**
 * The attributes of {@link Order} items, for typed filters and projections.
 */
@Generated("io.sable.processor.SableProcessor")
public final class OrderAttributes {
  /**
   * Attribute {@code customerId}, field {@code customerId} ({@code java.lang.String}).
   */
  public static final StringAttribute<Order> CUSTOMER_ID = StringAttribute.of("customerId");

  /**
   * Attribute {@code placedAt}, field {@code placedAt} ({@code java.time.Instant}).
   */
  public static final Attribute<Order, Instant> PLACED_AT = Attribute.of("placedAt", OrderSchema.PLACED_AT_CONVERTER);

  /**
   * Attribute {@code orderId}, field {@code orderId} ({@code java.util.UUID}).
   */
  public static final Attribute<Order, UUID> ORDER_ID = Attribute.of("orderId", OrderSchema.ORDER_ID_CONVERTER);

  /**
   * Attribute {@code status}, field {@code status} ({@code io.sable.processor.behaviour.Status}).
   */
  public static final Attribute<Order, Status> STATUS = Attribute.of("status", OrderSchema.STATUS_CONVERTER);

  /**
   * Attribute {@code total}, field {@code total} ({@code java.math.BigDecimal}).
   */
  public static final Attribute<Order, BigDecimal> TOTAL = Attribute.of("total", OrderSchema.TOTAL_CONVERTER);

  /**
   * Attribute {@code note}, field {@code note} ({@code java.lang.String}).
   */
  public static final StringAttribute<Order> NOTE = StringAttribute.of("note");

  /**
   * Attribute {@code items}, field {@code items} ({@code java.lang.Integer}).
   */
  public static final Attribute<Order, Integer> ITEMS = Attribute.of("items", OrderSchema.ITEMS_CONVERTER);

  /**
   * Attribute {@code tags}, field {@code tags} ({@code java.util.List<java.lang.String>}).
   */
  public static final CollectionAttribute<Order, List<String>, String> TAGS = CollectionAttribute.of("tags", OrderSchema.TAGS_CONVERTER, Attributes.converter(EnhancedType.of(String.class)));

  /**
   * Attribute {@code labels}, field {@code labels} ({@code java.util.Set<java.lang.String>}).
   */
  public static final CollectionAttribute<Order, Set<String>, String> LABELS = CollectionAttribute.of("labels", OrderSchema.LABELS_CONVERTER, Attributes.converter(EnhancedType.of(String.class)));

  private OrderAttributes() {
  }
}
