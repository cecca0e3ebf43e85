package io.sable.samples.flights.model;

import io.sable.annotations.AccessPattern;
import io.sable.annotations.Entity;
import io.sable.annotations.IndexKey;
import io.sable.annotations.PartitionKey;
import io.sable.annotations.SortKey;

/**
 * An airport, as listed in {@code airports.csv}.
 *
 * @param iata the IATA or FAA code, such as {@code SEA}
 * @param name the airport's name
 * @param city the city it serves
 * @param state the U.S. state or territory code, or null (then the airport is not in GSI1)
 * @param country the country
 * @param latitude degrees north
 * @param longitude degrees east
 */
@Entity(table = Flights.class)
@PartitionKey("AIRPORT#{iata}")
@SortKey("PROFILE")
@IndexKey(index = "GSI1", partitionKey = "STATE#{state}", sortKey = "AIRPORT#{iata}")
@AccessPattern(name = "airport", bind = "iata")
@AccessPattern(name = "airportsInState", index = "GSI1", bind = "state")
public record Airport(
    String iata, String name, String city, String state, String country, double latitude, double longitude) {}
