package io.sable.runtime.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sable.dynamodblocal.DynamoDbLocal;
import io.sable.engine.SableEngine;
import io.sable.runtime.TableClient;
import io.sable.runtime.condition.StringAttribute;
import io.sable.runtime.key.SegmentCodecs;
import io.sable.runtime.schema.ItemDecoder;
import io.sable.runtime.testing.Reading;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * Typed sort-key conditions on Sable's engine and on DynamoDB Local, each compared with the same
 * condition applied to the stored values in memory. The partition also holds items of other types
 * whose sort keys sit right at the edges of the entity's key range.
 */
class RangeQueryTest {

  private static final String SENSOR = "s1";
  private static final StringAttribute<Reading> TAG = StringAttribute.of("tag");
  private static SableEngine engine;
  private static DynamoDbLocal local;
  private static DynamoDbClient localClient;
  /** The same table on each backend. */
  private static List<TableClient> tables;
  private static final List<Reading> READINGS = new ArrayList<>();

  @BeforeContainer
  static void seed() {
    engine = SableEngine.create();
    local = DynamoDbLocal.start();
    localClient = local.client();
    tables = List.of(new TableClient(engine.dynamoDbClient(), Reading.TABLE), new TableClient(localClient, Reading.TABLE));
    for (int seq = -12; seq <= 12; seq += 3) {
      for (String tag : List.of("a", "b")) {
        READINGS.add(new Reading(SENSOR, seq, tag));
      }
    }
    READINGS.add(new Reading(SENSOR, Integer.MIN_VALUE, "a"));
    READINGS.add(new Reading(SENSOR, Integer.MAX_VALUE, "b"));
    for (TableClient table : tables) {
      Reading.TABLE.create(table.dynamoDb());
      table.putItems(READINGS, Reading.SCHEMA);
      for (String neighbour : List.of("Q", "R", "R#", "R$", "R#~", "S")) {
        table.dynamoDb().putItem(b -> b.tableName(Reading.TABLE.tableName()).item(Map.of(
            "PK", AttributeValue.fromS("SENSOR#" + SENSOR),
            "SK", AttributeValue.fromS(neighbour),
            "_type", AttributeValue.fromS("Other"))));
      }
    }
  }

  @AfterContainer
  static void stop() {
    localClient.close();
    local.close();
    engine.close();
  }

  /** Runs the query on every backend and checks each result. */
  private static void assertOnEveryBackend(
      Function<TableClient, Query<Reading>> query, List<Reading> expected) {
    for (TableClient table : tables) {
      assertThat(query.apply(table).list()).as("on %s", table.dynamoDb().getClass().getSimpleName())
          .containsExactlyElementsOf(expected);
    }
  }

  private static RangeQuery<Reading, Integer> bySeq(TableClient table) {
    return Query.on(table, ItemDecoder.of(Reading.SCHEMA))
        .partitionKey("PK", Reading.PARTITION_KEY.format(SENSOR))
        .sortKeyRange("SK", Reading.SORT_KEY.prefix(), SegmentCodecs.INTEGER, "#", false);
  }

  private static RangeQuery<Reading, Integer> bySeqOnIndex(TableClient table, String tag) {
    return Query.on(table, ItemDecoder.of(Reading.SCHEMA))
        .index("GSI1")
        .partitionKey("GSI1PK", Reading.GSI1_PARTITION_KEY.format(tag))
        .sortKeyRange("GSI1SK", Reading.GSI1_SORT_KEY.prefix(), SegmentCodecs.INTEGER, "", true);
  }

  private static List<Reading> expected(Predicate<Reading> condition) {
    return READINGS.stream()
        .filter(condition)
        .sorted(Comparator.comparingInt(Reading::seq).thenComparing(Reading::tag))
        .collect(Collectors.toList());
  }

