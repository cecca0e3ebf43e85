package io.sable.processor.behaviour;

import io.sable.runtime.condition.Condition;
import io.sable.runtime.write.EntityUpdate;
import io.sable.runtime.write.EntityWriter;
import javax.annotation.processing.Generated;

/**
 * An UpdateItem on one {@link Shipment} item, which creates the item if it is absent: run it with {@code apply()}, or add it to a transaction. Single use; not thread-safe.
 *
 * <p>A later action on a field replaces an earlier one. Key fields are not updatable: change them with {@code put}.
 */
@Generated("io.sable.processor.SableProcessor")
public final class ShipmentUpdate extends EntityUpdate<Shipment> {
  ShipmentUpdate(EntityWriter<Shipment> writer, String shipmentId, Long expectedVersion) {
    super(writer, ShipmentKeys.primaryKey(shipmentId), expectedVersion);
    actions().set("_type", ShipmentSchema.ENTITY_TYPE_VALUE);
    actions().set("shipmentId", ShipmentSchema.SHIPMENT_ID_CONVERTER.transformFrom(shipmentId));
  }

  /**
   * Sets {@code weight} ({@code SET}).
   */
  public ShipmentUpdate setWeight(int weight) {
    actions().set("weight", ShipmentSchema.WEIGHT_CONVERTER.transformFrom(weight));
    return this;
  }

  /**
   * Adds {@code delta} to {@code weight}, counting an absent value as zero ({@code ADD}).
   */
  public ShipmentUpdate addWeight(int delta) {
    actions().add("weight", ShipmentSchema.WEIGHT_CONVERTER.transformFrom(delta));
    return this;
  }

  /**
   * Applies the update only if the condition holds for the stored item ({@code ConditionExpression}); a second condition replaces the first.
   */
  public ShipmentUpdate condition(Condition<? super Shipment> condition) {
    setCondition(condition);
    return this;
  }
}
