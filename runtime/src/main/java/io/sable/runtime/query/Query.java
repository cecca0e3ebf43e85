package io.sable.runtime.query;

import io.sable.runtime.TableClient;
import io.sable.runtime.condition.Attribute;
import io.sable.runtime.condition.Condition;
import io.sable.runtime.key.SegmentCodec;
import io.sable.runtime.schema.ItemDecoder;
import io.sable.runtime.schema.ItemSelection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * A Query on one item collection (one partition key value) of a table or index, returning typed
 * items. Immutable: every method returns a new query, so a query can be kept and run again.
 *
 * <pre>{@code
 * List<Flight> latest = flights.departures("SEA").descending().limit(10).list();
 * }</pre>
 *
 * <p>Reads are eventually consistent unless {@link #consistentRead()} is asked. Items of other
 * entity types that share the key range are left out of the results (they still count towards
 * DynamoDB's {@code Limit} and read capacity).
 *
 * @param <T> the type of the items
 */
public class Query<T> extends Read<T> {

  /**
   * The key condition and direction; the rest is in {@link ReadSpec}. A write-sharded key has every
   * shard's partition key value in {@code shardKeys} (null otherwise), and {@code partitionKeyValue}
   * is the shard one request reads (null for the query across all shards); {@code shardExecutor},
   * if not null, sends the shards' requests of one page concurrently.
   */
  record KeySpec(
      String partitionKeyAttribute,
      AttributeValue partitionKeyValue,
      List<AttributeValue> shardKeys,
      Executor shardExecutor,
      String sortKeyAttribute,
      SortKeyCondition sortKeyCondition,
      boolean descending) {

    KeySpec with(SortKeyCondition condition) {
      return new KeySpec(partitionKeyAttribute, partitionKeyValue, shardKeys, shardExecutor, sortKeyAttribute,
          condition, descending);
    }

    KeySpec descendingOrder() {
      return new KeySpec(partitionKeyAttribute, partitionKeyValue, shardKeys, shardExecutor, sortKeyAttribute,
          sortKeyCondition, true);
    }

    KeySpec onShard(AttributeValue shardKey) {
      return new KeySpec(partitionKeyAttribute, shardKey, shardKeys, shardExecutor, sortKeyAttribute,
          sortKeyCondition, descending);
    }

    KeySpec inParallel(Executor executor) {
      return new KeySpec(partitionKeyAttribute, partitionKeyValue, shardKeys, executor, sortKeyAttribute,
          sortKeyCondition, descending);
    }

    boolean acrossShards() {
      return shardKeys != null && partitionKeyValue == null;
    }
  }

  final KeySpec key;

  Query(ReadSpec<T> read, KeySpec key) {
    super(read);
    this.key = key;
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

  /**
   * At most {@code limit} items in all: {@link #list()}, {@link #stream()}, {@link #pages()} and
   * {@link #count()} return no more, and no request's DynamoDB {@code Limit} is above what the limit
   * leaves. Without a {@link #pageSize(int) page size}, each request asks for that many.
   *
   * @throws IllegalArgumentException if {@code limit} is not positive
   */
  public Query<T> limit(int limit) {
    return new Query<>(read.withLimit(limit), key);
  }

  /**
   * Each request reads at most {@code pageSize} items (DynamoDB's {@code Limit}, which counts the
   * items read before the filter and the entity-type check, so a page may return fewer); a page
   * also ends at 1 MB of items read.
   *
   * @throws IllegalArgumentException if {@code pageSize} is not positive
   */
  public Query<T> pageSize(int pageSize) {
    return new Query<>(read.withPageSize(pageSize), key);
  }

  /**
   * On a write-sharded key ({@link Builder#partitionKeys}), sends the N requests of each page
   * concurrently on {@code executor} instead of one after another, and waits for all of them; the
   * merged result is the same. The executor should not be the one running the caller, or a page can
   * wait on itself. No effect on a query of one partition key value.
   *
   * <pre>{@code
   * ExecutorService shards = Executors.newFixedThreadPool(8);
   * List<Shipment> pending = shipments.inState(Status.PENDING).inParallel(shards).list();
   * }</pre>
   */
  public Query<T> inParallel(Executor executor) {
    return new Query<>(read, key.inParallel(Objects.requireNonNull(executor, "executor")));
  }

  /** Items in descending sort-key order ({@code ScanIndexForward = false}). */
  public Query<T> descending() {
    return new Query<>(read, key.descendingOrder());
  }

  /**
   * Continues after the page that returned this cursor ({@code ExclusiveStartKey}). Use the cursor
   * with the same query it came from.
   *
   * @throws IllegalArgumentException if the string is not a cursor returned by a Sable query
   */
  public Query<T> startAfter(String cursor) {
    return new Query<>(read.withStart(Objects.requireNonNull(cursor, "cursor")), key);
  }

  /**
   * Strongly consistent reads ({@code ConsistentRead = true}, twice the read capacity): allowed on
   * the table and on local secondary indexes.
   *
   * @throws IllegalStateException on a global secondary index, as DynamoDB rejects it
   */
  public Query<T> consistentRead() {
    return new Query<>(read.withConsistentRead(), key);
  }

  /**
   * Only the items that satisfy the condition ({@code FilterExpression}); a second filter is ANDed.
   * DynamoDB applies it after reading: filtered-out items still cost read capacity and count
   * towards {@code Limit}.
   */
  public Query<T> filter(Condition<? super T> condition) {
    return new Query<>(read.withFilter(Objects.requireNonNull(condition, "condition")), key);
  }

  /**
   * Reads only these attributes ({@code ProjectionExpression}), plus what decoding needs (the key
   * attributes and the entity type); the other fields of the returned entities are null, zero or
   * false.
   */
  @SafeVarargs
  public final Query<T> project(Attribute<? super T, ?>... attributes) {
    List<String> names = new ArrayList<>();
    for (Attribute<? super T, ?> attribute : attributes) {
      names.add(attribute.name());
    }
    return new Query<>(read.withProjection(names), key);
  }

  @Override
  Pager.Fetched<T> fetch(Map<String, AttributeValue> startKey, Integer limit) {
    if (key.acrossShards()) {
      return new ShardMerge<>(this).fetch(startKey, limit);
    }
    KeyConditionWriter keys = new KeyConditionWriter();
    return decode(send(keys, startKey, limit), keys.excluded());
  }

  /** Sends the request for one page of this query's partition key value after {@code startKey}. */
  QueryResponse send(KeyConditionWriter keys, Map<String, AttributeValue> startKey, Integer limit) {
    return read.table().dynamoDb().query(request(keys, read, null, startKey, limit).build());
  }

  @Override
  Long countOnServer() {
    if (key.acrossShards()) {
      return new ShardMerge<>(this).countOnServer();
    }
    ItemSelection selection = read.decoder().selection();
    if (selection instanceof ItemSelection.InJava) {
      return null;
    }
    KeyConditionWriter bounds = new KeyConditionWriter();
    bounds.write(key.partitionKeyAttribute(), key.partitionKeyValue(), key.sortKeyAttribute(), key.sortKeyCondition());
    Set<AttributeValue> excluded = bounds.excluded();
    if (!excluded.isEmpty() && (read.limit() != null || read.exclusiveStartKey() != null)) {
      return null;
    }
    ItemSelection.EntityTypes types = selection instanceof ItemSelection.EntityTypes t ? t : null;
    ReadSpec<T> counted = read.withoutProjection();
    long total = Pager.count((startKey, limit) -> {
      Map<String, String> names = new HashMap<>();
      Map<String, AttributeValue> values = new HashMap<>();
      String typeFilter = types == null ? null
          : ReadSpec.entityTypeFilter(types.attribute(), types.entityTypes(), names, values);
      QueryRequest request = request(new KeyConditionWriter(), counted, new Extra(typeFilter, names, values),
          startKey, limit).select(Select.COUNT).build();
      QueryResponse response = read.table().dynamoDb().query(request);
      return new Pager.Counted(response.count(), lastEvaluatedKey(response));
    }, Pager.Window.of(read));
    for (AttributeValue bound : excluded) {
      total -= new Query<>(read, key.with(new SortKeyCondition.Equal(bound))).countOnServer();
    }
    return total;
  }

  /** A filter ANDed to the read's own, with its placeholders. */
  private record Extra(String filter, Map<String, String> names, Map<String, AttributeValue> values) {}

  /** The request for one page after {@code startKey}; the key condition's placeholders and exclusions go into {@code keys}. */
  private QueryRequest.Builder request(KeyConditionWriter keys, ReadSpec<T> spec, Extra extra,
      Map<String, AttributeValue> startKey, Integer limit) {
    String keyCondition = keys.write(key.partitionKeyAttribute(), key.partitionKeyValue(), key.sortKeyAttribute(),
        key.sortKeyCondition());
    List<String> required = new ArrayList<>();
    required.add(key.partitionKeyAttribute());
    if (key.sortKeyAttribute() != null) {
      required.add(key.sortKeyAttribute());
    }
    if (key.shardKeys() != null) {
      ShardMerge.positionAttributes(spec).stream().filter(name -> !required.contains(name)).forEach(required::add);
    }
    Map<String, String> names = new HashMap<>(keys.names());
    Map<String, AttributeValue> values = new HashMap<>(keys.values());
    if (extra != null) {
      names.putAll(extra.names());
      values.putAll(extra.values());
    }
    ReadSpec.Expressions expressions =
        spec.expressions(names, values, extra == null ? null : extra.filter(), required);
    QueryRequest.Builder request = QueryRequest.builder()
        .tableName(spec.table().tableName())
        .indexName(spec.indexName())
        .keyConditionExpression(keyCondition)
        .filterExpression(expressions.filter())
        .projectionExpression(expressions.projection())
        .expressionAttributeNames(expressions.names())
        .expressionAttributeValues(expressions.values())
        .scanIndexForward(!key.descending())
        .limit(limit);
    if (spec.consistentRead()) {
      request.consistentRead(true);
    }
    if (startKey != null) {
      request.exclusiveStartKey(startKey);
    }
    return request;
  }

  private Pager.Fetched<T> decode(QueryResponse response, Set<AttributeValue> excludedSortKeys) {
    List<T> items = new ArrayList<>(response.items().size());
    for (Map<String, AttributeValue> item : response.items()) {
      if (!excludedSortKeys.isEmpty() && excludedSortKeys.contains(item.get(key.sortKeyAttribute()))) {
        continue;
      }
      T decoded = read.decoder().decode(item);
      if (decoded != null) {
        items.add(decoded);
      }
    }
    return new Pager.Fetched<>(items, lastEvaluatedKey(response));
  }

  private static Map<String, AttributeValue> lastEvaluatedKey(QueryResponse response) {
    return Pager.lastEvaluatedKey(response.hasLastEvaluatedKey(), response.lastEvaluatedKey());
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + read.table().tableName()
        + (read.indexName() == null ? "" : "/" + read.indexName()) + ", " + key.partitionKeyAttribute() + " = "
        + (key.acrossShards() ? key.shardKeys().size() + " shards from " + key.shardKeys().get(0)
            : key.partitionKeyValue())
        + ", " + key.sortKeyCondition()
        + (read.limit() == null ? "" : ", limit " + read.limit())
        + (read.pageSize() == null ? "" : ", page size " + read.pageSize()) + (key.descending() ? ", descending" : "") + "]";
  }

  /** Builds a {@link Query} or {@link RangeQuery}; see {@link Query#on}. */
  public static final class Builder<T> {
    private final TableClient table;
    private final ItemDecoder<T> decoder;
    private String indexName;
    private String partitionKeyAttribute;
    private AttributeValue partitionKeyValue;
    private List<AttributeValue> shardKeys;
    private String sortKeyAttribute;
    private SortKeyCondition sortKeyCondition = new SortKeyCondition.None();

    private Builder(TableClient table, ItemDecoder<T> decoder) {
      this.table = table;
      this.decoder = decoder;
    }

    /** Queries this secondary index instead of the table. */
    public Builder<T> index(String name) {
      this.indexName = Objects.requireNonNull(name, "name");
      return this;
    }

    /** The item collection: a string partition key attribute of the table or index, and its value. */
    public Builder<T> partitionKey(String attribute, String value) {
      return partitionKey(attribute, AttributeValue.fromS(Objects.requireNonNull(value, "value")));
    }

    /** The item collection: the partition key attribute of the table or index, and its value of any key type. */
    public Builder<T> partitionKey(String attribute, AttributeValue value) {
      this.partitionKeyAttribute = Objects.requireNonNull(attribute, "attribute");
      this.partitionKeyValue = Objects.requireNonNull(value, "value");
      this.shardKeys = null;
      return this;
    }

    /**
     * A write-sharded item collection: every shard's string partition key value, such as {@link
     * io.sable.runtime.key.KeyTemplate#shardKeys}. The query sends one Query per shard for each page
     * (N requests, each paying for its own reads), one after another unless {@link
     * Query#inParallel} is asked, and merges the items in sort-key order ({@code ScanIndexForward}
     * respected); its cursors hold a position per shard.
     *
     * @throws IllegalArgumentException if {@code values} is empty
     */
    public Builder<T> partitionKeys(String attribute, List<String> values) {
      if (values.isEmpty()) {
        throw new IllegalArgumentException("A sharded query needs at least one partition key value");
      }
      this.partitionKeyAttribute = Objects.requireNonNull(attribute, "attribute");
      this.partitionKeyValue = null;
      this.shardKeys = values.stream().map(AttributeValue::fromS).toList();
      return this;
    }

    /** Selects the sort keys that start with {@code prefix}; an empty prefix selects all. */
    public Builder<T> sortKeyBeginsWith(String attribute, String prefix) {
      this.sortKeyAttribute = Objects.requireNonNull(attribute, "attribute");
      this.sortKeyCondition = prefix.isEmpty() ? new SortKeyCondition.None() : new SortKeyCondition.BeginsWith(prefix);
      return this;
    }

    /** Selects the items whose string sort key equals {@code value}. */
    public Builder<T> sortKeyEqualTo(String attribute, String value) {
      return sortKeyEqualTo(attribute, AttributeValue.fromS(Objects.requireNonNull(value, "value")));
    }

    /** Selects the items whose sort key, of any key type, equals {@code value}. */
    public Builder<T> sortKeyEqualTo(String attribute, AttributeValue value) {
      this.sortKeyAttribute = Objects.requireNonNull(attribute, "attribute");
      this.sortKeyCondition = new SortKeyCondition.Equal(Objects.requireNonNull(value, "value"));
      return this;
    }

    /** The query. */
    public Query<T> build() {
      if (partitionKeyAttribute == null) {
        throw new IllegalStateException("A query needs a partition key value");
      }
      return new Query<>(ReadSpec.of(table, decoder, indexName),
          new KeySpec(partitionKeyAttribute, partitionKeyValue, shardKeys, null, sortKeyAttribute, sortKeyCondition,
              false));
    }

    /**
     * A query that takes one condition on the string sort key's field that follows {@code prefix}.
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
      return new RangeQuery<>(build(), new TemplateSortKey<>(prefix, codec, literalAfter, lastField));
    }

    /**
     * A query that takes one condition on a numeric or binary sort key holding one field as is.
     *
     * @param attribute the sort key attribute of the table or index
     * @param toKeyValue the field's value as the key value ({@code N} or {@code B})
     */
    public <V> RangeQuery<T, V> sortKeyRange(String attribute, Function<V, AttributeValue> toKeyValue) {
      this.sortKeyAttribute = Objects.requireNonNull(attribute, "attribute");
      return new RangeQuery<>(build(), new NativeSortKey<>(toKeyValue));
    }
  }
}
