package io.sable.processor.behaviour;

import io.sable.runtime.condition.Attribute;
import io.sable.runtime.condition.StringAttribute;
import java.time.Instant;
import javax.annotation.processing.Generated;

/**
 * The attributes of {@link Shipment} items, for typed filters and projections.
 */
@Generated("io.sable.processor.SableProcessor")
public final class ShipmentAttributes {
  /**
   * Attribute {@code shipmentId}, field {@code shipmentId} ({@code java.lang.String}).
   */
  public static final StringAttribute<Shipment> SHIPMENT_ID = StringAttribute.of("shipmentId");

  /**
   * Attribute {@code state}, field {@code state} ({@code io.sable.processor.behaviour.Status}).
   */
  public static final Attribute<Shipment, Status> STATE = Attribute.of("state", ShipmentSchema.STATE_CONVERTER);

  /**
   * Attribute {@code shippedAt}, field {@code shippedAt} ({@code java.time.Instant}).
   */
  public static final Attribute<Shipment, Instant> SHIPPED_AT = Attribute.of("shippedAt", ShipmentSchema.SHIPPED_AT_CONVERTER);

  /**
   * Attribute {@code weight}, field {@code weight} ({@code int}).
   */
  public static final Attribute<Shipment, Integer> WEIGHT = Attribute.of("weight", ShipmentSchema.WEIGHT_CONVERTER);

  private ShipmentAttributes() {
  }
}
