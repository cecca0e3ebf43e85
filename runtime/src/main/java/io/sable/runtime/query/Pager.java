package io.sable.runtime.query;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Collectors;
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

  /** The {@code Count} of one {@code Select = COUNT} call and its {@code LastEvaluatedKey}, or null at the end. */
  record Counted(int count, Map<String, AttributeValue> lastEvaluatedKey) {}

  /** One {@code Select = COUNT} call after {@code start}, with DynamoDB's Limit. */
  interface Count {
    Counted count(Map<String, AttributeValue> start, Integer limit);
  }

  /**
   * Where reading starts and how much it reads.
   *
   * @param start the {@code ExclusiveStartKey} of the first request, or null
   * @param limit the most items returned in all, or null
   * @param pageSize DynamoDB's {@code Limit} for each request, or null
   */
  record Window(Map<String, AttributeValue> start, Integer limit, Integer pageSize) {
    /** The first request's window, from a read's spec. */
    static Window of(ReadSpec<?> spec) {
      return new Window(spec.exclusiveStartKey(), spec.limit(), spec.pageSize());
    }

    /** The {@code Limit} of a request after {@code returned} items: the page size, capped by what the limit leaves. */
    Integer requestLimit(long returned) {
      if (limit == null) {
        return pageSize;
      }
      int left = (int) (limit - returned);
      return pageSize == null ? left : Math.min(pageSize, left);
    }

    /** Whether the limit leaves room after {@code returned} items. */
    boolean allows(long returned) {
      return limit == null || returned < limit;
    }
  }

  private Pager() {}

  /**
   * A response's {@code LastEvaluatedKey}, or null when it has none: the SDK reports an absent
   * key as an empty map.
   */
  static Map<String, AttributeValue> lastEvaluatedKey(boolean present, Map<String, AttributeValue> key) {
    return present && !key.isEmpty() ? key : null;
  }

  static <T> Page<T> page(Fetch<T> fetch, Window window) {
    return toPage(fetch.fetch(window.start(), window.requestLimit(0)));
  }

  private static <T> Page<T> toPage(Fetched<T> fetched) {
    return new Page<>(fetched.items(),
        fetched.lastEvaluatedKey() == null ? null : Cursors.encode(fetched.lastEvaluatedKey()));
  }

  /**
   * The pages, each read when reached, until DynamoDB returns no {@code LastEvaluatedKey} or the
   * pages hold the window's limit of items. Each call's {@code Limit} is capped by what the limit
   * leaves, so no page takes the total past it.
   */
  static <T> Stream<Page<T>> pages(Fetch<T> fetch, Window window) {
    Iterator<Page<T>> pages = new Iterator<>() {
      private Map<String, AttributeValue> next = window.start();
      private boolean exhausted;
      private long returned;

      @Override
      public boolean hasNext() {
        return !exhausted && window.allows(returned);
      }

      @Override
      public Page<T> next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Fetched<T> fetched = fetch.fetch(next, window.requestLimit(returned));
        returned += fetched.items().size();
        next = fetched.lastEvaluatedKey();
        exhausted = next == null;
        return toPage(fetched);
      }
    };
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  /** The items of {@link #pages}, in order. */
  static <T> Stream<T> stream(Fetch<T> fetch, Window window) {
    return pages(fetch, window).flatMap(page -> page.items().stream());
  }

  static <T> List<T> list(Fetch<T> fetch, Window window) {
    return stream(fetch, window).collect(Collectors.toCollection(ArrayList::new));
  }

  /** Sums the {@code Count} of every page, up to the window's limit, as {@link #pages} reads them. */
  static long count(Count count, Window window) {
    long total = 0;
    Map<String, AttributeValue> next = window.start();
    do {
      Counted counted = count.count(next, window.requestLimit(total));
      total += counted.count();
      next = counted.lastEvaluatedKey();
    } while (next != null && window.allows(total));
    return total;
  }
}
