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
 * An order of the flash sale, indexed by status and day as the shop's {@code Order} is: one {@code
 * GSI1} partition key per status and day, so a day's pending orders are one Query, and every order
 * placed today is a write to the same index partition.
 *
 * @param orderId the order's id, time-ordered ({@code 20261205T100000-000001})
 * @param userId the customer's id
 * @param productId the product bought
 * @param status where the order is
 * @param day the day it was placed
 * @param total what it cost, in dollars
 */
@Entity(table = FlashSale.class)
@PartitionKey("ORDER#{orderId}")
@SortKey("ORDER")
@IndexKey(index = "GSI1", partitionKey = "STATUS#{status}#{day}", sortKey = "ORDER#{orderId}")
@AccessPattern(name = "byStatusOn", index = "GSI1", bind = {"status", "day"})
public record SaleOrder(
    String orderId, String userId, String productId, OrderStatus status, LocalDate day, BigDecimal total) {}
