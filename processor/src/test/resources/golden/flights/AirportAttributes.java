package com.example.flights;

import io.sable.runtime.condition.Attribute;
import io.sable.runtime.condition.StringAttribute;
import javax.annotation.processing.Generated;

/**
 * The attributes of {@link Airport} items, for typed filters and projections.
 */
@Generated("io.sable.processor.SableProcessor")
public final class AirportAttributes {
  /**
   * Attribute {@code iata}, field {@code iata} ({@code java.lang.String}).
   */
  public static final StringAttribute<Airport> IATA = StringAttribute.of("iata");

  /**
   * Attribute {@code name}, field {@code name} ({@code java.lang.String}).
   */
  public static final StringAttribute<Airport> NAME = StringAttribute.of("name");

  /**
   * Attribute {@code city}, field {@code city} ({@code java.lang.String}).
   */
  public static final StringAttribute<Airport> CITY = StringAttribute.of("city");

  /**
   * Attribute {@code state}, field {@code state} ({@code java.lang.String}).
   */
  public static final StringAttribute<Airport> STATE = StringAttribute.of("state");

  /**
   * Attribute {@code country}, field {@code country} ({@code java.lang.String}).
   */
  public static final StringAttribute<Airport> COUNTRY = StringAttribute.of("country");

  /**
   * Attribute {@code latitude}, field {@code latitude} ({@code double}).
   */
  public static final Attribute<Airport, Double> LATITUDE = Attribute.of("latitude", AirportSchema.LATITUDE_CONVERTER);

  /**
   * Attribute {@code longitude}, field {@code longitude} ({@code double}).
   */
  public static final Attribute<Airport, Double> LONGITUDE = Attribute.of("longitude", AirportSchema.LONGITUDE_CONVERTER);

  private AirportAttributes() {
  }
}
