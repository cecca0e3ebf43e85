package io.sable.samples.flights.model;

import io.sable.annotations.AccessPattern;
import io.sable.annotations.Entity;
import io.sable.annotations.PartitionKey;
import io.sable.annotations.SortKey;

/**
 * The flights from one airport to another, counted by UpdateItem {@code ADD} while loading.
 *
 * @param origin the origin airport's code
 * @param destination the destination airport's code
 * @param flights how many flights
 * @param totalDelay the sum of their delays, in minutes
 */
@Entity(table = Flights.class)
@PartitionKey("AIRPORT#{origin}")
@SortKey("ROUTE#{destination}")
@AccessPattern(name = "routes", bind = "origin")
public record Route(String origin, String destination, long flights, long totalDelay) {

  /** The mean delay in minutes. */
  public double averageDelay() {
    return flights == 0 ? 0 : (double) totalDelay / flights;
  }
}