  record Case(String name, Function<RangeQuery<Reading, Integer>, Query<Reading>> query, Predicate<Reading> oracle) {
    @Override
    public String toString() {
      return name;
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<Integer> value = Arbitraries.oneOf(
        Arbitraries.integers().between(-14, 14),
        Arbitraries.of(Integer.MIN_VALUE, Integer.MAX_VALUE));
    return Arbitraries.oneOf(
        value.map(v -> new Case("= " + v, q -> q.equalTo(v), r -> r.seq() == v)),
        value.map(v -> new Case("< " + v, q -> q.lessThan(v), r -> r.seq() < v)),
        value.map(v -> new Case("<= " + v, q -> q.lessThanOrEqualTo(v), r -> r.seq() <= v)),
        value.map(v -> new Case("> " + v, q -> q.greaterThan(v), r -> r.seq() > v)),
        value.map(v -> new Case(">= " + v, q -> q.greaterThanOrEqualTo(v), r -> r.seq() >= v)),
        value.flatMap(a -> value.filter(b -> b >= a).map(b ->
            new Case("between " + a + " and " + b, q -> q.between(a, b), r -> r.seq() >= a && r.seq() <= b))),
        Arbitraries.just(new Case("all", q -> q, r -> true)));
  }

  @Property(tries = 150)
  void condition_onFieldFollowedByLiteral_selectsExactlyTheValuesInRange(@ForAll("cases") Case c) {
    assertOnEveryBackend(table -> c.query().apply(bySeq(table)), expected(c.oracle()));
  }

  @Property(tries = 150)
  void condition_onLastFieldOfIndexKey_selectsExactlyTheValuesInRange(@ForAll("cases") Case c) {
    assertOnEveryBackend(table -> c.query().apply(bySeqOnIndex(table, "a")),
        expected(c.oracle().and(r -> r.tag().equals("a"))));
  }

  @Property(tries = 60)
  void descendingPages_whenFollowedByCursor_returnEveryItemOnceInReverseOrder(
      @ForAll("cases") Case c, @ForAll("pageSizes") int pageSize) {
    List<Reading> expected = new ArrayList<>(expected(c.oracle()));
    java.util.Collections.reverse(expected);
    for (TableClient table : tables) {
      Query<Reading> query = c.query().apply(bySeq(table).descending()).limit(pageSize);
      List<Reading> seen = new ArrayList<>();
      Page<Reading> page = query.page();
      seen.addAll(page.items());
      while (page.hasMore()) {
        page = query.startAfter(page.cursor().orElseThrow()).page();
        seen.addAll(page.items());
      }
      assertThat(seen).containsExactlyElementsOf(expected);
    }
  }

  @Provide
  Arbitrary<Integer> pageSizes() {
    return Arbitraries.integers().between(1, 7);
  }

  @Property(tries = 20)
  void limit_whenListed_capsTheTotal(@ForAll("pageSizes") int limit) {
    List<Reading> all = expected(r -> true);
    assertOnEveryBackend(table -> bySeq(table).limit(limit), all.subList(0, limit));
    assertThat(bySeq(tables.get(0)).limit(limit).stream().count()).isEqualTo(limit);
  }

  @Property(tries = 60)
  void count_equalsTheNumberOfItemsListed(@ForAll("cases") Case c, @ForAll boolean onIndex) {
    for (TableClient table : tables) {
      Query<Reading> query = c.query().apply(onIndex ? bySeqOnIndex(table, "a") : bySeq(table));
      assertThat(query.count()).as("on %s", table.dynamoDb().getClass().getSimpleName())
          .isEqualTo(query.list().size());
    }
  }

  @Property(tries = 20)
  void count_withLimitAndPageSize_countsNoMoreThanTheLimit(
      @ForAll("pageSizes") int limit, @ForAll("pageSizes") int pageSize) {
    for (TableClient table : tables) {
      assertThat(bySeq(table).limit(limit).pageSize(pageSize).count()).isEqualTo(limit);
      assertThat(bySeq(table).pageSize(pageSize).count()).isEqualTo(READINGS.size());
    }
  }

