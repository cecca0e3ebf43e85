package io.sable.runtime.query;

import io.sable.runtime.TableClient;
import io.sable.runtime.schema.ItemDecoder;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * A Query on one item collection (one partition key value) of a table or index, returning typed
 * items. Immutable: every method returns a new query, so a query can be kept and run again.
 *
 * <pre>{@code
 * List<Flight> latest = flights.departures("SEA").descending().limit(10).list();
 * }</pre>
 *
 * <p>Reads are eventually consistent. Items of other entity types that share the key range are left
 * out of the results (they still count towards DynamoDB's {@code Limit}).
 *
 * @param <T> the type of the items
 */
public class Query<T> {

  /** Everything a query needs to build its request; shared by {@link RangeQuery}. */
  record Spec<T>(
      TableClient table,
      ItemDecoder<T> decoder,
      String indexName,
      String partitionKeyAttribute,
      String partitionKeyValue,
      String sortKeyAttribute,
      SortKeyCondition sortKeyCondition,
      Integer limit,
      boolean descending,
      Map<String, AttributeValue> exclusiveStartKey) {

    Spec<T> with(SortKeyCondition condition) {
      return copy(condition, limit, descending, exclusiveStartKey);
    }

    Spec<T> withLimit(Integer newLimit) {
      return copy(sortKeyCondition, newLimit, descending, exclusiveStartKey);
    }

    Spec<T> withDescending(boolean newDescending) {
      return copy(sortKeyCondition, limit, newDescending, exclusiveStartKey);
    }

    Spec<T> withStart(Map<String, AttributeValue> start) {
      return copy(sortKeyCondition, limit, descending, start);
    }

    private Spec<T> copy(
        SortKeyCondition condition, Integer newLimit, boolean newDescending, Map<String, AttributeValue> start) {
      return new Spec<>(table, decoder, indexName, partitionKeyAttribute, partitionKeyValue,
          sortKeyAttribute, condition, newLimit, newDescending, start);
    }
  }

  final Spec<T> spec;

  Query(Spec<T> spec) {
    this.spec = spec;
  }

  /**
   * A query on the item collection whose partition key is {@code partitionKeyValue}, restricted to
   * sort keys that start with {@code sortKeyPrefix}. For generated repositories.
   *
   * @param table the table
   * @param decoder decodes items; items it returns null for are left out
   * @param indexName the global secondary index to query, or null for the table
   * @param partitionKeyAttribute the partition key attribute of the table or index
   * @param partitionKeyValue the partition key value
   * @param sortKeyAttribute the sort key attribute of the table or index, or null if it has none
   * @param sortKeyPrefix the prefix every selected sort key has; empty for all
   */
  public static <T> Query<T> of(
      TableClient table,
      ItemDecoder<T> decoder,
      String indexName,
      String partitionKeyAttribute,
      String partitionKeyValue,
      String sortKeyAttribute,
      String sortKeyPrefix) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(decoder, "decoder");
    Objects.requireNonNull(partitionKeyAttribute, "partitionKeyAttribute");
    Objects.requireNonNull(partitionKeyValue, "partitionKeyValue");
    SortKeyCondition condition =
        sortKeyPrefix == null || sortKeyPrefix.isEmpty()
            ? new SortKeyCondition.None()
            : new SortKeyCondition.BeginsWith(sortKeyPrefix);
    if (sortKeyAttribute == null && !(condition instanceof SortKeyCondition.None)) {
      throw new IllegalArgumentException("A sort-key prefix needs a sort key attribute");
    }
    return new Query<>(
        new Spec<>(table, decoder, indexName, partitionKeyAttribute, partitionKeyValue,
            sortKeyAttribute, condition, null, false, null));
  }

  /**
   * At most {@code limit} items: {@link #list()} and {@link #stream()} return no more in total, and
   * {@link #page()} sends it as DynamoDB's {@code Limit} (items read per page).
   *
   * @throws IllegalArgumentException if {@code limit} is not positive
   */
  public Query<T> limit(int limit) {
    return new Query<>(spec.withLimit(checkLimit(limit)));
  }

  /** Items in descending sort-key order ({@code ScanIndexForward = false}). */
  public Query<T> descending() {
    return new Query<>(spec.withDescending(true));
  }

  /**
   * Continues after the page that returned this cursor ({@code ExclusiveStartKey}). Use the cursor
   * with the same query it came from.
   *
   * @throws IllegalArgumentException if the string is not a cursor returned by a Sable query
   */
  public Query<T> startAfter(String cursor) {
    return new Query<>(spec.withStart(Cursors.decode(Objects.requireNonNull(cursor, "cursor"))));
  }

  /** Runs one Query call and returns its page. */
  public Page<T> page() {
    Fetched<T> fetched = fetch(spec.exclusiveStartKey(), spec.limit());
    return new Page<>(
        fetched.items(), fetched.lastEvaluatedKey() == null ? null : Cursors.encode(fetched.lastEvaluatedKey()));
  }

  /** Every item (up to the limit), reading as many pages as needed. */
  public List<T> list() {
    List<T> items = new ArrayList<>();
    stream().forEach(items::add);
    return items;
  }

  /** The first item, if any. */
  public Optional<T> first() {
    return limit(1).stream().findFirst();
  }

  /**
   * The items as a lazy stream (up to the limit): each page is read when the stream reaches it.
   * Sequential.
   */
  public Stream<T> stream() {
    Iterator<T> iterator = new PagingIterator();
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  /** The decoded items of one Query call and its {@code LastEvaluatedKey}, or null at the end. */
  private record Fetched<T>(List<T> items, Map<String, AttributeValue> lastEvaluatedKey) {}

  private Fetched<T> fetch(Map<String, AttributeValue> startKey, Integer limit) {
    SortKeyCondition.KeyCondition condition =
        spec.sortKeyCondition()
            .keyCondition(spec.partitionKeyAttribute(), spec.partitionKeyValue(), spec.sortKeyAttribute());
    QueryRequest.Builder request =
        QueryRequest.builder()
            .tableName(spec.table().tableName())
            .indexName(spec.indexName())
            .keyConditionExpression(condition.expression())
            .expressionAttributeNames(condition.names())
            .expressionAttributeValues(condition.values())
            .scanIndexForward(!spec.descending())
            .limit(limit);
    if (startKey != null) {
      request.exclusiveStartKey(startKey);
    }
    QueryResponse response = spec.table().dynamoDb().query(request.build());
    List<T> items = new ArrayList<>(response.items().size());
    for (Map<String, AttributeValue> item : response.items()) {
      if (!condition.excludedSortKeys().isEmpty()) {
        AttributeValue sortKey = item.get(spec.sortKeyAttribute());
        if (sortKey != null && condition.excludedSortKeys().contains(sortKey.s())) {
          continue;
        }
      }
      T decoded = spec.decoder().decode(item);
      if (decoded != null) {
        items.add(decoded);
      }
    }
    boolean more = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty();
    return new Fetched<>(items, more ? response.lastEvaluatedKey() : null);
  }

  static int checkLimit(int limit) {
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive, got " + limit);
    }
    return limit;
  }

  /** Reads pages on demand, stopping at the limit or when DynamoDB has no more. */
  private final class PagingIterator implements Iterator<T> {
    private Iterator<T> current = List.<T>of().iterator();
    private Map<String, AttributeValue> nextStart = spec.exclusiveStartKey();
    private boolean exhausted;
    private int remaining = spec.limit() == null ? Integer.MAX_VALUE : spec.limit();

    @Override
    public boolean hasNext() {
      while (!current.hasNext()) {
        if (exhausted || remaining == 0) {
          return false;
        }
        Fetched<T> page = fetch(nextStart, spec.limit() == null ? null : remaining);
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

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + spec.table().tableName()
        + (spec.indexName() == null ? "" : "/" + spec.indexName()) + ", "
        + spec.partitionKeyAttribute() + " = " + spec.partitionKeyValue() + ", "
        + spec.sortKeyCondition() + (spec.limit() == null ? "" : ", limit " + spec.limit())
        + (spec.descending() ? ", descending" : "") + "]";
  }
}
