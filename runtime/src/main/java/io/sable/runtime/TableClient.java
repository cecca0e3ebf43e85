package io.sable.runtime;

import io.sable.runtime.batch.BatchReader;
import io.sable.runtime.batch.BatchWriteResult;
import io.sable.runtime.batch.BatchWriter;
import io.sable.runtime.batch.EntitiesRead;
import io.sable.runtime.schema.EntityRegistry;
import io.sable.runtime.schema.EntitySchema;
import io.sable.runtime.table.TableDefinition;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * One DynamoDB table as generated repositories use it: a {@link DynamoDbClient} and a {@link
 * TableDefinition}. It reads entities by key and writes them in batches; conditional writes are in
 * {@link io.sable.runtime.write.EntityWriter}, queries in {@link io.sable.runtime.query}.
 *
 * <p>Instances are immutable and thread-safe if the client is (every SDK client is).
 */
public final class TableClient {

  private final DynamoDbClient dynamoDb;
  private final TableDefinition definition;

  /**
   * @param dynamoDb any client: DynamoDB, DynamoDB Local, or Sable's engine
   * @param definition the table's definition, with its physical name
   */
  public TableClient(DynamoDbClient dynamoDb, TableDefinition definition) {
    this.dynamoDb = Objects.requireNonNull(dynamoDb, "dynamoDb");
    this.definition = Objects.requireNonNull(definition, "definition");
  }

  /** The client. */
  public DynamoDbClient dynamoDb() {
    return dynamoDb;
  }

  /** The table's definition. */
  public TableDefinition definition() {
    return definition;
  }

  /** The physical table name. */
  public String tableName() {
    return definition.tableName();
  }

  /**
   * Reads one entity by its primary key (GetItem, eventually consistent).
   *
   * @return the entity, or empty if no item has this key
   * @throws EntityTypeMismatchException if the item at this key is of another entity type
   */
  public <T> Optional<T> getItem(Map<String, AttributeValue> key, EntitySchema<T> schema) {
    return getItem(key, schema, false);
  }

