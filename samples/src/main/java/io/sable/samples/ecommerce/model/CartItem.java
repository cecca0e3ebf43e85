package io.sable.samples.ecommerce.model;

import io.sable.annotations.AccessPattern;
import io.sable.annotations.Entity;
import io.sable.annotations.PartitionKey;
import io.sable.annotations.SortKey;
import io.sable.annotations.Ttl;
import java.time.Duration;
import java.time.Instant;

/**
 * A product in a customer's shopping cart, in the cart's own item collection {@code CART#{userId}}.
 * A cart item lives {@link #LIFETIME} after it was last added to: its {@code @Ttl} field is the
 * table's Time to Live attribute, so DynamoDB deletes abandoned carts by itself.
 *
 * @param userId the customer's id
 * @param productId the product
 * @param quantity how many
 * @param expiresAt when DynamoDB may delete it (stored as epoch seconds)
 */
@Entity(table = Shop.class)
@PartitionKey("CART#{userId}")
@SortKey("CART_ITEM#{productId}")
@AccessPattern(name = "cartOf", bind = "userId")
public record CartItem(String userId, String productId, int quantity, @Ttl Instant expiresAt) {

  /** How long a cart item is kept after it was added. */
  public static final Duration LIFETIME = Duration.ofHours(24);

  /** A cart item added at {@code now}, kept for {@link #LIFETIME}. */
  public static CartItem added(String userId, String productId, int quantity, Instant now) {
    return new CartItem(userId, productId, quantity, now.plus(LIFETIME));
  }
}
