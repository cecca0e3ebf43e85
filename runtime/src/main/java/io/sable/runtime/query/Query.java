package io.sable.runtime.query;

import io.sable.runtime.TableClient;
import io.sable.runtime.key.SegmentCodec;
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
   * Starts a query on a table or index. For generated repositories, which write one method per
   * access pattern:
   *
   * <pre>{@code
   * Query.on(table, DECODER)
   *     .partitionKey("PK", FlightKeys.partitionKey(origin))
   *     .sortKeyRange("SK", "DEP#", SegmentCodecs.LOCAL_DATE_TIME, "#", false);
   * }</pre>
   *
   * @param table the table
   * @param decoder decodes items; the items it returns null for are left out of the results
   */
  public static <T> Builder<T> on(TableClient table, ItemDecoder<T> decoder) {
    return new Builder<>(Objects.requireNonNull(table, "table"), Objects.requireNonNull(decoder, "decoder"));
  }

  /** Builds a {@link Query} or {@link RangeQuery}; see {@link Query#on}. */
  public static final class Builder<T> {
    private final TableClient table;
    private final ItemDecoder<T> decoder;
    private String indexName;
    private String partitionKeyAttribute;
    private String partitionKeyValue;
    private String sortKeyAttribute;
    private SortKeyCondition sortKeyCondition = new SortKeyCondition.None();

    private Builder(TableClient table, ItemDecoder<T> decoder) {
      this.table = table;
      this.decoder = decoder;
    }

    /** Queries this global secondary index instead of the table. */
    public Builder<T> index(String name) {
      this.indexName = Objects.requireNonNull(name, "name");
      return this;
    }

    /** The item collection: the partition key attribute of the table or index, and its value. */
    public Builder<T> partitionKey(String attribute, String value) {
      this.partitionKeyAttribute = Objects.requireNonNull(attribute, "attribute");
      this.partitionKeyValue = Objects.requireNonNull(value, "value");
      return this;
    }

    /** Selects the sort keys that start with {@code prefix}; an empty prefix selects all. */
    public Builder<T> sortKeyBeginsWith(String attribute, String prefix) {
      this.sortKeyAttribute = Objects.requireNonNull(attribute, "attribute");
      this.sortKeyCondition = prefix.isEmpty() ? new SortKeyCondition.None() : new SortKeyCondition.BeginsWith(prefix);
      return this;
    }

    /** Selects the items whose sort key equals {@code value}. */
    public Builder<T> sortKeyEqualTo(String attribute, String value) {
      this.sortKeyAttribute = Objects.requireNonNull(attribute, "attribute");
      this.sortKeyCondition = new SortKeyCondition.Equal(Objects.requireNonNull(value, "value"));
      return this;
    }

    /** The query. */
    public Query<T> build() {
      if (partitionKeyAttribute == null) {
        throw new IllegalStateException("A query needs a partition key value");
      }
      return new Query<>(new Spec<>(table, decoder, indexName, partitionKeyAttribute, partitionKeyValue,
          sortKeyAttribute, sortKeyCondition, null, false, null));
    }

    /**
     * A query that takes one condition on the sort key field that follows {@code prefix}.
     *
     * @param attribute the sort key attribute of the table or index
     * @param prefix the sort key prefix before the field: the template's leading literal and the
     *     bound fields, each with the literal after it
     * @param codec the field's key segment encoding
     * @param literalAfter the template literal right after the field ({@code ""} if none)
     * @param lastField whether the field is the template's last field
     */
    public <V> RangeQuery<T, V> sortKeyRange(
        String attribute, String prefix, SegmentCodec<V> codec, String literalAfter, boolean lastField) {
      sortKeyBeginsWith(attribute, prefix);
      return new RangeQuery<>(build().spec, prefix, codec, literalAfter, lastField);
    }
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
