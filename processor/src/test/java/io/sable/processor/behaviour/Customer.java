package io.sable.processor.behaviour;

import io.sable.annotations.AccessPattern;
import io.sable.annotations.Attribute;
import io.sable.annotations.Entity;
import io.sable.annotations.IndexKey;
import io.sable.annotations.PartitionKey;
import io.sable.annotations.SortKey;
import io.sable.annotations.Unique;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Entity(table = Shop.class)
@PartitionKey("CUSTOMER#{customerId}")
@SortKey("PROFILE")
@IndexKey(index = "ByRank", partitionKey = "RANKED", sortKey = "{orders}")
@AccessPattern(name = "customer", bind = "customerId")
@AccessPattern(name = "byOrderCount", index = "ByRank")
record Customer(
    String customerId,
    @Attribute("fullName") String name,
    long orders,
    boolean vip,
    char grade,
    byte[] avatar,
    @Unique Optional<String> email,
    Address address,
    List<Address> pastAddresses,
    Map<String, Integer> preferences) {}
