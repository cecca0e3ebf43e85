package io.sable.runtime.query;

import java.util.List;
import java.util.Optional;

/**
 * One page of a query's results.
 *
 * <p>A page may hold fewer items than the query's limit, even none, while more follow: DynamoDB's
 * {@code Limit} counts the items it reads, and a page also ends at 1 MB of items read. Continue
 * while {@link #cursor()} is present.
 *
 * @param <T> the type of the items
 */
public final class Page<T> {

  private final List<T> items;
  private final String cursor;

  Page(List<T> items, String cursor) {
    this.items = List.copyOf(items);
    this.cursor = cursor;
  }

  /** The items, in key order (or reversed for a descending query). */
  public List<T> items() {
    return items;
  }

  /**
   * An opaque cursor to pass to {@link Query#startAfter(String)} for the next page, present when
   * DynamoDB returned a {@code LastEvaluatedKey}.
   */
  public Optional<String> cursor() {
    return Optional.ofNullable(cursor);
  }

  /** Whether more items may follow ({@link #cursor()} is present). */
  public boolean hasMore() {
    return cursor != null;
  }

  @Override
  public String toString() {
    return "Page[" + items.size() + " items" + (cursor == null ? "" : ", more") + "]";
  }
}
