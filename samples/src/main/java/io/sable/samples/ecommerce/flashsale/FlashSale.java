package io.sable.samples.ecommerce.flashsale;

import io.sable.annotations.Index;
import io.sable.annotations.Table;

/**
 * The flash sale's orders with an unsharded status index: every order placed today while pending
 * is written to one {@code GSI1} partition key, {@code STATUS#PENDING#<day>}. Sable writes {@code
 * FlashSaleTable} from it.
 */
@Table(name = "FlashSale", indexes = @Index(name = "GSI1", partitionKey = "GSI1PK", sortKey = "GSI1SK"))
public interface FlashSale {}
