package io.sable.runtime.query;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What a {@link Query} and a {@link Scan} return: one page, every item, the first item, a lazy
 * stream of items or of pages, or a count, all up to the limit.
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

  /**
   * The count of {@link #count()} from {@code Select = COUNT} requests only, or null if DynamoDB
   * cannot select exactly the items {@link #fetch} returns, so that counting must decode.
   */
  abstract Long countOnServer();

  /**
   * Runs one call and returns its page: a Query or Scan request whose DynamoDB {@code Limit} is the
   * page size, capped by the limit, starting after the cursor if one was given.
   */
  public Page<T> page() {
    return Pager.page(this::fetch, Pager.Window.of(read));
  }

  /**
   * Every page, as a lazy, sequential stream: each page is one request, sent when the stream
   * reaches it with the page size as its {@code Limit}, and the stream ends after the page without
   * a cursor, or when the pages hold the limit's number of items. Each page's cursor resumes after it ({@code startAfter}), so that a
   * page can be handed to a client and the next one fetched later.
   */
  public Stream<Page<T>> pages() {
    return Pager.pages(this::fetch, Pager.Window.of(read));
  }

  /** Every item (up to the limit), reading as many pages as needed. */
  public List<T> list() {
    return Pager.list(this::fetch, Pager.Window.of(read));
  }

  /** The first item, if any; reads as few items as it can. */
  public Optional<T> first() {
    return Pager.stream(this::fetch, new Pager.Window(read.exclusiveStartKey(), 1, read.pageSize())).findFirst();
  }

  /** The items as a lazy, sequential stream (up to the limit): each page is read when reached. */
  public Stream<T> stream() {
    return Pager.stream(this::fetch, Pager.Window.of(read));
  }

  /**
   * The number of items {@link #list()} would return (at most the limit), counted by DynamoDB: each
   * page is a request with {@code Select = COUNT}, the entity-type check and the filter evaluated
   * by DynamoDB, and only the {@code Count} returned. It costs the read capacity of the items read,
   * as {@link #list()} does; what it saves is the transfer.
   *
   * <p>A sort-key range on a key template whose bound is exclusive is read inclusive and the items
   * on the bound left out after reading; its count is the range's less a {@code Select = COUNT}
   * Query for each such bound. With a limit or a cursor as well, or with a hand-written decoder,
   * the items are read, decoded and counted instead.
   */
  public long count() {
    Long counted = countOnServer();
    return counted != null ? counted : stream().count();
  }
}
