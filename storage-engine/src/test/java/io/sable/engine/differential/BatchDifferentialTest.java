package io.sable.engine.differential;

import static io.sable.engine.differential.Fixtures.item;
import static io.sable.engine.differential.Fixtures.n;
import static io.sable.engine.differential.Fixtures.s;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** BatchWriteItem and BatchGetItem against DynamoDB Local, across two tables. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BatchDifferentialTest {
  private Differential differential;

  @BeforeAll
  void start() {
    differential = Differential.start(Witness.DYNAMODB_LOCAL, Witness.DYNOXIDE);
    differential.both(c -> Fixtures.create(c, Fixtures.table("first", 1, "pk", "S")));
    differential.both(c -> Fixtures.create(c, Fixtures.table("second", 2, "pk", "S", "sk", "N")));
  }

  @AfterAll
  void stop() {
    differential.close();
  }

  private static WriteRequest put(Map<String, AttributeValue> item) {
    return WriteRequest.builder().putRequest(p -> p.item(item)).build();
  }

  private static WriteRequest delete(Map<String, AttributeValue> key) {
    return WriteRequest.builder().deleteRequest(d -> d.key(key)).build();
  }

  private static List<WriteRequest> puts(int count, String prefix) {
    List<WriteRequest> writes = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      writes.add(put(item("pk", s(prefix + i), "v", n("" + i))));
    }
    return writes;
  }

  static Stream<Arguments> writes() {
    Map<String, List<WriteRequest>> twoTables = new LinkedHashMap<>();
    twoTables.put("first", puts(20, "a"));
    twoTables.put("second", List.of(put(item("pk", s("x"), "sk", n("1"))), put(item("pk", s("x"), "sk", n("2")))));
    Map<String, List<WriteRequest>> tooMany = new LinkedHashMap<>();
    tooMany.put("first", puts(20, "b"));
    tooMany.put("second", List.of(put(item("pk", s("x"), "sk", n("1"))), put(item("pk", s("x"), "sk", n("2"))),
        put(item("pk", s("x"), "sk", n("3"))), put(item("pk", s("x"), "sk", n("4"))), put(item("pk", s("x"), "sk", n("5"))),
        put(item("pk", s("x"), "sk", n("6")))));
    return Stream.of(
        Arguments.of("25 puts", Map.of("first", puts(25, "c"))),
        Arguments.of("26 puts", Map.of("first", puts(26, "d"))),
        Arguments.of("two tables", twoTables),
        Arguments.of("26 across two tables", tooMany),
        Arguments.of("put and delete", Map.of("first", List.of(put(item("pk", s("e1"))), delete(item("pk", s("a1")))))),
        Arguments.of("same item twice", Map.of("first", List.of(put(item("pk", s("e2"))), delete(item("pk", s("e2")))))),
        Arguments.of("same item after normalising", Map.of("second", List.of(put(item("pk", s("x"), "sk", n("1"))), delete(item("pk", s("x"), "sk", n("1.0")))))),
        Arguments.of("empty", Map.of()),
        Arguments.of("empty list", Map.of("first", List.of())),
        Arguments.of("missing table", Map.of("nope", puts(1, "f"))),
        Arguments.of("invalid put key", Map.of("second", List.of(put(item("pk", s("x")))))),
        Arguments.of("invalid delete key", Map.of("second", List.of(delete(item("pk", s("x")))))),
        Arguments.of("invalid number", Map.of("first", List.of(put(item("pk", s("g"), "v", n("x")))))),
        Arguments.of("valid then invalid", Map.of("first", List.of(put(item("pk", s("h"))), put(item("pk", n("1")))))),
        Arguments.of("neither put nor delete", Map.of("first", List.of(WriteRequest.builder().build()))),
        Arguments.of("both put and delete", Map.of("first", List.of(WriteRequest.builder()
            .putRequest(p -> p.item(item("pk", s("i")))).deleteRequest(d -> d.key(item("pk", s("i")))).build()))));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("writes")
  void batchWriteItem_whenRequestsGiven_writesLikeDynamoDb(String label, Map<String, List<WriteRequest>> requests) {
    if (label.equals("missing table")) {
      differential.sameErrorExceptMessage(
          c -> c.batchWriteItem(r -> r.requestItems(requests)), "Requested resource not found");
    } else {
      differential.same(
          c -> c.batchWriteItem(r -> r.requestItems(requests)),
          response -> response.unprocessedItems().toString());
    }
    for (String table : List.of("first", "second")) {
      differential.same(c -> c.scan(r -> r.tableName(table)), ScanDifferentialTest::unordered);
    }
  }

  @SuppressWarnings("unchecked")
  static Stream<Arguments> reads() {
    Map<String, KeysAndAttributes> twoTables = new LinkedHashMap<>();
    twoTables.put("first", KeysAndAttributes.builder().keys(item("pk", s("r1")), item("pk", s("missing"))).build());
    twoTables.put("second", KeysAndAttributes.builder().keys(item("pk", s("r"), "sk", n("2.0")))
        .projectionExpression("#v, sk").expressionAttributeNames(Map.of("#v", "v")).build());
    List<Map<String, AttributeValue>> hundred = new ArrayList<>();
    for (int i = 0; i < 101; i++) {
      hundred.add(item("pk", s("r" + i)));
    }
    return Stream.of(
        Arguments.of("two tables", twoTables),
        Arguments.of("100 keys", Map.of("first", KeysAndAttributes.builder().keys(hundred.subList(0, 100)).build())),
        Arguments.of("101 keys", Map.of("first", KeysAndAttributes.builder().keys(hundred).build())),
        Arguments.of("duplicate keys", Map.of("first", KeysAndAttributes.builder().keys(item("pk", s("r1")), item("pk", s("r1"))).build())),
        Arguments.of("empty", Map.of()),
        Arguments.of("empty keys", Map.of("first", KeysAndAttributes.builder().keys(List.of()).build())),
        Arguments.of("missing table", Map.of("nope", KeysAndAttributes.builder().keys(item("pk", s("r1"))).build())),
        Arguments.of("invalid key", Map.of("second", KeysAndAttributes.builder().keys(item("pk", s("r"))).build())),
        Arguments.of("unused name", Map.of("first", KeysAndAttributes.builder().keys(item("pk", s("r1")))
            .projectionExpression("v").expressionAttributeNames(Map.of("#a", "b")).build())),
        Arguments.of("nothing found", Map.of("first", KeysAndAttributes.builder().keys(item("pk", s("zz"))).build())));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("reads")
  void batchGetItem_whenKeysGiven_readsLikeDynamoDb(String label, Map<String, KeysAndAttributes> requests) {
    differential.both(
        c -> {
          c.batchWriteItem(r -> r.requestItems(Map.of("first", puts(20, "r"))));
          c.putItem(r -> r.tableName("second").item(item("pk", s("r"), "sk", n("2"), "v", n("1"), "w", n("2"))));
        });
    if (label.equals("missing table")) {
      differential.sameErrorExceptMessage(
          c -> c.batchGetItem(r -> r.requestItems(requests)), "Requested resource not found");
      return;
    }
    differential.same(c -> c.batchGetItem(r -> r.requestItems(requests)), BatchDifferentialTest::view);
  }

  @Test
  @SuppressWarnings("unchecked")
  void batchGetItem_whenTableMissing_throwsResourceNotFound() {
    differential.sameErrorExceptMessage(
        c -> c.batchGetItem(r -> r.requestItems(Map.of("nope", KeysAndAttributes.builder().keys(item("pk", s("a"))).build()))),
        "Requested resource not found");
  }

  private static Object view(BatchGetItemResponse response) {
    Map<String, List<String>> tables = new java.util.TreeMap<>();
    response.responses().forEach((table, items) -> {
      List<String> sorted = new ArrayList<>(Canonical.items(items));
      sorted.sort(null);
      tables.put(table, sorted);
    });
    return List.of(tables, response.unprocessedKeys().toString());
  }
}
