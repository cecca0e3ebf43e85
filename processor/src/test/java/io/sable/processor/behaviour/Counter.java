package io.sable.processor.behaviour;

import io.sable.annotations.AccessPattern;
import io.sable.annotations.Entity;
import io.sable.annotations.IndexKey;
import io.sable.annotations.PartitionKey;
import io.sable.annotations.SortKey;

@Entity(table = Shop.class)
@PartitionKey("COUNTER#{name}")
@SortKey("COUNTER#{name}")
@IndexKey(index = "GSI1", partitionKey = "COUNTERS", sortKey = "{name}")
@AccessPattern(name = "counters", index = "GSI1")
record Counter(String name, long value, Long limit) {}
