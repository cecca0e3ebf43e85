package io.sable.runtime.query;

/**
 * Gathers the decoded items of one item collection into a typed collection object; generated
 * table classes write one per {@code @ItemCollection}.
 *
 * @param <C> the collection type, such as {@code AirportCollection}
 */
public interface CollectionBuilder<C> {

  /** Takes one decoded item; items of types the collection does not hold are ignored. */
  void add(Object item);

  /** The collection of the items added so far. */
  C build();
}
