package io.sable.samples.ecommerce.flashsale;

import io.sable.annotations.AccessPattern;
import io.sable.annotations.Entity;
import io.sable.annotations.IndexKey;
import io.sable.annotations.PartitionKey;
import io.sable.annotations.SortKey;
import io.sable.samples.ecommerce.model.OrderStatus;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * {@link SaleOrder} with its status index sharded: {@code {shard:10:orderId}} appends a digit
 * derived from the order id's hash, so one status and day is ten {@code GSI1} partition keys, each
 * taking a tenth of the writes; the generated {@code byStatusOn} Query reads the ten shards and
 * merges them in sort key order.
 *
 * @param orderId the order's id, time-ordered ({@code 20261205T100000-000001})
 * @param userId the customer's id
 * @param productId the product bought
 * @param status where the order is
 * @param day the day it was placed
 * @param total what it cost, in dollars
 */
@Entity(table = FlashSaleSharded.class)
@PartitionKey("ORDER#{orderId}")
@SortKey("ORDER")
@IndexKey(index = "GSI1", partitionKey = "STATUS#{status}#{day}#{shard:10:orderId}", sortKey = "ORDER#{orderId}")
@AccessPattern(name = "byStatusOn", index = "GSI1", bind = {"status", "day"})
public record ShardedSaleOrder(
    String orderId, String userId, String productId, OrderStatus status, LocalDate day, BigDecimal total) {}
