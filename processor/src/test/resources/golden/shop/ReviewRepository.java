package io.sable.processor.behaviour;

import io.sable.runtime.TableClient;
import io.sable.runtime.query.Query;
import io.sable.runtime.query.RangeQuery;
import io.sable.runtime.schema.ItemDecoder;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Review} items: by primary key, and by each access pattern.
 */
@Generated("io.sable.processor.SableProcessor")
public final class ReviewRepository {
  private static final ItemDecoder<Review> DECODER = ItemDecoder.of(ReviewSchema.INSTANCE);

  private final TableClient table;

  /**
   * @param table the table the entity is stored in
   */
  public ReviewRepository(TableClient table) {
    this.table = Objects.requireNonNull(table, "table");
  }

  /**
   * Reads the item with this primary key (GetItem, eventually consistent).
   *
   * @return the entity, or empty if there is no such item
   */
  public Optional<Review> get(String sku, int rating, LocalDateTime writtenAt) {
    return table.getItem(ReviewKeys.primaryKey(sku, rating, writtenAt), ReviewSchema.INSTANCE);
  }

  /**
   * Writes the entity, replacing any item with the same primary key (PutItem).
   */
  public void put(Review review) {
    table.putItem(review, ReviewSchema.INSTANCE);
  }

  /**
   * Writes many entities with BatchWriteItem, 25 per call, retrying unprocessed items; not atomic.
   */
  public void putAll(Collection<Review> entities) {
    table.putItems(entities, ReviewSchema.INSTANCE);
  }

  /**
   * Deletes the item with this primary key, if there is one (DeleteItem).
   */
  public void delete(String sku, int rating, LocalDateTime writtenAt) {
    table.deleteItem(ReviewKeys.primaryKey(sku, rating, writtenAt));
  }

  /**
   * Deletes the entity's item, if there is one (DeleteItem by its primary key).
   */
  public void delete(Review review) {
    table.deleteItem(ReviewKeys.primaryKey(review));
  }

  /**
   * Starts an update of the item with this primary key (UpdateItem), which creates the item if absent.
   */
  public ReviewUpdate update(String sku, int rating, LocalDateTime writtenAt) {
    return new ReviewUpdate(table, sku, rating, writtenAt);
  }

  /**
   * Access pattern {@code reviewsOf}: a Query on the table's primary key, partition key {@code PRODUCT#{sku}}, sort-key conditions on {@code rating} of {@code REVIEW#{rating:1}#{writtenAt:minutes}}.
   */
  public RangeQuery<Review, Integer> reviewsOf(String sku) {
    return Query.on(table, DECODER)
        .partitionKey("PK", ReviewKeys.partitionKey(sku))
        .sortKeyRange("SK", ReviewKeys.SORT_KEY.prefix(), ReviewKeys.RATING_1_CODEC, "#", false);
  }
}
