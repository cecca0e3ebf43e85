package io.sable.samples.ecommerce.model;

import io.sable.annotations.AccessPattern;
import io.sable.annotations.Entity;
import io.sable.annotations.PartitionKey;
import io.sable.annotations.SortKey;
import io.sable.annotations.Unique;
import io.sable.annotations.Version;
import java.util.Locale;

/**
 * A customer's profile, at the head of its item collection {@code USER#{userId}}.
 *
 * @param userId the customer's id, chosen at registration
 * @param name the full name
 * @param email the e-mail address, unique among customers: Sable keeps a uniqueness item for it
 * @param orderCount how many orders the customer has placed; an order's id is derived from it
 * @param version the optimistic-locking version: every write checks and increments it
 */
@Entity(table = Shop.class)
@PartitionKey("USER#{userId}")
@SortKey("PROFILE")
@AccessPattern(name = "customer", bind = "userId")
public record Customer(String userId, String name, @Unique String email, int orderCount, @Version long version) {

  /** A customer not yet stored: no orders, version 0. */
  public static Customer register(String userId, String name, String email) {
    return new Customer(userId, name, email, 0, 0);
  }

  /** The id of this customer's next order. */
  public String nextOrderId() {
    return orderId(userId, orderCount + 1);
  }

  /**
   * The id of a customer's {@code sequence}th order: the user id and a 4-digit sequence number, so
   * that a customer's orders sort by age.
   */
  public static String orderId(String userId, int sequence) {
    return String.format(Locale.ROOT, "%s-%04d", userId, sequence);
  }
}
