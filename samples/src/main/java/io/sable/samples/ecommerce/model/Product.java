package io.sable.samples.ecommerce.model;

import io.sable.annotations.AccessPattern;
import io.sable.annotations.Entity;
import io.sable.annotations.PartitionKey;
import io.sable.annotations.SortKey;
import java.math.BigDecimal;

/**
 * A product of the catalogue and its stock, at the head of its item collection {@code
 * PRODUCT#{productId}}.
 *
 * @param productId the product's id, such as {@code TENT-2P}
 * @param name the product's name
 * @param category the catalogue section
 * @param price the unit price, in dollars
 * @param stock how many are in the warehouse; placing an order decrements it, never below zero
 */
@Entity(table = Shop.class)
@PartitionKey("PRODUCT#{productId}")
@SortKey("METADATA")
@AccessPattern(name = "product", bind = "productId")
@AccessPattern(name = "catalogue", scan = true)
public record Product(String productId, String name, String category, BigDecimal price, int stock) {

  /** Normalises {@code price} to cents. */
  public Product {
    price = Dollars.of(price, "price");
  }
}
