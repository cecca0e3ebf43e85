package io.sable.runtime;

import io.sable.runtime.batch.BatchReader;
import io.sable.runtime.batch.EntitiesRead;
import io.sable.runtime.schema.EntitySchema;
import io.sable.runtime.table.TableDefinition;
import io.sable.runtime.write.BatchWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
   * Reads many entities by primary key with BatchGetItem (eventually consistent), 100 keys per call,
   * retrying {@code UnprocessedKeys} with exponential backoff and jitter until every key is read or
   * {@code deadline} has passed ({@link BatchReader}).
   *
   * @return the entities found and the keys left unread
   * @throws EntityTypeMismatchException if an item read is of another entity type
   */
  public <T> EntitiesRead<T> getItems(
      Collection<Map<String, AttributeValue>> keys, EntitySchema<T> schema, Duration deadline) {
    BatchReader.Result result =
        BatchReader.read(dynamoDb, tableName(), new ArrayList<>(keys), false, deadline);
    List<T> entities = new ArrayList<>(result.items().size());
    for (Map<String, AttributeValue> item : result.items()) {
      entities.add(decode(item, schema));
    }
    return new EntitiesRead<>(entities, result.unprocessedKeys());
  }

  /**
   * Writes many entities with BatchWriteItem, 25 per call, retrying unprocessed items. Not atomic:
   * on failure some entities may be written. Of several entities with one primary key only the
   * last is written (DynamoDB rejects a batch with two requests on one item).
   *
   * @throws io.sable.runtime.write.UnprocessedWritesException if some items stay unprocessed
   */
  public <T> void putItems(Collection<? extends T> entities, EntitySchema<T> schema) {
    Map<Map<String, AttributeValue>, WriteRequest> requests = new LinkedHashMap<>();
    for (T entity : entities) {
      Map<String, AttributeValue> item = schema.itemToMap(entity, true);
      requests.put(
          schema.primaryKey(entity),
          WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
    }
    BatchWriter.write(dynamoDb, tableName(), new ArrayList<>(requests.values()));
  }

  /**
   * Deletes the items with these primary keys with BatchWriteItem, 25 per call, retrying
   * unprocessed items; a key given twice is deleted once, an absent key is no error. Not atomic:
   * on failure some items may be deleted.
   *
   * @throws io.sable.runtime.write.UnprocessedWritesException if some deletes stay unprocessed
   */
  public void deleteItems(Collection<Map<String, AttributeValue>> keys) {
    List<WriteRequest> requests = new ArrayList<>(keys.size());
    for (Map<String, AttributeValue> key : new LinkedHashSet<>(keys)) {
      requests.add(WriteRequest.builder().deleteRequest(d -> d.key(key)).build());
    }
    BatchWriter.write(dynamoDb, tableName(), requests);
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
