package io.sable.processor.behaviour;

import io.sable.annotations.AccessPattern;
import io.sable.annotations.Entity;
import io.sable.annotations.PartitionKey;
import io.sable.annotations.SortKey;

/** Polymorphism: every record is stored under the interface's key templates, with its own entity type. */
@Entity(table = Shop.class)
@PartitionKey("CUSTOMER#{customerId}")
@SortKey("PAYMENT#{methodId}")
@AccessPattern(name = "paymentMethodsOf", bind = "customerId")
sealed interface PaymentMethod permits Card, BankAccount {
  String customerId();

  String methodId();
}

record Card(String customerId, String methodId, String last4, int expiryYear) implements PaymentMethod {}

record BankAccount(String customerId, String methodId, String iban) implements PaymentMethod {}
