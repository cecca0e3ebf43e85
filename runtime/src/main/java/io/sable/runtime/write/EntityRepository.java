package io.sable.runtime.write;

import io.sable.runtime.batch.BatchWriteResult;
import io.sable.runtime.batch.EntitiesRead;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A generated repository, as a {@link Transaction} and a {@link BatchWrite} see it: the writer of its
 * entity. It also gives every repository its batch reads and writes.
 *
 * @param <T> the entity
 */
public interface EntityRepository<T> {

  /** The entity's writer: its schema, its table, and its {@code @Version} and {@code @Unique} rules. */
  EntityWriter<T> writer();

  /**
   * Reads the entities with these primary keys with BatchGetItem (eventually consistent), 100 keys
   * per call, retrying {@code UnprocessedKeys} with exponential backoff and jitter until every key
   * is read or {@code deadline} has passed.
   *
   * @param primaryKeys primary keys, such as those a {@code Keys.primaryKey(...)} method builds
   * @return the entities found (absent keys have none) and the keys left unread
   * @throws io.sable.runtime.EntityTypeMismatchException if an item read is of another entity type
   * @throws IllegalArgumentException if the deadline is negative
   */
  default EntitiesRead<T> getAll(Collection<Map<String, AttributeValue>> primaryKeys, Duration deadline) {
    return writer().table().getItems(primaryKeys, writer().schema(), deadline);
  }

  /**
   * Writes the entities with BatchWriteItem, 25 per call, retrying {@code UnprocessedItems} until
   * every entity is written or {@code deadline} has passed; not atomic. Of several entities with one
   * primary key the last is written.
   *
   * @return the put requests not applied before the deadline
   * @throws IllegalArgumentException if the entity has a {@code @Version} attribute or {@code
   *     @Unique} fields (a batch request cannot carry their conditions), or the deadline is negative
   */
  default BatchWriteResult putAll(Collection<? extends T> entities, Duration deadline) {
    return new BatchWrite(writer().table()).putAll(this, entities).execute(deadline);
  }

  /**
   * Deletes the items with these primary keys with BatchWriteItem, as {@link #putAll(Collection,
   * Duration)} writes; an absent key is no error.
   *
   * @return the delete requests not applied before the deadline
   * @throws IllegalArgumentException as {@link #putAll(Collection, Duration)} does
   */
  default BatchWriteResult deleteAll(Collection<Map<String, AttributeValue>> primaryKeys, Duration deadline) {
    return new BatchWrite(writer().table()).deleteAll(this, primaryKeys).execute(deadline);
  }
}
