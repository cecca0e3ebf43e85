package io.sable.processor.behaviour;

import io.sable.runtime.TableClient;
import io.sable.runtime.condition.Condition;
import io.sable.runtime.query.Query;
import io.sable.runtime.query.RangeQuery;
import io.sable.runtime.schema.ItemDecoder;
import io.sable.runtime.write.EntityRepository;
import io.sable.runtime.write.EntityWriter;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Review} items: by primary key, and by each access pattern.
 */
@Generated("io.sable.processor.SableProcessor")
public final class ReviewRepository implements EntityRepository<Review> {
  private static final ItemDecoder<Review> DECODER = ItemDecoder.of(ReviewSchema.INSTANCE);

  private final TableClient table;

  private final EntityWriter<Review> writer;

  /**
   * @param table the table the entity is stored in
   */
  public ReviewRepository(TableClient table) {
    this.table = Objects.requireNonNull(table, "table");
    this.writer = new EntityWriter<>(table, ReviewSchema.INSTANCE, null, List.of());
  }

  @Override
  public EntityWriter<Review> writer() {
    return writer;
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
   * Reads the item with this primary key (GetItem, strongly consistent: it reflects every write acknowledged before it, for twice the read capacity). Read this way before a conditional or versioned write.
   *
   * @return the entity, or empty if there is no such item
   */
  public Optional<Review> getConsistent(String sku, int rating, LocalDateTime writtenAt) {
    return table.getItem(ReviewKeys.primaryKey(sku, rating, writtenAt), ReviewSchema.INSTANCE, true);
  }

  /**
   * Writes the entity, replacing any item with the same primary key (PutItem).
   *
   * @return the entity as stored
   */
  public Review put(Review review) {
    return writer.put(review, null);
  }

  /**
   * Writes the entity if the condition holds for the stored item ({@code ConditionExpression}).
   *
   * @throws software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException if it does not
   */
  public Review put(Review review, Condition<? super Review> condition) {
    return writer.put(review, condition);
  }

  /**
   * Writes many entities with BatchWriteItem, 25 per call, retrying unprocessed items for up to 30 seconds; not atomic. {@code putAll(entities, deadline)} reports what is left instead.
   *
   * @throws io.sable.runtime.batch.UnprocessedWritesException if some entities are still unwritten then
   */
  public void putAll(Collection<Review> entities) {
    table.putItems(entities, ReviewSchema.INSTANCE);
  }

  /**
   * Deletes the item with this primary key, if there is one (DeleteItem).
   */
  public void delete(String sku, int rating, LocalDateTime writtenAt) {
    writer.delete(ReviewKeys.primaryKey(sku, rating, writtenAt), null, null);
  }

  /**
   * Deletes the entity's item, if there is one (DeleteItem by its primary key).
   */
  public void delete(Review review) {
    writer.delete(review, null);
  }

  /**
   * Deletes the entity's item if the condition holds for it.
   */
  public void delete(Review review, Condition<? super Review> condition) {
    writer.delete(review, condition);
  }

  /**
   * Starts an update of the item with this primary key (UpdateItem), which creates the item if absent.
   */
  public ReviewUpdate update(String sku, int rating, LocalDateTime writtenAt) {
    return new ReviewUpdate(writer, sku, rating, writtenAt, null);
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
