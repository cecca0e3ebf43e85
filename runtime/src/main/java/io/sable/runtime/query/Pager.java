package io.sable.runtime.query;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Reads pages of a Query or Scan on demand, up to a limit of items returned. */
final class Pager {

  /** The decoded items of one call and its {@code LastEvaluatedKey}, or null at the end. */
  record Fetched<T>(List<T> items, Map<String, AttributeValue> lastEvaluatedKey) {}

  /** One call: the items after {@code start} (null: from the beginning), with DynamoDB's Limit. */
  interface Fetch<T> {
    Fetched<T> fetch(Map<String, AttributeValue> start, Integer limit);
  }

  private Pager() {}

  static <T> Page<T> page(Fetch<T> fetch, Map<String, AttributeValue> start, Integer limit) {
    Fetched<T> fetched = fetch.fetch(start, limit);
    return new Page<>(fetched.items(),
        fetched.lastEvaluatedKey() == null ? null : Cursors.encode(fetched.lastEvaluatedKey()));
  }

  static <T> Stream<T> stream(Fetch<T> fetch, Map<String, AttributeValue> start, Integer limit) {
    Iterator<T> iterator = new PagingIterator<>(fetch, start, limit);
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  static <T> List<T> list(Fetch<T> fetch, Map<String, AttributeValue> start, Integer limit) {
    List<T> items = new ArrayList<>();
    stream(fetch, start, limit).forEach(items::add);
    return items;
  }

  /** Reads pages on demand, stopping at the limit or when DynamoDB has no more. */
  private static final class PagingIterator<T> implements Iterator<T> {
    private final Fetch<T> fetch;
    private final boolean limited;
    private Iterator<T> current = List.<T>of().iterator();
    private Map<String, AttributeValue> nextStart;
    private boolean exhausted;
    private int remaining;

    PagingIterator(Fetch<T> fetch, Map<String, AttributeValue> start, Integer limit) {
      this.fetch = fetch;
      this.nextStart = start;
      this.limited = limit != null;
      this.remaining = limit == null ? Integer.MAX_VALUE : limit;
    }

    @Override
    public boolean hasNext() {
      while (!current.hasNext()) {
        if (exhausted || remaining == 0) {
          return false;
        }
        Fetched<T> page = fetch.fetch(nextStart, limited ? remaining : null);
        current = page.items().iterator();
        nextStart = page.lastEvaluatedKey();
        exhausted = nextStart == null;
      }
      return remaining > 0;
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      remaining--;
      return current.next();
    }
  }
}
