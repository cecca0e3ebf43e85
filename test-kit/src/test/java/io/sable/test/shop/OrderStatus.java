package io.sable.test.shop;

/** Where an order stands. */
public enum OrderStatus {
  PENDING,
  SHIPPED
}
