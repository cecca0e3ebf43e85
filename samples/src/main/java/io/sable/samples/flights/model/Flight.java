package io.sable.samples.flights.model;

import io.sable.annotations.AccessPattern;
import io.sable.annotations.Entity;
import io.sable.annotations.IndexKey;
import io.sable.annotations.PartitionKey;
import io.sable.annotations.SortKey;
import java.time.LocalDateTime;

/**
 * One flight of {@code flights-20k.json}.
 *
 * @param origin the origin airport's code
 * @param departure the scheduled departure, local time, to the minute
 * @param id the flight's 0-based position in {@code flights-20k.json}: two flights may share origin,
 *     departure minute and destination
 * @param destination the destination airport's code
 * @param delay the arrival delay in minutes (negative when early)
 * @param distance the distance in miles
 */
@Entity(table = Flights.class)
@PartitionKey("AIRPORT#{origin}")
@SortKey("DEP#{departure}#{id}")
@IndexKey(index = "GSI1", partitionKey = "AIRPORT#{destination}", sortKey = "ARR#{departure}#{id}")
@IndexKey(index = "GSI2", partitionKey = "DELAYED#{origin}", sortKey = "{delay}#{id}", includeWhen = "delayed")
@AccessPattern(name = "departures", bind = "origin")
@AccessPattern(name = "arrivals", index = "GSI1", bind = "destination")
@AccessPattern(name = "delayedDepartures", index = "GSI2", bind = "origin")
public record Flight(
    String origin, LocalDateTime departure, int id, String destination, int delay, int distance) {

  /** Flights delayed this many minutes or more are in the sparse GSI2. */
  public static final int DELAYED_MINUTES = 60;

  /** Whether the flight arrived {@link #DELAYED_MINUTES} or more late, which puts it in GSI2. */
  public boolean delayed() {
    return delay >= DELAYED_MINUTES;
  }
}
