package io.sable.samples.ecommerce.model;

import io.sable.annotations.AccessPattern;
import io.sable.annotations.Entity;
import io.sable.annotations.IndexKey;
import io.sable.annotations.PartitionKey;
import io.sable.annotations.SortKey;
import java.time.LocalDate;

/**
 * A customer's review of a product, in the product's item collection; GSI1, which it shares with
 * orders, gathers a customer's reviews by date.
 *
 * @param productId the product's id
 * @param reviewId the review's id, unique within the product
 * @param userId the reviewer's id
 * @param rating 1 to 5 stars
 * @param writtenOn the day it was written
 * @param text what the reviewer wrote
 */
@Entity(table = Shop.class)
@PartitionKey("PRODUCT#{productId}")
@SortKey("REVIEW#{reviewId}")
@IndexKey(index = "GSI1", partitionKey = "USER#{userId}", sortKey = "REVIEW#{writtenOn}#{productId}#{reviewId}")
@AccessPattern(name = "reviewsOf", bind = "productId")
@AccessPattern(name = "reviewsBy", index = "GSI1", bind = "userId")
public record Review(String productId, String reviewId, String userId, int rating, LocalDate writtenOn, String text) {}
