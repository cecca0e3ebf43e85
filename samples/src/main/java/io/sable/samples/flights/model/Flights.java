package io.sable.samples.flights.model;

import io.sable.annotations.Index;
import io.sable.annotations.Table;

/** The flights table; Sable writes {@code FlightsTable} from it. */
@Table(
    name = "Flights",
    indexes = {
      @Index(name = "GSI1", partitionKey = "GSI1PK", sortKey = "GSI1SK"),
      @Index(name = "GSI2", partitionKey = "GSI2PK", sortKey = "GSI2SK")
    })
public interface Flights {}
