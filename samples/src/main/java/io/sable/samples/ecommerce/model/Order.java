package io.sable.samples.ecommerce.model;

import io.sable.annotations.AccessPattern;
import io.sable.annotations.Entity;
import io.sable.annotations.IndexKey;
import io.sable.annotations.PartitionKey;
import io.sable.annotations.SortKey;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An order, in its customer's item collection; its lines are in their own collection {@code
 * ORDER#{orderId}}.
 *
 * <p>GSI1 groups orders by status and day ({@code STATUS#PENDING#2024-05-01}) rather than by status
 * alone: a status has a handful of values, and one partition per status would take every new
 * order's write. "Pending this week" is then seven small Queries.
 *
 * @param userId the customer's id
 * @param orderId the order's id, {@code <userId>-<sequence>}
 * @param status where the order is
 * @param orderDate the day it was placed
 * @param total the sum of its lines, in dollars
 * @param lineCount how many lines it has
 */
@Entity(table = Shop.class)
@PartitionKey("USER#{userId}")
@SortKey("ORDER#{orderId}")
@IndexKey(index = "GSI1", partitionKey = "STATUS#{status}#{orderDate}", sortKey = "ORDER#{orderId}")
@AccessPattern(name = "ordersOf", bind = "userId")
@AccessPattern(name = "ordersByStatusOn", index = "GSI1", bind = {"status", "orderDate"})
@AccessPattern(name = "order", index = "Inverted", bind = "orderId")
public record Order(
    String userId, String orderId, OrderStatus status, LocalDate orderDate, BigDecimal total, int lineCount) {

  /** Normalises {@code total} to cents. */
  public Order {
    total = Dollars.of(total, "total");
  }

  /** This order with another status. */
  public Order withStatus(OrderStatus newStatus) {
    return new Order(userId, orderId, newStatus, orderDate, total, lineCount);
  }
}
