package com.example.flights;

import io.sable.annotations.AccessPattern;
import io.sable.annotations.Entity;
import io.sable.annotations.PartitionKey;
import io.sable.annotations.SortKey;

@Entity(table = Flights.class)
@PartitionKey("AIRPORT#{origin}")
@SortKey("ROUTE#{destination}")
@AccessPattern(name = "routes", bind = "origin")
public record Route(String origin, String destination, long flights, long totalDelay) {}
