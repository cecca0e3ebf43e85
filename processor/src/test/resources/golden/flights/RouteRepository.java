package com.example.flights;

import io.sable.runtime.TableClient;
import io.sable.runtime.key.SegmentCodecs;
import io.sable.runtime.query.Query;
import io.sable.runtime.query.RangeQuery;
import io.sable.runtime.schema.ItemDecoder;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Route} items: by primary key, and by each access pattern.
 */
@Generated("io.sable.processor.SableProcessor")
public final class RouteRepository {
  private static final ItemDecoder<Route> DECODER = ItemDecoder.of(RouteSchema.INSTANCE);

  private final TableClient table;

  /**
   * @param table the table the entity is stored in
   */
  public RouteRepository(TableClient table) {
    this.table = Objects.requireNonNull(table, "table");
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
   * Writes the entity, replacing any item with the same primary key (PutItem).
   */
  public void put(Route route) {
    table.putItem(route, RouteSchema.INSTANCE);
  }

  /**
   * Writes many entities with BatchWriteItem, 25 per call, retrying unprocessed items; not atomic.
   */
  public void putAll(Collection<Route> entities) {
    table.putItems(entities, RouteSchema.INSTANCE);
  }

  /**
   * Deletes the item with this primary key, if there is one (DeleteItem).
   */
  public void delete(String origin, String destination) {
    table.deleteItem(RouteKeys.primaryKey(origin, destination));
  }

  /**
   * Deletes the entity's item, if there is one (DeleteItem by its primary key).
   */
  public void delete(Route route) {
    table.deleteItem(RouteKeys.primaryKey(route));
  }

  /**
   * Starts an update of the item with this primary key (UpdateItem), which creates the item if absent.
   */
  public RouteUpdate update(String origin, String destination) {
    return new RouteUpdate(table, origin, destination);
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
