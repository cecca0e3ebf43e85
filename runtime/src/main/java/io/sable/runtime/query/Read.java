package io.sable.runtime.query;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What a {@link Query} and a {@link Scan} return: one page, every item, the first item, or a lazy
 * stream, all up to the limit.
 *
 * @param <T> the type of the items
 */
public abstract class Read<T> {

  final ReadSpec<T> read;

  Read(ReadSpec<T> read) {
    this.read = read;
  }

  /** One call: the decoded items after {@code start} and the {@code LastEvaluatedKey}. */
  abstract Pager.Fetched<T> fetch(Map<String, AttributeValue> start, Integer limit);

  /** Runs one call and returns its page. */
  public Page<T> page() {
    return Pager.page(this::fetch, read.exclusiveStartKey(), read.limit());
  }

  /** Every item (up to the limit), reading as many pages as needed. */
  public List<T> list() {
    return Pager.list(this::fetch, read.exclusiveStartKey(), read.limit());
  }

  /** The first item, if any; reads as few items as it can. */
  public Optional<T> first() {
    return Pager.stream(this::fetch, read.exclusiveStartKey(), 1).findFirst();
  }

  /** The items as a lazy, sequential stream (up to the limit): each page is read when reached. */
  public Stream<T> stream() {
    return Pager.stream(this::fetch, read.exclusiveStartKey(), read.limit());
  }
}
