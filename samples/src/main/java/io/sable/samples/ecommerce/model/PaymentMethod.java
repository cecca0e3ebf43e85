package io.sable.samples.ecommerce.model;

import io.sable.annotations.AccessPattern;
import io.sable.annotations.Entity;
import io.sable.annotations.PartitionKey;
import io.sable.annotations.SortKey;

/**
 * A saved way to pay, in the customer's item collection. Each kind is its own record, stored under
 * these keys with its own entity type.
 */
@Entity(table = Shop.class)
@PartitionKey("USER#{userId}")
@SortKey("PAYMENT#{methodId}")
@AccessPattern(name = "paymentMethodsOf", bind = "userId")
public sealed interface PaymentMethod permits Card, PayPal {

  /** The customer's id. */
  String userId();

  /** The method's id, unique within the customer. */
  String methodId();

  /** One line for display, such as {@code VISA ****4242 expires 2028-04}. */
  String describe();
}
