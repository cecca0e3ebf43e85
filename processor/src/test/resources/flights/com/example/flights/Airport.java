package com.example.flights;

import io.sable.annotations.AccessPattern;
import io.sable.annotations.Entity;
import io.sable.annotations.IndexKey;
import io.sable.annotations.PartitionKey;
import io.sable.annotations.SortKey;

@Entity(table = Flights.class)
@PartitionKey("AIRPORT#{iata}")
@SortKey("PROFILE")
@IndexKey(index = "GSI1", partitionKey = "STATE#{state}", sortKey = "AIRPORT#{iata}")
@AccessPattern(name = "airport", bind = "iata")
@AccessPattern(name = "airportsInState", index = "GSI1", bind = "state")
public record Airport(
    String iata, String name, String city, String state, String country, double latitude, double longitude) {}
