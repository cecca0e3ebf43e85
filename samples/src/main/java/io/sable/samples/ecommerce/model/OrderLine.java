package io.sable.samples.ecommerce.model;

import io.sable.annotations.AccessPattern;
import io.sable.annotations.Entity;
import io.sable.annotations.PartitionKey;
import io.sable.annotations.SortKey;
import java.math.BigDecimal;

/**
 * One product of an order. Stored as {@code ORDER#{orderId}} / {@code PRODUCT#{productId}}: the
 * table reads an order's lines, the inverted index a product's orders.
 *
 * @param orderId the order's id
 * @param productId the product's id
 * @param productName the product's name when ordered
 * @param quantity how many, at least 1
 * @param unitPrice the price of one when ordered, in dollars
 */
@Entity(table = Shop.class)
@PartitionKey("ORDER#{orderId}")
@SortKey("PRODUCT#{productId}")
@AccessPattern(name = "linesOf", bind = "orderId")
@AccessPattern(name = "linesWithProduct", index = "Inverted", bind = "productId")
public record OrderLine(String orderId, String productId, String productName, int quantity, BigDecimal unitPrice) {

  /** Normalises {@code unitPrice} to cents. */
  public OrderLine {
    unitPrice = Dollars.of(unitPrice, "unitPrice");
  }

  /** The line's amount: quantity times unit price. */
  public BigDecimal amount() {
    return unitPrice.multiply(BigDecimal.valueOf(quantity));
  }
}
