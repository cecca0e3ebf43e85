package io.sable.runtime.write;

import io.sable.runtime.TableClient;
import io.sable.runtime.batch.BatchWriteResult;
import io.sable.runtime.batch.BatchWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * A typed BatchWriteItem: puts and deletes of entities of any types stored in one table, sent 25 per
 * call (DynamoDB's limit), with {@code UnprocessedItems} retried with exponential backoff and jitter
 * until done or a deadline. Not atomic (use a {@link Transaction} for all or nothing), and no
 * condition is checked.
 *
 * <pre>{@code
 * BatchWriteResult result = shop.batchWrite()
 *     .putAll(shop.productRepository(), products)
 *     .put(shop.orderRepository(), order)
 *     .delete(shop.cartItemRepository(), CartItemKeys.primaryKey(customerId, sku))
 *     .execute(Duration.ofSeconds(10));
 * }</pre>
 *
 * <p>Two writes of one item in one batch are one write: the later replaces the earlier, as if they
 * ran in order (DynamoDB rejects a call with two requests on one item). An entity with a {@code
 * @Version} attribute or {@code @Unique} fields is refused: a batch request cannot carry its
 * condition or its uniqueness items, so write it with its repository or a transaction. Not
 * thread-safe; build one per batch.
 */
public final class BatchWrite {

  private final TableClient table;
  private final Map<Map<String, AttributeValue>, WriteRequest> requests = new LinkedHashMap<>();

  /** An empty batch on this table. */
  public BatchWrite(TableClient table) {
    this.table = Objects.requireNonNull(table, "table");
  }

  /**
   * Puts the entity, replacing any item with its primary key.
   *
   * @throws IllegalArgumentException if the entity has a {@code @Version} attribute or {@code
   *     @Unique} fields, or its repository is on another table
   */
  public <T> BatchWrite put(EntityRepository<T> repository, T entity) {
    EntityWriter<T> writer = plain(repository);
    Map<String, AttributeValue> item = writer.schema().itemToMap(Objects.requireNonNull(entity, "entity"), true);
    requests.put(writer.schema().primaryKey(entity),
        WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
    return this;
  }

  /** Puts each entity, as {@link #put} does. */
  public <T> BatchWrite putAll(EntityRepository<T> repository, Collection<? extends T> entities) {
    entities.forEach(entity -> put(repository, entity));
    return this;
  }

  /**
   * Deletes the entity's item, if there is one.
   *
   * @throws IllegalArgumentException as {@link #put} does
   */
  public <T> BatchWrite delete(EntityRepository<T> repository, T entity) {
    return delete(repository, plain(repository).schema().primaryKey(Objects.requireNonNull(entity, "entity")));
  }

  /**
   * Deletes the item with this primary key (a {@code Keys.primaryKey(...)} map), if there is one.
   *
   * @throws IllegalArgumentException as {@link #put} does
   */
  public BatchWrite delete(EntityRepository<?> repository, Map<String, AttributeValue> primaryKey) {
    plain(repository);
    Map<String, AttributeValue> key = Map.copyOf(primaryKey);
    requests.put(key, WriteRequest.builder().deleteRequest(d -> d.key(key)).build());
    return this;
  }

  /** Deletes the items with these primary keys, as {@link #delete(EntityRepository, Map)} does. */
  public BatchWrite deleteAll(EntityRepository<?> repository, Collection<Map<String, AttributeValue>> primaryKeys) {
    primaryKeys.forEach(key -> delete(repository, key));
    return this;
  }

  /** The number of writes, after merging writes of one item. */
  public int size() {
    return requests.size();
  }

  /**
   * Sends the writes, 25 per BatchWriteItem call, retrying unprocessed ones until every write is
   * applied or {@code deadline} has passed.
   *
   * @return the writes not applied before the deadline; every other write was applied
   * @throws IllegalArgumentException if the deadline is negative
   */
  public BatchWriteResult execute(Duration deadline) {
    return BatchWriter.write(table.dynamoDb(), table.tableName(), new ArrayList<>(requests.values()), deadline);
  }

  /** The repository's writer, if its entity may be written by a plain batch request on this table. */
  private <T> EntityWriter<T> plain(EntityRepository<T> repository) {
    EntityWriter<T> writer = repository.writer();
    if (!writer.table().tableName().equals(table.tableName())) {
      throw new IllegalArgumentException(writer.schema().entityType() + " is stored in table "
          + writer.table().tableName() + ", not in " + table.tableName());
    }
    writer.writeRules().ifPresent(rules -> {
      throw new IllegalArgumentException(writer.schema().entityType() + " has " + rules
          + ": a BatchWriteItem request cannot carry its condition; write it with its repository or a Transaction");
    });
    return writer;
  }
}
