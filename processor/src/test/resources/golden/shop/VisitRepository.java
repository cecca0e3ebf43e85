package io.sable.processor.behaviour;

import io.sable.runtime.TableClient;
import io.sable.runtime.condition.Condition;
import io.sable.runtime.key.SegmentCodecs;
import io.sable.runtime.query.Query;
import io.sable.runtime.query.RangeQuery;
import io.sable.runtime.schema.ItemDecoder;
import io.sable.runtime.write.EntityRepository;
import io.sable.runtime.write.EntityWriter;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Visit} items: by primary key, and by each access pattern.
 */
@Generated("io.sable.processor.SableProcessor")
public final class VisitRepository implements EntityRepository<Visit> {
  private static final ItemDecoder<Visit> DECODER = ItemDecoder.of(VisitSchema.INSTANCE);

  private final TableClient table;

  private final EntityWriter<Visit> writer;

  /**
   * @param table the table the entity is stored in
   */
  public VisitRepository(TableClient table) {
    this.table = Objects.requireNonNull(table, "table");
    this.writer = new EntityWriter<>(table, VisitSchema.INSTANCE, null, List.of());
  }

  @Override
  public EntityWriter<Visit> writer() {
    return writer;
  }

  /**
   * Reads the item with this primary key (GetItem, eventually consistent).
   *
   * @return the entity, or empty if there is no such item
   */
  public Optional<Visit> get(LocalDate day, String visitId) {
    return table.getItem(VisitKeys.primaryKey(day, visitId), VisitSchema.INSTANCE);
  }

  /**
   * Reads the item with this primary key (GetItem, strongly consistent: it reflects every write acknowledged before it, for twice the read capacity). Read this way before a conditional or versioned write.
   *
   * @return the entity, or empty if there is no such item
   */
  public Optional<Visit> getConsistent(LocalDate day, String visitId) {
    return table.getItem(VisitKeys.primaryKey(day, visitId), VisitSchema.INSTANCE, true);
  }

  /**
   * Writes the entity, replacing any item with the same primary key (PutItem).
   *
   * @return the entity as stored
   */
  public Visit put(Visit visit) {
    return writer.put(visit, null);
  }

  /**
   * Writes the entity if the condition holds for the stored item ({@code ConditionExpression}).
   *
   * @throws software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException if it does not
   */
  public Visit put(Visit visit, Condition<? super Visit> condition) {
    return writer.put(visit, condition);
  }

  /**
   * Writes many entities with BatchWriteItem, 25 per call, retrying unprocessed items for up to 30 seconds; not atomic. {@code putAll(entities, deadline)} reports what is left instead.
   *
   * @throws io.sable.runtime.batch.UnprocessedWritesException if some entities are still unwritten then
   */
  public void putAll(Collection<Visit> entities) {
    table.putItems(entities, VisitSchema.INSTANCE);
  }

  /**
   * Deletes the item with this primary key, if there is one (DeleteItem).
   */
  public void delete(LocalDate day, String visitId) {
    writer.delete(VisitKeys.primaryKey(day, visitId), null, null);
  }

  /**
   * Deletes the entity's item, if there is one (DeleteItem by its primary key).
   */
  public void delete(Visit visit) {
    writer.delete(visit, null);
  }

  /**
   * Deletes the entity's item if the condition holds for it.
   */
  public void delete(Visit visit, Condition<? super Visit> condition) {
    writer.delete(visit, condition);
  }

  /**
   * Starts an update of the item with this primary key (UpdateItem), which creates the item if absent.
   */
  public VisitUpdate update(LocalDate day, String visitId) {
    return new VisitUpdate(writer, day, visitId, null);
  }

  /**
   * Access pattern {@code visitsOn}: a Query on the table's primary key, partition key {@code VISITS#{day}#{shard:4:visitId}}, sort-key conditions on {@code visitId} of {@code VISIT#{visitId}}.
   *
   * <p>The partition key is write-sharded: each page reads all 4 shards, one Query each (it costs 4 queries, sent one after another, or at once with {@code inParallel(executor)}), and merges their items in sort-key order; its cursor holds a position per shard.
   */
  public RangeQuery<Visit, String> visitsOn(LocalDate day) {
    return Query.on(table, DECODER)
        .partitionKeys("PK", VisitKeys.partitionKeys(day))
        .sortKeyRange("SK", VisitKeys.SORT_KEY.prefix(), SegmentCodecs.STRING, "", true);
  }

  /**
   * Access pattern {@code visit}: a GetItem on the table's primary key.
   */
  public Optional<Visit> visit(LocalDate day, String visitId) {
    return table.getItem(VisitKeys.primaryKey(day, visitId), VisitSchema.INSTANCE);
  }

  /**
   * Access pattern {@code visitById}: a Query on index Inverted, partition key {@code VISIT#{visitId}}, sort key {@code VISITS#{day}#{shard:4:visitId}}.
   */
  public Query<Visit> visitById(String visitId, LocalDate day) {
    return Query.on(table, DECODER)
        .index("Inverted")
        .partitionKey("SK", VisitKeys.invertedPartitionKey(visitId))
        .sortKeyEqualTo("PK", VisitKeys.invertedSortKey(day, visitId))
        .build();
  }
}