  /**
   * Reads one entity by its primary key (GetItem), strongly consistent if asked: a strongly
   * consistent read reflects every write acknowledged before it, and costs twice the read capacity
   * (1 RCU per 4 KB instead of 0.5).
   *
   * @return the entity, or empty if no item has this key
   * @throws EntityTypeMismatchException if the item at this key is of another entity type
   */
  public <T> Optional<T> getItem(Map<String, AttributeValue> key, EntitySchema<T> schema, boolean consistentRead) {
    GetItemResponse response = dynamoDb.getItem(b -> b.tableName(tableName()).key(key).consistentRead(consistentRead));
    if (!response.hasItem() || response.item().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(decode(response.item(), schema));
  }

  /**
   * Reads many entities of one type by primary key with BatchGetItem (eventually consistent), 100
   * keys per call, retrying {@code UnprocessedKeys} with exponential backoff and jitter until every
   * key is read or {@code deadline} has passed ({@link BatchReader}). A key given twice is read once.
   *
   * @param keys primary keys, such as those a {@code Keys.primaryKey(...)} method builds
   * @return the entities found and the keys left unread
   * @throws EntityTypeMismatchException if an item read is of another entity type
   * @throws IllegalArgumentException if the deadline is negative
   */
  public <T> EntitiesRead<T> getItems(
      Collection<Map<String, AttributeValue>> keys, EntitySchema<T> schema, Duration deadline) {
    return getItems(keys, item -> decode(item, schema), deadline);
  }

  /**
   * Reads many items of any entity type by primary key, as {@link #getItems(Collection,
   * EntitySchema, Duration)} does, each decoded into the class its stored entity type names (or an
   * {@link io.sable.runtime.schema.UnknownItem}).
   *
   * @throws IllegalArgumentException if the deadline is negative
   */
  public EntitiesRead<Object> getItems(
      Collection<Map<String, AttributeValue>> keys, EntityRegistry registry, Duration deadline) {
    return getItems(keys, registry::decode, deadline);
  }

  private <T> EntitiesRead<T> getItems(
      Collection<Map<String, AttributeValue>> keys, Function<Map<String, AttributeValue>, T> decoder,
      Duration deadline) {
    BatchReader.Result result = BatchReader.read(dynamoDb, tableName(), new ArrayList<>(keys), false, deadline);
    List<T> entities = new ArrayList<>(result.items().size());
    for (Map<String, AttributeValue> item : result.items()) {
      entities.add(decoder.apply(item));
    }
    return new EntitiesRead<>(entities, result.unprocessedKeys());
  }

  /**
   * Writes many entities with BatchWriteItem, 25 per call, retrying {@code UnprocessedItems} with
   * exponential backoff and jitter until every entity is written or {@code deadline} has passed.
   * Not atomic. Of several entities with one primary key only the last is written (DynamoDB
   * rejects a call with two requests on one item). No condition is checked: {@code @Version} and
   * {@code @Unique} rules are the repositories' and {@link io.sable.runtime.write.BatchWrite}'s.
   *
   * @return the put requests not applied before the deadline
   * @throws IllegalArgumentException if the deadline is negative
   */
  public <T> BatchWriteResult putItems(Collection<? extends T> entities, EntitySchema<T> schema, Duration deadline) {
    Map<Map<String, AttributeValue>, WriteRequest> requests = new LinkedHashMap<>();
    for (T entity : entities) {
      requests.put(schema.primaryKey(entity), WriteRequest.builder()
          .putRequest(PutRequest.builder().item(schema.itemToMap(entity, true)).build()).build());
    }
    return BatchWriter.write(dynamoDb, tableName(), new ArrayList<>(requests.values()), deadline);
  }

  /**
   * Writes many entities as {@link #putItems(Collection, EntitySchema, Duration)} does, retrying for
   * up to {@link BatchWriter#DEFAULT_DEADLINE}.
   *
   * @throws io.sable.runtime.batch.UnprocessedWritesException if some entities are still unwritten
   *     then; it holds their put requests, and every other entity was written
   */
  public <T> void putItems(Collection<? extends T> entities, EntitySchema<T> schema) {
    putItems(entities, schema, BatchWriter.DEFAULT_DEADLINE).throwIfIncomplete();
  }

  /**
   * Deletes the items with these primary keys with BatchWriteItem, 25 per call, retrying {@code
   * UnprocessedItems} until every item is deleted or {@code deadline} has passed. A key given twice
   * is deleted once; an absent key is no error. Not atomic.
   *
   * @return the delete requests not applied before the deadline
   * @throws IllegalArgumentException if the deadline is negative
   */
  public BatchWriteResult deleteItems(Collection<Map<String, AttributeValue>> keys, Duration deadline) {
    List<WriteRequest> requests = new ArrayList<>(keys.size());
    for (Map<String, AttributeValue> key : new LinkedHashSet<>(keys)) {
      requests.add(WriteRequest.builder().deleteRequest(d -> d.key(key)).build());
    }
    return BatchWriter.write(dynamoDb, tableName(), requests, deadline);
  }

  /**
   * Deletes items as {@link #deleteItems(Collection, Duration)} does, retrying for up to {@link
   * BatchWriter#DEFAULT_DEADLINE}.
   *
   * @throws io.sable.runtime.batch.UnprocessedWritesException if some items are still undeleted
   *     then; it holds their delete requests, and every other item was deleted
   */
  public void deleteItems(Collection<Map<String, AttributeValue>> keys) {
    deleteItems(keys, BatchWriter.DEFAULT_DEADLINE).throwIfIncomplete();
  }

  private static <T> T decode(Map<String, AttributeValue> item, EntitySchema<T> schema) {
    if (!schema.isEntity(item)) {
      throw new EntityTypeMismatchException(schema, item);
    }
    return schema.mapToItem(item);
  }

  @Override
  public String toString() {
    return "TableClient[" + tableName() + "]";
  }
}
