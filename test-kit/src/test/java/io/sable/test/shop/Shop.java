package io.sable.test.shop;

import io.sable.annotations.Index;
import io.sable.annotations.Table;

/** The test kit's test model: customers and their orders in one table. */
@Table(name = "Shop", indexes = @Index(name = "GSI1", partitionKey = "GSI1PK", sortKey = "GSI1SK"))
public interface Shop {}
