package io.sable.processor.behaviour;

import io.sable.annotations.AccessPattern;
import io.sable.annotations.Entity;
import io.sable.annotations.PartitionKey;
import io.sable.annotations.SortKey;

@Entity(table = Shop.class)
@PartitionKey("CUSTOMER#{customerId}")
@SortKey("PROFILE")
@AccessPattern(name = "customer", bind = "customerId")
record Customer(String customerId, String name, long orders, boolean vip, char grade, byte[] avatar) {}
