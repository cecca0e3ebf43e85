package io.sable.runtime.query;

import java.util.Optional;

/**
 * One page of an item collection: the part of the collection one Query call read.
 *
 * @param <C> the collection type
 */
public final class CollectionPage<C> {

  private final C collection;
  private final String cursor;

  CollectionPage(C collection, String cursor) {
    this.collection = collection;
    this.cursor = cursor;
  }

  /** The items of this page, as a collection. */
  public C collection() {
    return collection;
  }

  /** A cursor for {@link CollectionQuery#startAfter(String)}, present when more items follow. */
  public Optional<String> cursor() {
    return Optional.ofNullable(cursor);
  }

  /** Whether more items may follow. */
  public boolean hasMore() {
    return cursor != null;
  }
}
