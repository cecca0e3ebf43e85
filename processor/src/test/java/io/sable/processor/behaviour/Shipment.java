package io.sable.processor.behaviour;

import io.sable.annotations.AccessPattern;
import io.sable.annotations.Entity;
import io.sable.annotations.IndexKey;
import io.sable.annotations.PartitionKey;
import io.sable.annotations.SortKey;
import java.time.Instant;

/**
 * Write sharding: shipments by state on a GSI whose partition key would otherwise be one of a
 * handful of values, spread over 8 shards by a hash of the shipment id.
 */
@Entity(table = Shop.class)
@PartitionKey("SHIPMENT#{shipmentId}")
@SortKey("SHIPMENT")
@IndexKey(index = "ByStatus", partitionKey = "SHIPMENTS#{state}#{shard:8:shipmentId}",
    sortKey = "{shippedAt}#{shipmentId}")
@AccessPattern(name = "inState", index = "ByStatus", bind = "state")
record Shipment(String shipmentId, Status state, Instant shippedAt, int weight) {}
