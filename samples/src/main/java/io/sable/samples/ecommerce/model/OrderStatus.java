package io.sable.samples.ecommerce.model;

/** Where an order is in its life. */
public enum OrderStatus {
  /** Placed and paid, not yet shipped. */
  PENDING,
  /** Handed to the carrier. */
  SHIPPED,
  /** Received by the customer. */
  DELIVERED
}
