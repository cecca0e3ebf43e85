package com.example.flights;

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
 * Reads and writes {@link Route} items: by primary key, and by each access pattern.
 */
@Generated("io.sable.processor.SableProcessor")
public final class RouteRepository implements EntityRepository<Route> {
  private static final ItemDecoder<Route> DECODER = ItemDecoder.of(RouteSchema.INSTANCE);

  private final TableClient table;

  private final EntityWriter<Route> writer;

  /**
   * @param table the table the entity is stored in
   */
  public RouteRepository(TableClient table) {
    this.table = Objects.requireNonNull(table, "table");
    this.writer = new EntityWriter<>(table, RouteSchema.INSTANCE, null, List.of());
  }

  @Override
  public EntityWriter<Route> writer() {
    return writer;
  }

  /**
   * Reads the item with this primary key (GetItem, eventually consistent).
   *
   * @return the entity, or empty if there is no such item
   */
  public Optional<Route> get(String origin, String destination) {
    return table.getItem(RouteKeys.primaryKey(origin, destination), RouteSchema.INSTANCE);
  }

  /**
   * Reads the item with this primary key (GetItem, strongly consistent: it reflects every write acknowledged before it, for twice the read capacity). Read this way before a conditional or versioned write.
   *
   * @return the entity, or empty if there is no such item
   */
  public Optional<Route> getConsistent(String origin, String destination) {
    return table.getItem(RouteKeys.primaryKey(origin, destination), RouteSchema.INSTANCE, true);
  }

  /**
   * Writes the entity, replacing any item with the same primary key (PutItem).
   *
   * @return the entity as stored
   */
  public Route put(Route route) {
    return writer.put(route, null);
  }

  /**
   * Writes the entity if the condition holds for the stored item ({@code ConditionExpression}).
   *
   * @throws software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException if it does not
   */
  public Route put(Route route, Condition<? super Route> condition) {
    return writer.put(route, condition);
  }

  /**
   * Writes many entities with BatchWriteItem, 25 per call, retrying unprocessed items for up to 30 seconds; not atomic. {@code putAll(entities, deadline)} reports what is left instead.
   *
   * @throws io.sable.runtime.batch.UnprocessedWritesException if some entities are still unwritten then
   */
  public void putAll(Collection<Route> entities) {
    table.putItems(entities, RouteSchema.INSTANCE);
  }

  /**
   * Deletes the item with this primary key, if there is one (DeleteItem).
   */
  public void delete(String origin, String destination) {
    writer.delete(RouteKeys.primaryKey(origin, destination), null, null);
  }

  /**
   * Deletes the entity's item, if there is one (DeleteItem by its primary key).
   */
  public void delete(Route route) {
    writer.delete(route, null);
  }

  /**
   * Deletes the entity's item if the condition holds for it.
   */
  public void delete(Route route, Condition<? super Route> condition) {
    writer.delete(route, condition);
  }

  /**
   * Starts an update of the item with this primary key (UpdateItem), which creates the item if absent.
   */
  public RouteUpdate update(String origin, String destination) {
    return new RouteUpdate(writer, origin, destination, null);
  }

  /**
   * Access pattern {@code routes}: a Query on the table's primary key, partition key {@code AIRPORT#{origin}}, sort-key conditions on {@code destination} of {@code ROUTE#{destination}}.
   */
  public RangeQuery<Route, String> routes(String origin) {
    return Query.on(table, DECODER)
        .partitionKey("PK", RouteKeys.partitionKey(origin))
        .sortKeyRange("SK", RouteKeys.SORT_KEY.prefix(), SegmentCodecs.STRING, "", true);
  }
}
