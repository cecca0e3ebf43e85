package io.sable.samples.ecommerce.flashsale;

import io.sable.annotations.Index;
import io.sable.annotations.Table;

/**
 * The flash sale's orders with a write-sharded status index: the same day's pending orders are
 * spread over ten {@code GSI1} partition keys, {@code STATUS#PENDING#<day>#0} to {@code #9}, by a
 * hash of the order id. Sable writes {@code FlashSaleShardedTable} from it.
 */
@Table(name = "FlashSaleSharded", indexes = @Index(name = "GSI1", partitionKey = "GSI1PK", sortKey = "GSI1SK"))
public interface FlashSaleSharded {}
