package io.sable.processor.behaviour;

import io.sable.annotations.ItemCollection;
import java.util.List;
import java.util.Optional;

@ItemCollection(table = Shop.class, partitionKey = "CUSTOMER#{customerId}")
record CustomerCollection(Optional<Customer> customer, List<Order> orders, List<PaymentMethod> paymentMethods) {}
