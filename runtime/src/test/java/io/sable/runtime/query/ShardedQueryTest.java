package io.sable.runtime.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sable.engine.SableEngine;
import io.sable.runtime.TableClient;
import io.sable.runtime.condition.Attribute;
import io.sable.runtime.key.KeyTemplate;
import io.sable.runtime.key.SegmentCodecs;
import io.sable.runtime.schema.Attributes;
import io.sable.runtime.schema.ItemDecoder;
import io.sable.runtime.table.TableDefinition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Queries across the shards of a write-sharded GSI partition key on the engine: orders by status,
 * {@code STATUS#{status}#{shard:4:id}}, sorted by {@code {total}#{id}}; every result is compared with
 * the same selection made in memory.
 */
class ShardedQueryTest {

  private static final TableDefinition TABLE = TableDefinition.builder("Orders")
      .globalSecondaryIndex("ByStatus", "StatusPK", "StatusSK").build();
  private static final KeyTemplate STATUS_PK = KeyTemplate.parse("STATUS#{status}#{shard:4:id}");
  private static final KeyTemplate STATUS_SK = KeyTemplate.parse("{total}#{id}");
  private static final int ORDERS = 57;

  private record Order(String id, int total) {}

  private static SableEngine engine;
  private static TableClient table;
  private static final AtomicInteger QUERIES = new AtomicInteger();
  private static final List<Order> PENDING = new ArrayList<>();

  @BeforeAll
  static void seed() {
    engine = SableEngine.create();
    DynamoDbClient counting = new DynamoDbClient() {
      @Override
      public software.amazon.awssdk.services.dynamodb.model.QueryResponse query(
          software.amazon.awssdk.services.dynamodb.model.QueryRequest request) {
        QUERIES.incrementAndGet();
        return engine.dynamoDbClient().query(request);
      }

      @Override
      public String serviceName() {
        return "dynamodb";
      }

      @Override
      public void close() {}
    };
    TABLE.create(engine.dynamoDbClient());
    table = new TableClient(counting, TABLE);
    for (int i = 0; i < ORDERS; i++) {
      Order order = new Order("o" + i, (i * 37) % 20);   // repeated totals: ties across shards
      PENDING.add(order);
      put(order, "PENDING");
    }
    put(new Order("x1", 5), "SHIPPED");
  }

  private static void put(Order order, String status) {
    String id = SegmentCodecs.STRING.encode(order.id());
    engine.dynamoDbClient().putItem(b -> b.tableName("Orders").item(Map.of(
        "PK", AttributeValue.fromS("ORDER#" + order.id()),
        "SK", AttributeValue.fromS("ORDER"),
        "StatusPK", AttributeValue.fromS(STATUS_PK.formatSharded(id, status)),
        "StatusSK", AttributeValue.fromS(STATUS_SK.format(SegmentCodecs.INTEGER.encode(order.total()), id)),
        "id", AttributeValue.fromS(order.id()),
        "total", AttributeValue.fromN(Integer.toString(order.total())))));
  }

  @AfterAll
  static void stop() {
    engine.close();
  }

  private static Query<Order> pending() {
    ItemDecoder<Order> decoder = item -> new Order(item.get("id").s(), Integer.parseInt(item.get("total").n()));
    return Query.on(table, decoder).index("ByStatus")
        .partitionKeys("StatusPK", STATUS_PK.shardKeys("PENDING"))
        .sortKeyBeginsWith("StatusSK", "")
        .build();
  }

  private static List<Order> expected(boolean descending) {
    Comparator<Order> order = Comparator.comparingInt(Order::total).thenComparing(Order::id);
    return PENDING.stream().sorted(descending ? order.reversed() : order).toList();
  }

  @Test
  void list_whenKeyIsSharded_readsEveryShardMergedInSortKeyOrder() {
    List<Order> read = pending().list();

    assertThat(read).extracting(Order::total).isSorted();
    assertThat(read).containsExactlyInAnyOrderElementsOf(PENDING);
  }

  @Test
  void list_whenDescending_mergesInDescendingSortKeyOrder() {
    List<Order> read = pending().descending().list();

    assertThat(read).extracting(Order::total).isSortedAccordingTo(Comparator.reverseOrder());
    assertThat(read).hasSize(ORDERS);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 5, 13, 100})
  void page_whenFollowingCursors_returnsEveryItemOnceInOrder(int pageSize) {
    for (boolean descending : List.of(false, true)) {
      List<Order> read = new ArrayList<>();
      Query<Order> query = descending ? pending().descending().limit(pageSize) : pending().limit(pageSize);
      Page<Order> page = query.page();
      read.addAll(page.items());
      while (page.hasMore()) {
        assertThat(page.items().size()).isLessThanOrEqualTo(pageSize);
        page = query.startAfter(page.cursor().orElseThrow()).page();
        read.addAll(page.items());
      }
      assertThat(read).extracting(Order::total)
          .containsExactlyElementsOf(expected(descending).stream().map(Order::total).toList());
      assertThat(read).containsExactlyInAnyOrderElementsOf(PENDING);
    }
  }

  @Test
  void page_whenFirstPage_sendsOneQueryPerShard() {
    QUERIES.set(0);

    pending().limit(3).page();

    assertThat(QUERIES.get()).isEqualTo(4);
  }

  @Test
  void list_whenLimitAndPageSize_returnsTheFirstItemsInOrder() {
    List<Order> read = pending().pageSize(4).limit(10).list();

    assertThat(read).extracting(Order::total)
        .containsExactlyElementsOf(expected(false).subList(0, 10).stream().map(Order::total).toList());
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3, 8})
  void page_whenFilterDropsMostItems_stillPagesEveryKeptItemOnceInOrder(int pageSize) {
    Query<Order> query = pending().filter(Attribute.<Order, Integer>of("total", Attributes.converter(Integer.class)).greaterThanOrEqualTo(15))
        .pageSize(pageSize);
    List<Order> read = new ArrayList<>();
    Page<Order> page = query.page();
    read.addAll(page.items());
    while (page.hasMore()) {
      page = query.startAfter(page.cursor().orElseThrow()).page();
      read.addAll(page.items());
    }

    List<Order> expected = expected(false).stream().filter(o -> o.total() >= 15).toList();
    assertThat(read).extracting(Order::total).containsExactlyElementsOf(expected.stream().map(Order::total).toList());
    assertThat(read).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void inParallel_whenGivenAnExecutor_sendsEveryShardOnItAndMergesTheSame() throws InterruptedException {
    ExecutorService executor = Executors.newFixedThreadPool(4);
    AtomicInteger submitted = new AtomicInteger();
    try {
      Query<Order> query = pending().limit(5).inParallel(task -> {
        submitted.incrementAndGet();
        executor.execute(task);
      });
      List<Order> read = new ArrayList<>();
      Page<Order> page = query.page();
      read.addAll(page.items());
      while (page.hasMore()) {
        page = query.startAfter(page.cursor().orElseThrow()).page();
        read.addAll(page.items());
      }

      assertThat(read).containsExactlyElementsOf(pending().pageSize(5).list());
      assertThat(submitted.get()).isGreaterThanOrEqualTo(4);
    } finally {
      executor.shutdown();
      executor.awaitTermination(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void page_whenProjected_stillReadsTheTableKeysThatShardPositionsNeed() {
    ItemDecoder<Order> fromKeys = item -> new Order(item.get("PK").s().substring("ORDER#".length()),
        Integer.parseInt(item.get("total").n()));
    Query<Order> query = Query.on(table, fromKeys).index("ByStatus")
        .partitionKeys("StatusPK", STATUS_PK.shardKeys("PENDING"))
        .sortKeyBeginsWith("StatusSK", "")
        .build()
        .project(Attribute.of("total", Attributes.converter(Integer.class)))
        .pageSize(4);
    List<Order> read = new ArrayList<>();
    Page<Order> page = query.page();
    read.addAll(page.items());
    while (page.hasMore()) {
      page = query.startAfter(page.cursor().orElseThrow()).page();
      read.addAll(page.items());
    }

    assertThat(read).containsExactlyInAnyOrderElementsOf(PENDING);
  }

  @Test
  void count_whenKeyIsSharded_sumsEveryShard() {
    assertThat(pending().count()).isEqualTo(ORDERS);
  }

  @Test
  void startAfter_whenCursorIsFromAnUnshardedQuery_throws() {
    String single = Cursors.encode(Map.of("PK", AttributeValue.fromS("x")));

    assertThatThrownBy(() -> pending().startAfter(single).page())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("across 4 shards");
  }

  @Test
  void shards_whenItemsWritten_spreadOverEveryShard() {
    Map<String, Long> perShard = IntStream.range(0, ORDERS).mapToObj(i -> STATUS_PK.formatSharded("o" + i, "PENDING"))
        .collect(Collectors.groupingBy(key -> key, Collectors.counting()));

    assertThat(perShard).hasSize(4);
  }
}
