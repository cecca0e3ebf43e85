package io.sable.test.shop;

import io.sable.annotations.AccessPattern;
import io.sable.annotations.Entity;
import io.sable.annotations.IndexKey;
import io.sable.annotations.PartitionKey;
import io.sable.annotations.SortKey;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * An order, in its customer's item collection and, by status, in GSI1.
 *
 * @param customerId who placed it
 * @param placedAt when
 * @param orderId its id
 * @param status where it stands
 * @param total what it costs
 */
@Entity(table = Shop.class)
@PartitionKey("CUSTOMER#{customerId}")
@SortKey("ORDER#{placedAt}#{orderId}")
@IndexKey(index = "GSI1", partitionKey = "STATUS#{status}", sortKey = "{placedAt}#{orderId}")
@AccessPattern(name = "ordersOfCustomer", bind = "customerId")
@AccessPattern(name = "ordersByStatus", index = "GSI1", bind = "status")
public record Order(String customerId, Instant placedAt, String orderId, OrderStatus status, BigDecimal total) {}
