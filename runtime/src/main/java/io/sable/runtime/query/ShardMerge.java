package io.sable.runtime.query;

import io.sable.runtime.table.IndexDefinition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * One page of a Query across the N partition key values of a write-sharded key, merged in sort-key
 * order.
 *
 * <p>Each page sends one Query to every shard not yet exhausted, one after another or, with {@link
 * Query#inParallel}, all at once, each with the page's {@code Limit}. A shard that returned a {@code LastEvaluatedKey} may hold unread items at or
 * after its last read sort key (its frontier), so the page keeps only the items up to the nearest
 * frontier, in the query's direction, and at most the page's limit of them; ties keep shard order.
 * The shard with the nearest frontier always gives up all its items, so every page makes progress,
 * though it may hold fewer items than asked (as a DynamoDB page may).
 *
 * <p>The position of each shard (not started, exhausted, or the key of the last item it gave the
 * page, or its {@code LastEvaluatedKey} when it gave all) is packed into one key map, which {@link
 * Pager} and {@link Cursors} carry as they carry a {@code LastEvaluatedKey}: entry {@code "#shards"}
 * holds N, and entry {@code "i"} shard i's position as an encoded cursor ({@code ""} once
 * exhausted; absent before its first request).
 */
final class ShardMerge<T> {

  /** A decoded item with the item it came from, whose key attributes are a position. */
  record Kept<T>(T item, Map<String, AttributeValue> raw) {}

  /** What one shard's request returned: its kept items in key order, and its {@code LastEvaluatedKey} or null. */
  record Fetched<T>(List<Kept<T>> items, Map<String, AttributeValue> lastEvaluatedKey) {}

  private static final String COUNT = "#shards";
  private static final String EXHAUSTED = "";

  private record Candidate<T>(Kept<T> kept, AttributeValue sortKey, int shard, int order) {}

  private final Query<T> query;
  private final List<AttributeValue> shardKeys;

  ShardMerge(Query<T> query) {
    this.query = query;
    this.shardKeys = query.key.shardKeys();
  }

  /** The next page after {@code start} (null: the first page), with at most {@code limit} items. */
  Pager.Fetched<T> fetch(Map<String, AttributeValue> start, Integer limit) {
    int n = shardKeys.size();
    String[] positions = decode(start, n);
    String sortKeyAttribute = query.key.sortKeyAttribute();
    Comparator<AttributeValue> ascending = ShardMerge::compare;
    Comparator<AttributeValue> order = query.key.descending() ? ascending.reversed() : ascending;
    List<Candidate<T>> candidates = new ArrayList<>();
    List<Fetched<T>> fetched = fetchAll(positions, limit);
    AttributeValue cutoff = null;
    for (int i = 0; i < n; i++) {
      Fetched<T> shard = fetched.get(i);
      if (shard == null) {
        continue;
      }
      for (int j = 0; j < shard.items().size(); j++) {
        Kept<T> kept = shard.items().get(j);
        candidates.add(new Candidate<>(kept, sortKeyOf(kept.raw(), sortKeyAttribute), i, j));
      }
      if (shard.lastEvaluatedKey() != null) {
        AttributeValue frontier = sortKeyOf(shard.lastEvaluatedKey(), sortKeyAttribute);
        if (cutoff == null || order.compare(frontier, cutoff) < 0) {
          cutoff = frontier;
        }
      }
    }
    candidates.sort(Comparator.<Candidate<T>, AttributeValue>comparing(Candidate::sortKey, order)
        .thenComparingInt(Candidate::shard)
        .thenComparingInt(Candidate::order));
    int[] taken = new int[n];
    List<T> items = new ArrayList<>();
    for (Candidate<T> candidate : candidates) {
      if ((limit != null && items.size() >= limit) || (cutoff != null && order.compare(candidate.sortKey(), cutoff) > 0)) {
        break;
      }
      items.add(candidate.kept().item());
      taken[candidate.shard()]++;
    }
    boolean more = false;
    for (int i = 0; i < n; i++) {
      if (fetched.get(i) != null) {
        positions[i] = next(fetched.get(i), taken[i], positions[i]);
      }
      more |= !EXHAUSTED.equals(positions[i]);
    }
    return new Pager.Fetched<>(items, more ? encode(positions) : null);
  }

  /**
   * The sum of each shard's server-side count, or null when one cannot be counted on the server, or
   * a limit or cursor applies (then the merged items are counted).
   */
  Long countOnServer() {
    if (query.read.limit() != null || query.read.exclusiveStartKey() != null) {
      return null;
    }
    long total = 0;
    for (AttributeValue shardKey : shardKeys) {
      Long counted = new Query<>(query.read, query.key.onShard(shardKey)).countOnServer();
      if (counted == null) {
        return null;
      }
      total += counted;
    }
    return total;
  }

