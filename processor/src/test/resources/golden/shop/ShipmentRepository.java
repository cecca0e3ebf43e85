package io.sable.processor.behaviour;

import io.sable.runtime.TableClient;
import io.sable.runtime.condition.Condition;
import io.sable.runtime.key.SegmentCodecs;
import io.sable.runtime.query.Query;
import io.sable.runtime.query.RangeQuery;
import io.sable.runtime.schema.ItemDecoder;
import io.sable.runtime.write.EntityRepository;
import io.sable.runtime.write.EntityWriter;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Shipment} items: by primary key, and by each access pattern.
 */
@Generated("io.sable.processor.SableProcessor")
public final class ShipmentRepository implements EntityRepository<Shipment> {
  private static final ItemDecoder<Shipment> DECODER = ItemDecoder.of(ShipmentSchema.INSTANCE);

  private final TableClient table;

  private final EntityWriter<Shipment> writer;

  /**
   * @param table the table the entity is stored in
   */
  public ShipmentRepository(TableClient table) {
    this.table = Objects.requireNonNull(table, "table");
    this.writer = new EntityWriter<>(table, ShipmentSchema.INSTANCE, null, List.of());
  }

  @Override
  public EntityWriter<Shipment> writer() {
    return writer;
  }

  /**
   * Reads the item with this primary key (GetItem, eventually consistent).
   *
   * @return the entity, or empty if there is no such item
   */
  public Optional<Shipment> get(String shipmentId) {
    return table.getItem(ShipmentKeys.primaryKey(shipmentId), ShipmentSchema.INSTANCE);
  }

  /**
   * Reads the item with this primary key (GetItem, strongly consistent: it reflects every write acknowledged before it, for twice the read capacity). Read this way before a conditional or versioned write.
   *
   * @return the entity, or empty if there is no such item
   */
  public Optional<Shipment> getConsistent(String shipmentId) {
    return table.getItem(ShipmentKeys.primaryKey(shipmentId), ShipmentSchema.INSTANCE, true);
  }

  /**
   * Writes the entity, replacing any item with the same primary key (PutItem).
   *
   * @return the entity as stored
   */
  public Shipment put(Shipment shipment) {
    return writer.put(shipment, null);
  }

  /**
   * Writes the entity if the condition holds for the stored item ({@code ConditionExpression}).
   *
   * @throws software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException if it does not
   */
  public Shipment put(Shipment shipment, Condition<? super Shipment> condition) {
    return writer.put(shipment, condition);
  }

  /**
   * Writes many entities with BatchWriteItem, 25 per call, retrying unprocessed items for up to 30 seconds; not atomic. {@code putAll(entities, deadline)} reports what is left instead.
   *
   * @throws io.sable.runtime.batch.UnprocessedWritesException if some entities are still unwritten then
   */
  public void putAll(Collection<Shipment> entities) {
    table.putItems(entities, ShipmentSchema.INSTANCE);
  }

  /**
   * Deletes the item with this primary key, if there is one (DeleteItem).
   */
  public void delete(String shipmentId) {
    writer.delete(ShipmentKeys.primaryKey(shipmentId), null, null);
  }

  /**
   * Deletes the entity's item, if there is one (DeleteItem by its primary key).
   */
  public void delete(Shipment shipment) {
    writer.delete(shipment, null);
  }

  /**
   * Deletes the entity's item if the condition holds for it.
   */
  public void delete(Shipment shipment, Condition<? super Shipment> condition) {
    writer.delete(shipment, condition);
  }

  /**
   * Starts an update of the item with this primary key (UpdateItem), which creates the item if absent.
   */
  public ShipmentUpdate update(String shipmentId) {
    return new ShipmentUpdate(writer, shipmentId, null);
  }

  /**
   * Access pattern {@code inState}: a Query on index ByStatus, partition key {@code SHIPMENTS#{state}#{shard:8:shipmentId}}, sort-key conditions on {@code shippedAt} of {@code {shippedAt}#{shipmentId}}.
   *
   * <p>The partition key is write-sharded: each page reads all 8 shards, one Query each (it costs 8 queries, sent one after another, or at once with {@code inParallel(executor)}), and merges their items in sort-key order; its cursor holds a position per shard.
   */
  public RangeQuery<Shipment, Instant> inState(Status state) {
    return Query.on(table, DECODER)
        .index("ByStatus")
        .partitionKeys("StatusPK", ShipmentKeys.byStatusPartitionKeys(state))
        .sortKeyRange("StatusSK", ShipmentKeys.BY_STATUS_SORT_KEY.prefix(), SegmentCodecs.INSTANT, "#", false);
  }
}
