package io.sable.processor.behaviour;

import io.sable.annotations.AccessPattern;
import io.sable.annotations.Entity;
import io.sable.annotations.PartitionKey;
import io.sable.annotations.SortKey;
import java.time.LocalDate;

/** Write sharding on the table's own partition key: a day's visits spread over 4 item collections. */
@Entity(table = Shop.class)
@PartitionKey("VISITS#{day}#{shard:4:visitId}")
@SortKey("VISIT#{visitId}")
@AccessPattern(name = "visitsOn", bind = "day")
@AccessPattern(name = "visit", bind = {"day", "visitId"})
@AccessPattern(name = "visitById", index = "Inverted", bind = {"visitId", "day"})
record Visit(LocalDate day, String visitId, String page) {}
