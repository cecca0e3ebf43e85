package com.example.flights;

import io.sable.runtime.condition.Condition;
import io.sable.runtime.write.EntityUpdate;
import io.sable.runtime.write.EntityWriter;
import javax.annotation.processing.Generated;

/**
 * An UpdateItem on one {@link Airport} item, which creates the item if it is absent: run it with {@code apply()}, or add it to a transaction. Single use; not thread-safe.
 *
 * <p>A later action on a field replaces an earlier one. Key fields are not updatable: change them with {@code put}.
 */
@Generated("io.sable.processor.SableProcessor")
public final class AirportUpdate extends EntityUpdate<Airport> {
  AirportUpdate(EntityWriter<Airport> writer, String iata, Long expectedVersion) {
    super(writer, AirportKeys.primaryKey(iata), expectedVersion);
    actions().set("_type", AirportSchema.ENTITY_TYPE_VALUE);
    actions().set("iata", AirportSchema.IATA_CONVERTER.transformFrom(iata));
  }

  /**
   * Sets {@code name} ({@code SET}), or removes it when {@code null} ({@code REMOVE}).
   */
  public AirportUpdate setName(String name) {
    if (name == null) {
      actions().remove("name");
    } else {
      actions().set("name", AirportSchema.NAME_CONVERTER.transformFrom(name));
    }
    return this;
  }

  /**
   * Removes {@code name} ({@code REMOVE}).
   */
  public AirportUpdate removeName() {
    actions().remove("name");
    return this;
  }

  /**
   * Sets {@code city} ({@code SET}), or removes it when {@code null} ({@code REMOVE}).
   */
  public AirportUpdate setCity(String city) {
    if (city == null) {
      actions().remove("city");
    } else {
      actions().set("city", AirportSchema.CITY_CONVERTER.transformFrom(city));
    }
    return this;
  }

  /**
   * Removes {@code city} ({@code REMOVE}).
   */
  public AirportUpdate removeCity() {
    actions().remove("city");
    return this;
  }

  /**
   * Sets {@code country} ({@code SET}), or removes it when {@code null} ({@code REMOVE}).
   */
  public AirportUpdate setCountry(String country) {
    if (country == null) {
      actions().remove("country");
    } else {
      actions().set("country", AirportSchema.COUNTRY_CONVERTER.transformFrom(country));
    }
    return this;
  }

  /**
   * Removes {@code country} ({@code REMOVE}).
   */
  public AirportUpdate removeCountry() {
    actions().remove("country");
    return this;
  }

  /**
   * Sets {@code latitude} ({@code SET}).
   */
  public AirportUpdate setLatitude(double latitude) {
    actions().set("latitude", AirportSchema.LATITUDE_CONVERTER.transformFrom(latitude));
    return this;
  }

  /**
   * Adds {@code delta} to {@code latitude}, counting an absent value as zero ({@code ADD}).
   */
  public AirportUpdate addLatitude(double delta) {
    actions().add("latitude", AirportSchema.LATITUDE_CONVERTER.transformFrom(delta));
    return this;
  }

  /**
   * Sets {@code longitude} ({@code SET}).
   */
  public AirportUpdate setLongitude(double longitude) {
    actions().set("longitude", AirportSchema.LONGITUDE_CONVERTER.transformFrom(longitude));
    return this;
  }

  /**
   * Adds {@code delta} to {@code longitude}, counting an absent value as zero ({@code ADD}).
   */
  public AirportUpdate addLongitude(double delta) {
    actions().add("longitude", AirportSchema.LONGITUDE_CONVERTER.transformFrom(delta));
    return this;
  }

  /**
   * Applies the update only if the condition holds for the stored item ({@code ConditionExpression}); a second condition replaces the first.
   */
  public AirportUpdate condition(Condition<? super Airport> condition) {
    setCondition(condition);
    return this;
  }
}
