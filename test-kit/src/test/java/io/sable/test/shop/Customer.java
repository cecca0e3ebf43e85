package io.sable.test.shop;

import io.sable.annotations.AccessPattern;
import io.sable.annotations.Entity;
import io.sable.annotations.PartitionKey;
import io.sable.annotations.SortKey;

/**
 * A customer's profile.
 *
 * @param customerId the customer's id
 * @param name the customer's name
 * @param email where to write to
 */
@Entity(table = Shop.class)
@PartitionKey("CUSTOMER#{customerId}")
@SortKey("PROFILE")
@AccessPattern(name = "customer", bind = "customerId")
@AccessPattern(name = "allCustomers", scan = true)
public record Customer(String customerId, String name, String email) {}
