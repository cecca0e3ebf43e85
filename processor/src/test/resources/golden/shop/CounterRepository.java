package io.sable.processor.behaviour;

import io.sable.runtime.TableClient;
import io.sable.runtime.condition.Condition;
import io.sable.runtime.key.SegmentCodecs;
import io.sable.runtime.query.Query;
import io.sable.runtime.query.RangeQuery;
import io.sable.runtime.schema.ItemDecoder;
import io.sable.runtime.write.EntityRepository;
import io.sable.runtime.write.EntityWriter;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Counter} items: by primary key, and by each access pattern.
 */
@Generated("io.sable.processor.SableProcessor")
public final class CounterRepository implements EntityRepository<Counter> {
  private static final ItemDecoder<Counter> DECODER = ItemDecoder.of(CounterSchema.INSTANCE);

  private final TableClient table;

  private final EntityWriter<Counter> writer;

  /**
   * @param table the table the entity is stored in
   */
  public CounterRepository(TableClient table) {
    this.table = Objects.requireNonNull(table, "table");
    this.writer = new EntityWriter<>(table, CounterSchema.INSTANCE, null, List.of());
  }

  @Override
  public EntityWriter<Counter> writer() {
    return writer;
  }

  /**
   * Reads the item with this primary key (GetItem, eventually consistent).
   *
   * @return the entity, or empty if there is no such item
   */
  public Optional<Counter> get(String name) {
    return table.getItem(CounterKeys.primaryKey(name), CounterSchema.INSTANCE);
  }

  /**
   * Reads the item with this primary key (GetItem, strongly consistent: it reflects every write acknowledged before it, for twice the read capacity). Read this way before a conditional or versioned write.
   *
   * @return the entity, or empty if there is no such item
   */
  public Optional<Counter> getConsistent(String name) {
    return table.getItem(CounterKeys.primaryKey(name), CounterSchema.INSTANCE, true);
  }

  /**
   * Writes the entity, replacing any item with the same primary key (PutItem).
   *
   * @return the entity as stored
   */
  public Counter put(Counter counter) {
    return writer.put(counter, null);
  }

  /**
   * Writes the entity if the condition holds for the stored item ({@code ConditionExpression}).
   *
   * @throws software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException if it does not
   */
  public Counter put(Counter counter, Condition<? super Counter> condition) {
    return writer.put(counter, condition);
  }

  /**
   * Writes many entities with BatchWriteItem, 25 per call, retrying unprocessed items for up to 30 seconds; not atomic. {@code putAll(entities, deadline)} reports what is left instead.
   *
   * @throws io.sable.runtime.batch.UnprocessedWritesException if some entities are still unwritten then
   */
  public void putAll(Collection<Counter> entities) {
    table.putItems(entities, CounterSchema.INSTANCE);
  }

  /**
   * Deletes the item with this primary key, if there is one (DeleteItem).
   */
  public void delete(String name) {
    writer.delete(CounterKeys.primaryKey(name), null, null);
  }

  /**
   * Deletes the entity's item, if there is one (DeleteItem by its primary key).
   */
  public void delete(Counter counter) {
    writer.delete(counter, null);
  }

  /**
   * Deletes the entity's item if the condition holds for it.
   */
  public void delete(Counter counter, Condition<? super Counter> condition) {
    writer.delete(counter, condition);
  }

  /**
   * Starts an update of the item with this primary key (UpdateItem), which creates the item if absent.
   */
  public CounterUpdate update(String name) {
    return new CounterUpdate(writer, name, null);
  }

  /**
   * Access pattern {@code counters}: a Query on index GSI1, partition key {@code COUNTERS}, sort-key conditions on {@code name} of {@code {name}}.
   */
  public RangeQuery<Counter, String> counters() {
    return Query.on(table, DECODER)
        .index("GSI1")
        .partitionKey("GSI1PK", CounterKeys.gsi1PartitionKey())
        .sortKeyRange("GSI1SK", CounterKeys.GSI1_SORT_KEY.prefix(), SegmentCodecs.STRING, "", true);
  }
}
