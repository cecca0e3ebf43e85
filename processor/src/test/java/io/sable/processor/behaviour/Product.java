package io.sable.processor.behaviour;

import io.sable.annotations.AccessPattern;
import io.sable.annotations.Convert;
import io.sable.annotations.Entity;
import io.sable.annotations.PartitionKey;
import io.sable.annotations.SortKey;
import java.util.Objects;

/** An immutable class with a builder, a custom converter, and a Scan access pattern. */
@Entity(table = Shop.class)
@PartitionKey("PRODUCT#{sku}")
@SortKey("METADATA")
@AccessPattern(name = "product", bind = "sku")
@AccessPattern(name = "allProducts", scan = true)
final class Product {
  private final String sku;
  @Convert(MoneyConverter.class)
  private final Money price;
  private final int stock;

  private Product(Builder builder) {
    this.sku = builder.sku;
    this.price = builder.price;
    this.stock = builder.stock;
  }

  static Builder builder() {
    return new Builder();
  }

  public String getSku() {
    return sku;
  }

  public Money getPrice() {
    return price;
  }

  public int getStock() {
    return stock;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Product p && sku.equals(p.sku) && Objects.equals(price, p.price) && stock == p.stock;
  }

  @Override
  public int hashCode() {
    return Objects.hash(sku, price, stock);
  }

  @Override
  public String toString() {
    return "Product[" + sku + ", " + price + ", " + stock + "]";
  }

  static final class Builder {
    private String sku;
    private Money price;
    private int stock;

    Builder sku(String sku) {
      this.sku = sku;
      return this;
    }

    Builder price(Money price) {
      this.price = price;
      return this;
    }

    Builder stock(int stock) {
      this.stock = stock;
      return this;
    }

    Product build() {
      return new Product(this);
    }
  }
}
