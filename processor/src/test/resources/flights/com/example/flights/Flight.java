package com.example.flights;

import io.sable.annotations.AccessPattern;
import io.sable.annotations.Entity;
import io.sable.annotations.IndexKey;
import io.sable.annotations.PartitionKey;
import io.sable.annotations.SortKey;
import java.time.LocalDateTime;

@Entity(table = Flights.class)
@PartitionKey("AIRPORT#{origin}")
@SortKey("DEP#{departure}#{id}")
@IndexKey(index = "GSI1", partitionKey = "AIRPORT#{destination}", sortKey = "ARR#{departure}#{id}")
@IndexKey(index = "GSI2", partitionKey = "DELAYED#{origin}", sortKey = "{delay}", includeWhen = "delayedAnHourOrMore")
@AccessPattern(name = "departures", bind = "origin")
@AccessPattern(name = "arrivals", index = "GSI1", bind = "destination")
@AccessPattern(name = "delayed", index = "GSI2", bind = "origin")
public record Flight(
    String origin, LocalDateTime departure, int id, String destination, int delay, int distance) {

  public boolean delayedAnHourOrMore() {
    return delay >= 60;
  }
}
