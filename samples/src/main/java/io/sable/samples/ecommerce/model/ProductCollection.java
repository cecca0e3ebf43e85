package io.sable.samples.ecommerce.model;

import io.sable.annotations.ItemCollection;
import java.util.List;
import java.util.Optional;

/**
 * A product's item collection, read by one Query on {@code PRODUCT#{productId}}.
 *
 * @param product the product, if in the catalogue
 * @param reviews its reviews, by id
 */
@ItemCollection(table = Shop.class, partitionKey = "PRODUCT#{productId}")
public record ProductCollection(Optional<Product> product, List<Review> reviews) {}
