package io.sable.processor.behaviour;

import io.sable.annotations.AccessPattern;
import io.sable.annotations.Entity;
import io.sable.annotations.PartitionKey;
import io.sable.annotations.SortKey;
import io.sable.annotations.Ttl;
import java.time.Instant;

@Entity(table = Shop.class)
@PartitionKey("CART#{cartId}")
@SortKey("ITEM#{sku}")
@AccessPattern(name = "itemsOf", bind = "cartId")
record CartItem(String cartId, String sku, int quantity, @Ttl Instant expiresAt) {}
