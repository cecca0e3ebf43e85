package io.sable.processor.behaviour;

import io.sable.annotations.Index;
import io.sable.annotations.Table;

/** A test model exercising key encodings, sparse and overloaded indexes, updates and collections. */
@Table(
    name = "Shop",
    indexes = {
      @Index(name = "GSI1", partitionKey = "GSI1PK", sortKey = "GSI1SK"),
      @Index(name = "ByStatus", partitionKey = "StatusPK", sortKey = "StatusSK")
    })
interface Shop {}
