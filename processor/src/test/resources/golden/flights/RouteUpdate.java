package com.example.flights;

import io.sable.runtime.condition.Condition;
import io.sable.runtime.write.EntityUpdate;
import io.sable.runtime.write.EntityWriter;
import javax.annotation.processing.Generated;

/**
 * An UpdateItem on one {@link Route} item, which creates the item if it is absent: run it with {@code apply()}, or add it to a transaction. Single use; not thread-safe.
 *
 * <p>A later action on a field replaces an earlier one. Key fields are not updatable: change them with {@code put}.
 */
@Generated("io.sable.processor.SableProcessor")
public final class RouteUpdate extends EntityUpdate<Route> {
  RouteUpdate(EntityWriter<Route> writer, String origin, String destination, Long expectedVersion) {
    super(writer, RouteKeys.primaryKey(origin, destination), expectedVersion);
    actions().set("_type", RouteSchema.ENTITY_TYPE_VALUE);
    actions().set("origin", RouteSchema.ORIGIN_CONVERTER.transformFrom(origin));
    actions().set("destination", RouteSchema.DESTINATION_CONVERTER.transformFrom(destination));
  }

  /**
   * Sets {@code flights} ({@code SET}).
   */
  public RouteUpdate setFlights(long flights) {
    actions().set("flights", RouteSchema.FLIGHTS_CONVERTER.transformFrom(flights));
    return this;
  }

  /**
   * Adds {@code delta} to {@code flights}, counting an absent value as zero ({@code ADD}).
   */
  public RouteUpdate addFlights(long delta) {
    actions().add("flights", RouteSchema.FLIGHTS_CONVERTER.transformFrom(delta));
    return this;
  }

  /**
   * Sets {@code totalDelay} ({@code SET}).
   */
  public RouteUpdate setTotalDelay(long totalDelay) {
    actions().set("totalDelay", RouteSchema.TOTAL_DELAY_CONVERTER.transformFrom(totalDelay));
    return this;
  }

  /**
   * Adds {@code delta} to {@code totalDelay}, counting an absent value as zero ({@code ADD}).
   */
  public RouteUpdate addTotalDelay(long delta) {
    actions().add("totalDelay", RouteSchema.TOTAL_DELAY_CONVERTER.transformFrom(delta));
    return this;
  }

  /**
   * Applies the update only if the condition holds for the stored item ({@code ConditionExpression}); a second condition replaces the first.
   */
  public RouteUpdate condition(Condition<? super Route> condition) {
    setCondition(condition);
    return this;
  }
}
