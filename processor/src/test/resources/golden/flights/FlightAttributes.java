package com.example.flights;

import io.sable.runtime.condition.Attribute;
import io.sable.runtime.condition.StringAttribute;
import java.time.LocalDateTime;
import javax.annotation.processing.Generated;

/**
 * The attributes of {@link Flight} items, for typed filters and projections.
 */
@Generated("io.sable.processor.SableProcessor")
public final class FlightAttributes {
  /**
   * Attribute {@code origin}, field {@code origin} ({@code java.lang.String}).
   */
  public static final StringAttribute<Flight> ORIGIN = StringAttribute.of("origin");

  /**
   * Attribute {@code departure}, field {@code departure} ({@code java.time.LocalDateTime}).
   */
  public static final Attribute<Flight, LocalDateTime> DEPARTURE = Attribute.of("departure", FlightSchema.DEPARTURE_CONVERTER);

  /**
   * Attribute {@code id}, field {@code id} ({@code int}).
   */
  public static final Attribute<Flight, Integer> ID = Attribute.of("id", FlightSchema.ID_CONVERTER);

  /**
   * Attribute {@code destination}, field {@code destination} ({@code java.lang.String}).
   */
  public static final StringAttribute<Flight> DESTINATION = StringAttribute.of("destination");

  /**
   * Attribute {@code delay}, field {@code delay} ({@code int}).
   */
  public static final Attribute<Flight, Integer> DELAY = Attribute.of("delay", FlightSchema.DELAY_CONVERTER);

  /**
   * Attribute {@code distance}, field {@code distance} ({@code int}).
   */
  public static final Attribute<Flight, Integer> DISTANCE = Attribute.of("distance", FlightSchema.DISTANCE_CONVERTER);

  private FlightAttributes() {
  }
}
