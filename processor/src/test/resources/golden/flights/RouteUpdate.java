package com.example.flights;

import io.sable.runtime.TableClient;
import io.sable.runtime.write.UpdateActions;
import java.util.Map;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An UpdateItem on one {@link Route} item, which creates the item if it is absent. Single use; not thread-safe.
 *
 * <p>A later action on a field replaces an earlier one. Key fields are not updatable: change them with {@code put}.
 */
@Generated("io.sable.processor.SableProcessor")
public final class RouteUpdate {
  private final TableClient table;

  private final Map<String, AttributeValue> key;

  private final UpdateActions actions = new UpdateActions();

  RouteUpdate(TableClient table, String origin, String destination) {
    this.table = table;
    this.key = RouteKeys.primaryKey(origin, destination);
    actions.set("_type", RouteSchema.ENTITY_TYPE_VALUE);
    actions.set("origin", RouteSchema.ORIGIN_CONVERTER.transformFrom(origin));
    actions.set("destination", RouteSchema.DESTINATION_CONVERTER.transformFrom(destination));
  }

  /**
   * Sets {@code flights} ({@code SET}).
   */
  public RouteUpdate setFlights(long flights) {
    actions.set("flights", RouteSchema.FLIGHTS_CONVERTER.transformFrom(flights));
    return this;
  }

  /**
   * Adds {@code delta} to {@code flights}, counting an absent value as zero ({@code ADD}).
   */
  public RouteUpdate addFlights(long delta) {
    actions.add("flights", RouteSchema.FLIGHTS_CONVERTER.transformFrom(delta));
    return this;
  }

  /**
   * Sets {@code totalDelay} ({@code SET}).
   */
  public RouteUpdate setTotalDelay(long totalDelay) {
    actions.set("totalDelay", RouteSchema.TOTAL_DELAY_CONVERTER.transformFrom(totalDelay));
    return this;
  }

  /**
   * Adds {@code delta} to {@code totalDelay}, counting an absent value as zero ({@code ADD}).
   */
  public RouteUpdate addTotalDelay(long delta) {
    actions.add("totalDelay", RouteSchema.TOTAL_DELAY_CONVERTER.transformFrom(delta));
    return this;
  }

  /**
   * Runs the UpdateItem and returns the entity as it is after the update.
   */
  public Route apply() {
    return table.updateItem(key, actions, RouteSchema.INSTANCE);
  }
}
