package io.sable.processor.behaviour;

import io.sable.annotations.AccessPattern;
import io.sable.annotations.Entity;
import io.sable.annotations.PartitionKey;
import io.sable.annotations.SortKey;
import java.time.LocalDateTime;
import java.util.Objects;

/** A mutable bean, with formatted key segments. */
@Entity(table = Shop.class)
@PartitionKey("PRODUCT#{sku}")
@SortKey("REVIEW#{rating:1}#{writtenAt:minutes}")
@AccessPattern(name = "reviewsOf", bind = "sku")
public class Review {
  private String sku;
  private int rating;
  private LocalDateTime writtenAt;
  private String text;

  public Review() {}

  Review(String sku, int rating, LocalDateTime writtenAt, String text) {
    this.sku = sku;
    this.rating = rating;
    this.writtenAt = writtenAt;
    this.text = text;
  }

  public String getSku() {
    return sku;
  }

  public void setSku(String sku) {
    this.sku = sku;
  }

  public int getRating() {
    return rating;
  }

  public void setRating(int rating) {
    this.rating = rating;
  }

  public LocalDateTime getWrittenAt() {
    return writtenAt;
  }

  public void setWrittenAt(LocalDateTime writtenAt) {
    this.writtenAt = writtenAt;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Review r && Objects.equals(sku, r.sku) && rating == r.rating
        && Objects.equals(writtenAt, r.writtenAt) && Objects.equals(text, r.text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sku, rating, writtenAt, text);
  }

  @Override
  public String toString() {
    return "Review[" + sku + ", " + rating + ", " + writtenAt + ", " + text + "]";
  }
}
