package com.example.flights;

import io.sable.runtime.condition.Attribute;
import io.sable.runtime.condition.StringAttribute;
import javax.annotation.processing.Generated;

/**
 * The attributes of {@link Route} items, for typed filters and projections.
 */
@Generated("io.sable.processor.SableProcessor")
public final class RouteAttributes {
  /**
   * Attribute {@code origin}, field {@code origin} ({@code java.lang.String}).
   */
  public static final StringAttribute<Route> ORIGIN = StringAttribute.of("origin");

  /**
   * Attribute {@code destination}, field {@code destination} ({@code java.lang.String}).
   */
  public static final StringAttribute<Route> DESTINATION = StringAttribute.of("destination");

  /**
   * Attribute {@code flights}, field {@code flights} ({@code long}).
   */
  public static final Attribute<Route, Long> FLIGHTS = Attribute.of("flights", RouteSchema.FLIGHTS_CONVERTER);

  /**
   * Attribute {@code totalDelay}, field {@code totalDelay} ({@code long}).
   */
  public static final Attribute<Route, Long> TOTAL_DELAY = Attribute.of("totalDelay", RouteSchema.TOTAL_DELAY_CONVERTER);

  private RouteAttributes() {
  }
}
