package io.sable.samples.ecommerce.model;

import io.sable.annotations.ItemCollection;
import java.util.List;
import java.util.Optional;

/**
 * A customer's item collection, read by one Query on {@code USER#{userId}}.
 *
 * @param profile the customer, if registered
 * @param orders the orders, oldest first
 * @param paymentMethods the saved payment methods, by id
 */
@ItemCollection(table = Shop.class, partitionKey = "USER#{userId}")
public record CustomerCollection(Optional<Customer> profile, List<Order> orders, List<PaymentMethod> paymentMethods) {}