  /**
   * One request on one shard's partition key value, keeping each decoded item with its item, whose key
   * attributes (the table's and the index's) are a position to resume from.
   */
  private Fetched<T> fetchShard(AttributeValue shardKey, Map<String, AttributeValue> startKey, Integer limit) {
    KeyConditionWriter keys = new KeyConditionWriter();
    QueryResponse response = new Query<>(query.read, query.key.onShard(shardKey)).send(keys, startKey, limit);
    Set<AttributeValue> excluded = keys.excluded();
    String sortKeyAttribute = query.key.sortKeyAttribute();
    List<Kept<T>> items = new ArrayList<>(response.items().size());
    for (Map<String, AttributeValue> item : response.items()) {
      if (!excluded.isEmpty() && excluded.contains(item.get(sortKeyAttribute))) {
        continue;
      }
      T decoded = query.read.decoder().decode(item);
      if (decoded != null) {
        items.add(new Kept<>(decoded, item));
      }
    }
    return new Fetched<>(items, Pager.lastEvaluatedKey(response.hasLastEvaluatedKey(), response.lastEvaluatedKey()));
  }

  /** The key attributes of a position in the read's table or index, as in its {@code LastEvaluatedKey}. */
  static List<String> positionAttributes(ReadSpec<?> read) {
    List<String> names = new ArrayList<>();
    names.add(read.table().definition().partitionKey());
    read.table().definition().sortKey().ifPresent(names::add);
    if (read.indexName() != null) {
      IndexDefinition index = read.table().definition().index(read.indexName());
      names.add(index.partitionKey());
      index.sortKeyAttribute().ifPresent(names::add);
    }
    return names.stream().distinct().toList();
  }

  /** Each shard's next request, null for an exhausted shard: in turn, or all at once on the query's executor. */
  private List<Fetched<T>> fetchAll(String[] positions, Integer limit) {
    List<Supplier<Fetched<T>>> requests = new ArrayList<>();
    for (int i = 0; i < positions.length; i++) {
      String position = positions[i];
      AttributeValue shardKey = shardKeys.get(i);
      requests.add(EXHAUSTED.equals(position) ? () -> null
          : () -> fetchShard(shardKey, position == null ? null : Cursors.decode(position), limit));
    }
    Executor executor = query.key.shardExecutor();
    if (executor == null) {
      return requests.stream().map(Supplier::get).toList();
    }
    List<CompletableFuture<Fetched<T>>> futures =
        requests.stream().map(request -> CompletableFuture.supplyAsync(request, executor)).toList();
    List<Fetched<T>> results = new ArrayList<>();
    for (CompletableFuture<Fetched<T>> future : futures) {
      try {
        results.add(future.join());
      } catch (CompletionException e) {
        futures.forEach(f -> f.cancel(false));
        throw e.getCause() instanceof RuntimeException cause ? cause : e;
      }
    }
    return results;
  }

  private String next(Fetched<T> shard, int taken, String position) {
    if (taken == shard.items().size()) {
      return shard.lastEvaluatedKey() == null ? EXHAUSTED : Cursors.encode(shard.lastEvaluatedKey());
    }
    if (taken == 0) {
      return position;
    }
    Map<String, AttributeValue> raw = shard.items().get(taken - 1).raw();
    Map<String, AttributeValue> key = new HashMap<>();
    for (String name : positionAttributes(query.read)) {
      AttributeValue value = raw.get(name);
      if (value == null) {
        throw new IllegalStateException("Item read from " + query + " lacks key attribute " + name);
      }
      key.put(name, value);
    }
    return Cursors.encode(key);
  }

  private static AttributeValue sortKeyOf(Map<String, AttributeValue> item, String attribute) {
    return attribute == null ? null : item.get(attribute);
  }

  private static String[] decode(Map<String, AttributeValue> start, int n) {
    String[] positions = new String[n];
    if (start == null) {
      return positions;
    }
    AttributeValue count = start.get(COUNT);
    if (count == null || count.n() == null || !count.n().equals(Integer.toString(n))) {
      throw new IllegalArgumentException(
          "The cursor is not one of a query across " + n + " shards; use a cursor with the query it came from");
    }
    for (int i = 0; i < n; i++) {
      AttributeValue position = start.get(Integer.toString(i));
      positions[i] = position == null ? null : position.s();
    }
    return positions;
  }

  private static Map<String, AttributeValue> encode(String[] positions) {
    Map<String, AttributeValue> state = new HashMap<>();
    state.put(COUNT, AttributeValue.fromN(Integer.toString(positions.length)));
    for (int i = 0; i < positions.length; i++) {
      if (positions[i] != null) {
        state.put(Integer.toString(i), AttributeValue.fromS(positions[i]));
      }
    }
    return state;
  }

  /** DynamoDB's order of key values of one type: strings by UTF-8 bytes, numbers by value, binaries by unsigned bytes. */
  static int compare(AttributeValue a, AttributeValue b) {
    if (a == null || b == null) {
      return 0;
    }
    if (a.s() != null && b.s() != null) {
      return Utf8Order.compare(a.s(), b.s());
    }
    if (a.n() != null && b.n() != null) {
      return new BigDecimal(a.n()).compareTo(new BigDecimal(b.n()));
    }
    if (a.b() != null && b.b() != null) {
      return Arrays.compareUnsigned(bytes(a.b()), bytes(b.b()));
    }
    throw new IllegalArgumentException("Sort key values of different types: " + a + ", " + b);
  }

  private static byte[] bytes(SdkBytes value) {
    return value.asByteArrayUnsafe();
  }
}
