package io.sable.samples.ecommerce.model;

import io.sable.annotations.Index;
import io.sable.annotations.Table;

/**
 * The shop's one table; Sable writes {@code ShopTable} from it.
 *
 * <p>{@code GSI1} is overloaded: orders by status and day. {@code Inverted} swaps the primary key
 * ({@code SK} as partition key, {@code PK} as sort key), so every many-to-many relation stored as
 * {@code A}/{@code B} is readable from {@code B}: an order by its id, a product's order lines.
 */
@Table(
    name = "Shop",
    indexes = {
      @Index(name = "GSI1", partitionKey = "GSI1PK", sortKey = "GSI1SK"),
      @Index(name = "Inverted", partitionKey = "SK", sortKey = "PK")
    })
public interface Shop {}
