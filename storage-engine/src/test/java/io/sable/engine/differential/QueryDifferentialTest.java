package io.sable.engine.differential;

import static io.sable.engine.differential.Fixtures.b;
import static io.sable.engine.differential.Fixtures.item;
import static io.sable.engine.differential.Fixtures.n;
import static io.sable.engine.differential.Fixtures.s;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Query against DynamoDB Local: every sort-key operator on number, string and binary sort keys,
 * both directions, Limit and ExclusiveStartKey paging, FilterExpression, ProjectionExpression,
 * Select, and the errors of each.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryDifferentialTest {
  private static final List<String> NUMBERS =
      List.of("-1E+20", "-10", "-1.5", "-0.001", "0", "0.001", "1", "1.5", "2", "10", "100", "1E+20");
  private static final List<String> STRINGS =
      List.of("", "A", "B", "a", "aa", "ab", "abc", "b", "é", "\uE000", "\uD83D\uDE00", "z");

  private Differential differential;

  @BeforeAll
  void start() {
    differential = Differential.start();
    differential.both(c -> Fixtures.create(c, Fixtures.table("numbers", 2, "pk", "S", "sk", "N")));
    differential.both(c -> Fixtures.create(c, Fixtures.table("strings", 2, "pk", "S", "sk", "S")));
    differential.both(c -> Fixtures.create(c, Fixtures.table("binaries", 2, "pk", "B", "sk", "B")));
    differential.both(c -> Fixtures.create(c, Fixtures.table("hashonly", 1, "pk", "N")));
    differential.both(this::load);
  }

  private void load(DynamoDbClient client) {
    for (int i = 0; i < NUMBERS.size(); i++) {
      int v = i;
      client.putItem(r -> r.tableName("numbers").item(item("pk", s("a"), "sk", n(NUMBERS.get(v)), "v", n("" + v), "w", s("w" + v % 3))));
      client.putItem(r -> r.tableName("numbers").item(item("pk", s("b"), "sk", n(NUMBERS.get(v)), "v", n("" + v))));
    }
    for (String value : STRINGS) {
      if (!value.isEmpty()) {
        client.putItem(r -> r.tableName("strings").item(item("pk", s("a"), "sk", s(value))));
      }
    }
    int[] bytes = {0x00, 0x01, 0x7f, 0x80, 0xfe, 0xff};
    for (int x : bytes) {
      for (int y : bytes) {
        client.putItem(r -> r.tableName("binaries").item(item("pk", b(1), "sk", b(x, y))));
      }
      client.putItem(r -> r.tableName("binaries").item(item("pk", b(1), "sk", b(x))));
    }
    client.putItem(r -> r.tableName("hashonly").item(item("pk", n("1.50"), "v", s("x"))));
  }

  private static Arguments q(String table, String expression, Object... values) {
    return Arguments.of(table, expression, item(values));
  }

  static Stream<Arguments> keyConditions() {
    return Stream.of(
        q("numbers", "pk = :p", ":p", s("a")),
        q("numbers", "pk = :p AND sk = :s", ":p", s("a"), ":s", n("1.50")),
        q("numbers", "pk = :p AND sk < :s", ":p", s("a"), ":s", n("1.5")),
        q("numbers", "pk = :p AND sk <= :s", ":p", s("a"), ":s", n("1.5")),
        q("numbers", "pk = :p AND sk > :s", ":p", s("a"), ":s", n("-1.5")),
        q("numbers", "pk = :p AND sk >= :s", ":p", s("a"), ":s", n("-1.5")),
        q("numbers", "pk = :p AND sk BETWEEN :lo AND :hi", ":p", s("a"), ":lo", n("-10"), ":hi", n("10")),
        q("numbers", "pk = :p AND sk BETWEEN :lo AND :hi", ":p", s("a"), ":lo", n("10"), ":hi", n("-10")),
        q("numbers", "sk = :s AND pk = :p", ":p", s("a"), ":s", n("1")),
        q("numbers", ":p = pk AND :s < sk", ":p", s("a"), ":s", n("1")),
        q("numbers", "(pk = :p) AND (sk > :s)", ":p", s("a"), ":s", n("1")),
        q("numbers", "(pk = :p AND sk > :s)", ":p", s("a"), ":s", n("1")),
        q("numbers", "(pk) = :p AND sk > (:s)", ":p", s("a"), ":s", n("1")),
        q("numbers", "((pk = :p)) AND sk > :s", ":p", s("a"), ":s", n("1")),
        q("numbers", "pk = ((:p)) AND sk > :s", ":p", s("a"), ":s", n("1")),
        q("numbers", "pk = pk AND sk > :s", ":s", n("1")),
        q("numbers", "pk = :p AND sk BETWEEN sk AND :s", ":p", s("a"), ":s", n("1")),
        q("numbers", "pk = :p AND set = :s", ":p", s("a"), ":s", n("1")),
        q("numbers", "pk = :p AND sk > :s" + " ".repeat(4090), ":p", s("a"), ":s", n("1")),
        q("numbers", "pk = :p AND begins_with(sk, size(pk))", ":p", s("a")),
        q("numbers", "pk = :p AND begins_with(sk, :s)", ":p", s("a"), ":s", n("1")),
        q("numbers", "pk = :p AND sk <> :s", ":p", s("a"), ":s", n("1")),
        q("numbers", "pk = :p OR sk = :s", ":p", s("a"), ":s", n("1")),
        q("numbers", "NOT pk = :p", ":p", s("a")),
        q("numbers", "pk IN (:p)", ":p", s("a")),
        q("numbers", "sk = :s", ":s", n("1")),
        q("numbers", "pk < :p", ":p", s("a")),
        q("numbers", "pk = :p AND sk > :s AND sk < :s", ":p", s("a"), ":s", n("1")),
        q("numbers", "pk = :p AND v = :s", ":p", s("a"), ":s", n("1")),
        q("numbers", "pk = :p AND pk = :p", ":p", s("a")),
        q("numbers", "pk.x = :p", ":p", s("a")),
        q("numbers", "pk = :p", ":p", n("1")),
        q("numbers", "pk = :p AND sk = :s", ":p", s("a"), ":s", s("1")),
        q("numbers", "pk = sk"),
        q("numbers", "size(pk) = :p", ":p", n("1")),
        q("numbers", "pk = :p AND attribute_exists(sk)", ":p", s("a")),
        q("numbers", "pk = :p", ":p", s("")),
        q("numbers", "pk = :p AND name = :s", ":p", s("a"), ":s", n("1")),
        q("numbers", "pk = :p", ":p", s("nobody")),
        q("numbers", "pk = :p AND sk > :s", ":p", s("a"), ":s", n("1E+30")),
        q("numbers", "pk = :p AND", ":p", s("a")),
        q("numbers", "pk = :q", ":p", s("a")),
        q("numbers", ":p = :p", ":p", s("a")),
        q("numbers", "pk = :p AND sk BETWEEN :lo AND :hi", ":p", s("a"), ":lo", n("1"), ":hi", s("2")),
        q("numbers", "pk = :p AND sk = :s", ":p", s("a"), ":s", AttributeValue.fromBool(true)),
        q("strings", "pk = :p", ":p", s("a")),
        q("strings", "pk = :p AND begins_with(sk, :s)", ":p", s("a"), ":s", s("a")),
        q("strings", "pk = :p AND begins_with(sk, :s)", ":p", s("a"), ":s", s("ab")),
        q("strings", "pk = :p AND begins_with(sk, :s)", ":p", s("a"), ":s", s("q")),
        q("strings", "pk = :p AND sk > :s", ":p", s("a"), ":s", s("\uE000")),
        q("strings", "pk = :p AND sk < :s", ":p", s("a"), ":s", s("b")),
        q("strings", "pk = :p AND sk BETWEEN :lo AND :hi", ":p", s("a"), ":lo", s("B"), ":hi", s("é")),
        q("binaries", "pk = :p", ":p", b(1)),
        q("binaries", "pk = :p AND begins_with(sk, :s)", ":p", b(1), ":s", b(0x80)),
        q("binaries", "pk = :p AND sk > :s", ":p", b(1), ":s", b(0x7f, 0xff)),
        q("binaries", "pk = :p AND sk BETWEEN :lo AND :hi", ":p", b(1), ":lo", b(0x01), ":hi", b(0xfe, 0x00)),
        q("hashonly", "pk = :p", ":p", n("1.5")),
        q("hashonly", "pk = :p AND sk = :p", ":p", n("1.5")));
  }

  @ParameterizedTest(name = "[{index}] {0}: {1}")
  @MethodSource("keyConditions")
  void query_whenKeyConditionGiven_returnsLikeDynamoDbInBothDirections(
      String table, String expression, Map<String, AttributeValue> values) {
    for (boolean forward : new boolean[] {true, false}) {
      differential.same(
          c ->
              c.query(
                  r ->
                      r.tableName(table)
                          .keyConditionExpression(expression)
                          .expressionAttributeValues(values.isEmpty() ? null : values)
                          .scanIndexForward(forward)),
          QueryDifferentialTest::view);
    }
  }

  static Stream<Arguments> pages() {
    return Stream.of(
        Arguments.of("pk = :p", 1, true, null),
        Arguments.of("pk = :p", 5, true, null),
        Arguments.of("pk = :p", 5, false, null),
        Arguments.of("pk = :p", 12, true, null),
        Arguments.of("pk = :p", 13, false, null),
        Arguments.of("pk = :p AND sk BETWEEN :lo AND :hi", 2, false, null),
        Arguments.of("pk = :p AND sk > :lo", 3, true, "v > :one"),
        Arguments.of("pk = :p AND sk > :lo", 3, false, "w = :w"),
        Arguments.of("pk = :p", 4, true, "attribute_not_exists(w)"),
        // BETWEEN with equal bounds ends its range at the bound; = does not (found by the
        // randomized test).
        Arguments.of("pk = :p AND sk BETWEEN :one AND :one", 1, true, null),
        Arguments.of("pk = :p AND sk BETWEEN :one AND :one", 1, false, null),
        Arguments.of("pk = :p AND sk = :one", 1, true, null));
  }

  @ParameterizedTest(name = "[{index}] {0} limit {1} forward {2} filter {3}")
  @MethodSource("pages")
  void query_whenPagedByLimitAndExclusiveStartKey_returnsSamePagesAsDynamoDb(
      String expression, int limit, boolean forward, String filter) {
    Map<String, AttributeValue> values = new java.util.HashMap<>(item(":p", s("a")));
    if (expression.contains(":lo")) {
      values.put(":lo", n("-10"));
    }
    if (expression.contains(":hi")) {
      values.put(":hi", n("10"));
    }
    if (expression.contains(":one") || (filter != null && filter.contains(":one"))) {
      values.put(":one", n("1"));
    }
    if (filter != null && filter.contains(":w")) {
      values.put(":w", s("w1"));
    }
    differential.samePages(
        start ->
            QueryRequest.builder()
                .tableName("numbers")
                .keyConditionExpression(expression)
                .filterExpression(filter)
                .expressionAttributeValues(values)
                .limit(limit)
                .scanIndexForward(forward)
                .exclusiveStartKey(start)
                .build());
  }

  static Stream<Arguments> requests() {
    return Stream.of(
        Arguments.of("filter on sort key", request().filterExpression("sk > :s").expressionAttributeValues(item(":p", s("a"), ":s", n("1")))),
        Arguments.of("filter on partition key", request().filterExpression("pk = :p")),
        Arguments.of("filter", request().filterExpression("v BETWEEN :lo AND :hi").expressionAttributeValues(item(":p", s("a"), ":lo", n("2"), ":hi", n("6")))),
        Arguments.of("projection", request().projectionExpression("v, nope").limit(2)),
        Arguments.of("projection of key", request().projectionExpression("sk")),
        Arguments.of("projection overlap", request().projectionExpression("v, v")),
        Arguments.of("select count", request().select("COUNT")),
        Arguments.of("select count with filter", request().select("COUNT").filterExpression("v > :s").expressionAttributeValues(item(":p", s("a"), ":s", n("3")))),
        Arguments.of("select count with projection", request().select("COUNT").projectionExpression("v")),
        Arguments.of("select specific without projection", request().select("SPECIFIC_ATTRIBUTES")),
        Arguments.of("select specific", request().select("SPECIFIC_ATTRIBUTES").projectionExpression("w")),
        Arguments.of("select all with projection", request().select("ALL_ATTRIBUTES").projectionExpression("v")),
        Arguments.of("select all projected without index", request().select("ALL_PROJECTED_ATTRIBUTES")),
        Arguments.of("limit 0", request().limit(0)),
        Arguments.of("limit -1", request().limit(-1)),
        Arguments.of("missing index", request().indexName("nope")),
        Arguments.of("missing key condition", QueryRequest.builder().tableName("numbers").expressionAttributeValues(item(":p", s("a")))),
        Arguments.of("missing key condition and values", QueryRequest.builder().tableName("numbers")),
        Arguments.of("start key of another partition", request().exclusiveStartKey(item("pk", s("b"), "sk", n("1")))),
        Arguments.of("start key outside the range", request().keyConditionExpression("pk = :p AND sk > :s").expressionAttributeValues(item(":p", s("a"), ":s", n("1"))).exclusiveStartKey(item("pk", s("a"), "sk", n("0")))),
        Arguments.of("start key without sort key", request().exclusiveStartKey(item("pk", s("a")))),
        Arguments.of("start key with extra attribute", request().exclusiveStartKey(item("pk", s("a"), "sk", n("1"), "x", n("1")))),
        Arguments.of("start key of wrong type", request().exclusiveStartKey(item("pk", s("a"), "sk", s("1")))),
        Arguments.of("start key not stored", request().exclusiveStartKey(item("pk", s("a"), "sk", n("1.25")))),
        Arguments.of("consistent read", request().consistentRead(true).limit(3)),
        Arguments.of("unused name", request().expressionAttributeNames(Map.of("#x", "x"))),
        Arguments.of("names in projection", request().projectionExpression("#v").expressionAttributeNames(Map.of("#v", "v"))));
  }

  private static QueryRequest.Builder request() {
    return QueryRequest.builder()
        .tableName("numbers")
        .keyConditionExpression("pk = :p")
        .expressionAttributeValues(item(":p", s("a")));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("requests")
  void query_whenOptionsGiven_behavesLikeDynamoDb(String label, QueryRequest.Builder request) {
    differential.same(c -> c.query(request.build()), QueryDifferentialTest::view);
  }

  @Test
  void query_whenTableIsMissing_throwsResourceNotFound() {
    differential.sameErrorExceptMessage(
        c -> c.query(request().tableName("missing").build()), "Requested resource not found");
  }

  @Test
  void query_whenItemsExceedOneMegabyte_stopsAtThePageLimitLikeDynamoDb() {
    differential.both(c -> Fixtures.create(c, Fixtures.table("large", 2, "pk", "S", "sk", "N")));
    String payload = "x".repeat(300 * 1024);
    differential.both(
        c -> {
          for (int i = 0; i < 8; i++) {
            int v = i;
            c.putItem(r -> r.tableName("large").item(item("pk", s("p"), "sk", n("" + v), "data", s(payload))));
          }
        });
    int pages =
        differential.samePages(
            start ->
                QueryRequest.builder()
                    .tableName("large")
                    .keyConditionExpression("pk = :p")
                    .expressionAttributeValues(item(":p", s("p")))
                    .projectionExpression("sk")
                    .exclusiveStartKey(start)
                    .build());
    org.assertj.core.api.Assertions.assertThat(pages).isEqualTo(2);
  }

  static Object view(QueryResponse response) {
    return List.of(
        response.hasItems() ? Canonical.items(response.items()) : "no items",
        response.count(),
        response.scannedCount(),
        response.hasLastEvaluatedKey() ? Canonical.item(response.lastEvaluatedKey()) : "no key");
  }
}
