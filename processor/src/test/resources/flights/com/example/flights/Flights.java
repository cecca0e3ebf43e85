package com.example.flights;

import io.sable.annotations.Index;
import io.sable.annotations.Table;

@Table(
    name = "Flights",
    indexes = {
      @Index(name = "GSI1", partitionKey = "GSI1PK", sortKey = "GSI1SK"),
      @Index(name = "GSI2", partitionKey = "GSI2PK", sortKey = "GSI2SK")
    })
public interface Flights {}