  @Property(tries = 1)
  void count_whenDynamoDbCanSelectTheItems_sendsSelectCountAndDecodesNothing() {
    for (TableClient table : tables) {
      RecordingQueries recording = new RecordingQueries(table.dynamoDb());
      TableClient recorded = new TableClient(recording, Reading.TABLE);
      assertThat(bySeq(recorded).greaterThanOrEqualTo(0).pageSize(4).count()).isEqualTo(expected(r -> r.seq() >= 0).size());
      assertThat(recording.queries).hasSizeGreaterThan(1).allSatisfy(q -> {
        assertThat(q.select()).isEqualTo(Select.COUNT);
        assertThat(q.filterExpression()).isEqualTo("#t IN (:t0)");
      });
      recording.queries.clear();
      // An exclusive bound of a template range: the range's count less a count on the bound.
      assertThat(bySeqOnIndex(recorded, "a").greaterThan(-3).count())
          .isEqualTo(expected(r -> r.seq() > -3 && r.tag().equals("a")).size());
      assertThat(recording.queries).hasSizeGreaterThan(1).allSatisfy(q -> assertThat(q.select()).isEqualTo(Select.COUNT));
      recording.queries.clear();
      // With a limit too, the items on the bound must be left out as they are read: they are decoded.
      assertThat(bySeqOnIndex(recorded, "a").greaterThan(-3).limit(100).count())
          .isEqualTo(expected(r -> r.seq() > -3 && r.tag().equals("a")).size());
      assertThat(recording.queries).isNotEmpty().allSatisfy(q -> assertThat(q.select()).isNull());
    }
  }

  @Property(tries = 1)
  void scanCount_keepsOnlyTheEntityTypeAndTheFilter() {
    for (TableClient table : tables) {
      Scan<Reading> scan = Scan.of(table, ItemDecoder.of(Reading.SCHEMA), null, "_type", Set.of("Reading"));
      assertThat(scan.count()).isEqualTo(READINGS.size());
      assertThat(scan.pageSize(5).filter(TAG.equalTo("a")).count()).isEqualTo(expected(r -> r.tag().equals("a")).size());
      assertThat(scan.limit(7).count()).isEqualTo(7);
    }
  }

  @Property(tries = 30)
  void pages_withPageSize_returnEveryItemOnceAndEachCursorResumesAfterItsPage(@ForAll("pageSizes") int pageSize) {
    for (TableClient table : tables) {
      Query<Reading> query = bySeq(table).pageSize(pageSize);
      List<Page<Reading>> pages = query.pages().toList();
      assertThat(pages.stream().flatMap(p -> p.items().stream())).containsExactlyElementsOf(expected(r -> true));
      assertThat(pages.get(pages.size() - 1).hasMore()).isFalse();
      assertThat(pages.subList(0, pages.size() - 1)).allSatisfy(p -> assertThat(p.hasMore()).isTrue());
      for (int i = 0; i + 1 < pages.size(); i++) {
        assertThat(query.startAfter(pages.get(i).cursor().orElseThrow()).page().items())
            .isEqualTo(pages.get(i + 1).items());
      }
      assertThat(query.limit(5).pages().flatMap(p -> p.items().stream())).hasSize(5);
    }
  }

  /** A client that records each QueryRequest it passes on. */
  private static final class RecordingQueries implements DynamoDbClient {
    private final DynamoDbClient delegate;
    private final List<QueryRequest> queries = new ArrayList<>();

    RecordingQueries(DynamoDbClient delegate) {
      this.delegate = delegate;
    }

    @Override
    public QueryResponse query(QueryRequest request) {
      queries.add(request);
      return delegate.query(request);
    }

    @Override
    public String serviceName() {
      return delegate.serviceName();
    }

    @Override
    public void close() {}
  }

  @Property(tries = 10)
  void beginsWith_onEncodedPrefix_selectsMatchingEncodings(@ForAll("digits") String digits) {
    String prefix = "000000000" + digits;
    List<Reading> expected = expected(r -> SegmentCodecs.INTEGER.encode(r.seq()).startsWith(prefix));
    assertOnEveryBackend(table -> bySeq(table).beginsWith(prefix), expected);
  }

  @Provide
  Arbitrary<String> digits() {
    return Arbitraries.of(IntStream.rangeClosed(0, 9).mapToObj(Integer::toString).toList());
  }

  @Property(tries = 1)
  void between_whenLowerAboveUpper_isRejected() {
    assertThatThrownBy(() -> bySeq(tables.get(0)).between(5, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lower bound");
  }

  @Property(tries = 1)
  void startAfter_whenNotACursor_isRejected() {
    assertThatThrownBy(() -> bySeq(tables.get(0)).startAfter("not a cursor"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Not a cursor");
  }
}
