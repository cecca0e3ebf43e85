package io.sable.processor.behaviour;

import io.sable.annotations.AccessPattern;
import io.sable.annotations.Entity;
import io.sable.annotations.PartitionKey;
import io.sable.annotations.SortKey;
import io.sable.annotations.Version;

/** Optimistic locking: every write checks and bumps the version. */
@Entity(table = Shop.class)
@PartitionKey("ACCOUNT#{id}")
@SortKey("BALANCE")
@AccessPattern(name = "account", bind = "id")
record Account(String id, long balance, @Version long version) {}
