package io.sable.runtime.query;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * One Query over an item collection that holds several entity types, returning them as one typed
 * collection object ({@code AirportCollection} with its {@code airport()}, {@code departures()} and
 * {@code routes()}). Immutable.
 *
 * <pre>{@code
 * AirportCollection seattle = table.airportCollection("SEA").get();
 * }</pre>
 *
 * @param <C> the collection type
 */
public final class CollectionQuery<C> {

  private final Query<Object> items;
  private final Supplier<? extends CollectionBuilder<C>> builder;

  private CollectionQuery(Query<Object> items, Supplier<? extends CollectionBuilder<C>> builder) {
    this.items = items;
    this.builder = builder;
  }

  /**
   * A collection query over {@code items}, a query decoding every entity type of the table. For
   * generated table classes.
   */
  public static <C> CollectionQuery<C> of(Query<Object> items, Supplier<? extends CollectionBuilder<C>> builder) {
    return new CollectionQuery<>(Objects.requireNonNull(items, "items"), Objects.requireNonNull(builder, "builder"));
  }

  /** Reads at most {@code limit} items per page ({@code Limit}), and for {@link #get()} in total. */
  public CollectionQuery<C> limit(int limit) {
    return new CollectionQuery<>(items.limit(limit), builder);
  }

  /** Reads the collection in descending sort-key order. */
  public CollectionQuery<C> descending() {
    return new CollectionQuery<>(items.descending(), builder);
  }

  /** Continues after the page that returned this cursor. */
  public CollectionQuery<C> startAfter(String cursor) {
    return new CollectionQuery<>(items.startAfter(cursor), builder);
  }

  /** Strongly consistent reads; see {@link Query#consistentRead()}. */
  public CollectionQuery<C> consistentRead() {
    return new CollectionQuery<>(items.consistentRead(), builder);
  }

  /** The whole collection (up to the limit), reading as many pages as needed. */
  public C get() {
    CollectionBuilder<C> collection = builder.get();
    items.stream().forEach(collection::add);
    return collection.build();
  }

  /** One page of the collection: the items of one Query call, and a cursor if more follow. */
  public CollectionPage<C> page() {
    Page<Object> page = items.page();
    CollectionBuilder<C> collection = builder.get();
    page.items().forEach(collection::add);
    return new CollectionPage<>(collection.build(), page.cursor().orElse(null));
  }
}
