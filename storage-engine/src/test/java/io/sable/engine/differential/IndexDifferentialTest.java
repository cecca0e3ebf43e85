package io.sable.engine.differential;

import static io.sable.engine.differential.Fixtures.gsi;
import static io.sable.engine.differential.Fixtures.item;
import static io.sable.engine.differential.Fixtures.lsi;
import static io.sable.engine.differential.Fixtures.n;
import static io.sable.engine.differential.Fixtures.s;

import java.util.ArrayList;
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
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * Secondary indexes against DynamoDB Local: maintenance on put, update and delete (sparse items,
 * index key changes), projections, Query and Scan on indexes with paging, and index errors.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexDifferentialTest {
  private Differential differential;

  @BeforeAll
  void start() {
    differential = Differential.start();
    differential.both(
        c ->
            Fixtures.create(
                c,
                Fixtures.table(
                        "orders", 2, "pk", "S", "sk", "S", "status", "S", "created", "N", "customer", "S",
                        "region", "S", "amount", "N")
                    .globalSecondaryIndexes(
                        gsi("byStatus", ProjectionType.ALL, "status", "created"),
                        gsi("byCustomer", ProjectionType.KEYS_ONLY, "customer"),
                        gsi("byRegion", ProjectionType.INCLUDE, "region", "amount").toBuilder()
                            .projection(
                                Projection.builder()
                                    .projectionType(ProjectionType.INCLUDE)
                                    .nonKeyAttributes("note")
                                    .build())
                            .build())
                    .localSecondaryIndexes(lsi("byAmount", ProjectionType.KEYS_ONLY, "pk", "amount"))));
    differential.both(
        c -> {
          for (int i = 0; i < 12; i++) {
            int v = i;
            Map<String, AttributeValue> order =
                new java.util.LinkedHashMap<>(
                    item("pk", s("c" + v % 3), "sk", s("o" + v), "status", s(v % 2 == 0 ? "OPEN" : "DONE"),
                        "created", n("" + (100 - v)), "note", s("n" + v), "other", n("" + v)));
            if (v % 4 != 0) {
              order.put("customer", s("cust" + v % 3));
            }
            if (v % 3 != 0) {
              order.put("region", s("eu"));
              order.put("amount", n("" + (v * 10)));
            }
            c.putItem(r -> r.tableName("orders").item(order));
          }
        });
  }

  @AfterAll
  void stop() {
    differential.close();
  }

  static Stream<Arguments> indexQueries() {
    return Stream.of(
        query("byStatus", "#s = :v", ":v", s("OPEN")),
        query("byStatus", "#s = :v AND created BETWEEN :lo AND :hi", ":v", s("DONE"), ":lo", n("90"), ":hi", n("97")),
        query("byCustomer", "customer = :v", ":v", s("cust1")),
        query("byRegion", "#r = :v AND amount > :a", ":v", s("eu"), ":a", n("20")),
        query("byAmount", "pk = :v", ":v", s("c1")),
        query("byAmount", "pk = :v AND amount >= :a", ":v", s("c2"), ":a", n("50")),
        query("byStatus", "pk = :v", ":v", s("c1")),
        query("nope", "#s = :v", ":v", s("OPEN")));
  }

  private static Arguments query(String index, String expression, Object... values) {
    return Arguments.of(index, expression, item(values));
  }

  @ParameterizedTest(name = "[{index}] {0}: {1}")
  @MethodSource("indexQueries")
  void query_whenIndexNameGiven_readsTheIndexLikeDynamoDb(
      String index, String expression, Map<String, AttributeValue> values) {
    assertIndexesAgree(index, expression, values);
  }

  private void assertIndexesAgree(String index, String expression, Map<String, AttributeValue> values) {
    for (boolean forward : new boolean[] {true, false}) {
      differential.same(
          c ->
              c.query(
                  r ->
                      r.tableName("orders")
                          .indexName(index)
                          .keyConditionExpression(expression)
                          .expressionAttributeNames(names(expression))
                          .expressionAttributeValues(values)
                          .scanIndexForward(forward)),
          response -> index.equals("byCustomer") ? sorted(response) : QueryDifferentialTest.view(response));
    }
  }

  private static Map<String, String> names(String expression) {
    Map<String, String> names = new java.util.HashMap<>();
    if (expression.contains("#s")) {
      names.put("#s", "status");
    }
    if (expression.contains("#r")) {
      names.put("#r", "region");
    }
    return names.isEmpty() ? null : names;
  }

  private static Object sorted(QueryResponse response) {
    List<String> items = new ArrayList<>(Canonical.items(response.items()));
    items.sort(null);
    return List.of(items, response.count(), response.hasLastEvaluatedKey());
  }

  @Test
  void writes_whenIndexKeysChangeAppearOrDisappear_keepIndexesLikeDynamoDb() {
    differential.both(
        c -> {
          c.updateItem(r -> r.tableName("orders").key(item("pk", s("c1"), "sk", s("o1")))
              .updateExpression("SET #s = :s, created = :c").expressionAttributeNames(Map.of("#s", "status"))
              .expressionAttributeValues(item(":s", s("OPEN"), ":c", n("1"))));
          c.updateItem(r -> r.tableName("orders").key(item("pk", s("c2"), "sk", s("o2")))
              .updateExpression("REMOVE customer, amount"));
          c.updateItem(r -> r.tableName("orders").key(item("pk", s("c0"), "sk", s("o0")))
              .updateExpression("SET customer = :c, #r = :r, amount = :a, note = :n")
              .expressionAttributeNames(Map.of("#r", "region"))
              .expressionAttributeValues(item(":c", s("cust9"), ":r", s("eu"), ":a", n("5"), ":n", s("new"))));
          c.deleteItem(r -> r.tableName("orders").key(item("pk", s("c1"), "sk", s("o4"))));
          c.putItem(r -> r.tableName("orders").item(item("pk", s("c2"), "sk", s("o5"), "other", n("1"))));
          c.putItem(r -> r.tableName("orders").item(item("pk", s("c2"), "sk", s("o99"), "status", s("OPEN"), "created", n("0.5"))));
        });
    assertIndexesAgree("byStatus", "#s = :v", item(":v", s("OPEN")));
    assertIndexesAgree("byStatus", "#s = :v", item(":v", s("DONE")));
    assertIndexesAgree("byCustomer", "customer = :v", item(":v", s("cust9")));
    assertIndexesAgree("byCustomer", "customer = :v", item(":v", s("cust2")));
    assertIndexesAgree("byRegion", "#r = :v", item(":v", s("eu")));
    assertIndexesAgree("byAmount", "pk = :v", item(":v", s("c0")));
    assertIndexesAgree("byAmount", "pk = :v", item(":v", s("c2")));
    for (String index : List.of("byStatus", "byCustomer", "byRegion", "byAmount")) {
      differential.same(c -> c.scan(r -> r.tableName("orders").indexName(index)), ScanDifferentialTest::unordered);
    }
    differential.same(
        c -> c.describeTable(r -> r.tableName("orders")).table(),
        table -> {
          List<Object> counts = new ArrayList<>(List.of(table.itemCount()));
          List<String> indexes = new ArrayList<>();
          table.globalSecondaryIndexes().forEach(g -> indexes.add(g.indexName() + "=" + g.itemCount()));
          table.localSecondaryIndexes().forEach(l -> indexes.add(l.indexName() + "=" + l.itemCount()));
          indexes.sort(null);
          counts.addAll(indexes);
          return counts;
        });
  }

  @Test
  void query_whenPagingAnIndex_carriesTableAndIndexKeysInLastEvaluatedKey() {
    for (String index : List.of("byStatus", "byAmount", "byRegion")) {
      String expression = index.equals("byAmount") ? "pk = :v" : index.equals("byRegion") ? "#r = :v" : "#s = :v";
      AttributeValue value = index.equals("byAmount") ? s("c1") : index.equals("byRegion") ? s("eu") : s("DONE");
      differential.samePages(
          start ->
              QueryRequest.builder()
                  .tableName("orders")
                  .indexName(index)
                  .keyConditionExpression(expression)
                  .expressionAttributeNames(names(expression))
                  .expressionAttributeValues(item(":v", value))
                  .limit(2)
                  .exclusiveStartKey(start)
                  .build());
    }
  }

  static Stream<Arguments> indexRequests() {
    QueryRequest.Builder byCustomer =
        QueryRequest.builder().tableName("orders").indexName("byCustomer")
            .keyConditionExpression("customer = :v").expressionAttributeValues(item(":v", s("cust1")));
    QueryRequest.Builder byAmount =
        QueryRequest.builder().tableName("orders").indexName("byAmount")
            .keyConditionExpression("pk = :v").expressionAttributeValues(item(":v", s("c1")));
    return Stream.of(
        Arguments.of("all attributes of keys-only GSI", byCustomer.copy().select("ALL_ATTRIBUTES")),
        Arguments.of("projection not projected", byCustomer.copy().projectionExpression("note")),
        Arguments.of("filter not projected", byCustomer.copy().filterExpression("note = :v")),
        Arguments.of("filter on index key", byCustomer.copy().filterExpression("customer = :v")),
        Arguments.of("filter on table key", byCustomer.copy().filterExpression("pk = :p").expressionAttributeValues(item(":v", s("cust1"), ":p", s("c1")))),
        Arguments.of("consistent read on GSI", byCustomer.copy().consistentRead(true)),
        Arguments.of("all projected", byCustomer.copy().select("ALL_PROJECTED_ATTRIBUTES")),
        Arguments.of("count", byCustomer.copy().select("COUNT")),
        Arguments.of("LSI all attributes", byAmount.copy().select("ALL_ATTRIBUTES")),
        Arguments.of("LSI projection from table", byAmount.copy().projectionExpression("note, amount")),
        Arguments.of("LSI filter from table", byAmount.copy().filterExpression("other > :o").expressionAttributeValues(item(":v", s("c1"), ":o", n("3")))),
        Arguments.of("LSI consistent read", byAmount.copy().consistentRead(true)),
        Arguments.of("start key without index key", byAmount.copy().exclusiveStartKey(item("pk", s("c1"), "sk", s("o1")))));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("indexRequests")
  void query_whenIndexOptionsGiven_behavesLikeDynamoDb(String label, QueryRequest.Builder request) {
    differential.same(c -> c.query(request.build()), response -> {
      List<String> items = response.hasItems() ? new ArrayList<>(Canonical.items(response.items())) : List.of();
      List<String> sorted = new ArrayList<>(items);
      sorted.sort(null);
      return List.of(sorted, response.count(), response.scannedCount());
    });
  }

  static Stream<Arguments> invalidWrites() {
    return Stream.of(
        Arguments.of("index key wrong type", item("pk", s("x"), "sk", s("1"), "status", n("1"), "created", n("1"))),
        Arguments.of("index sort key wrong type", item("pk", s("x"), "sk", s("1"), "status", s("A"), "created", s("1"))),
        Arguments.of("hash-only index key wrong type", item("pk", s("x"), "sk", s("1"), "customer", n("1"))),
        Arguments.of("LSI key wrong type", item("pk", s("x"), "sk", s("1"), "amount", s("1"))),
        Arguments.of("index key empty string", item("pk", s("x"), "sk", s("1"), "customer", s(""))),
        Arguments.of("index key of a partial index", item("pk", s("x"), "sk", s("1"), "status", s("A"))));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("invalidWrites")
  void putItem_whenIndexKeyInvalid_failsAndChangesNothing(String label, Map<String, AttributeValue> order) {
    differential.sameOutcome(c -> c.putItem(r -> r.tableName("orders").item(order)));
    differential.sameOutcome(
        c ->
            c.batchWriteItem(
                r ->
                    r.requestItems(
                        Map.of(
                            "orders",
                            List.of(
                                software.amazon.awssdk.services.dynamodb.model.WriteRequest.builder()
                                    .putRequest(p -> p.item(order))
                                    .build())))));
    differential.same(
        c -> c.getItem(r -> r.tableName("orders").key(item("pk", s("x"), "sk", s("1")))),
        response -> Canonical.item(response.hasItem() ? response.item() : null));
  }

  @Test
  void updateItem_whenIndexKeyGetsWrongType_rejectsAsDynamoDbDoes() {
    // DynamoDB Local 3.1.0 accepts an UpdateItem that gives a GSI key attribute a value of the
    // wrong type (and leaves the item out of the index); DynamoDB rejects every write that does
    // so, with the same ValidationException as PutItem.
    differential.both(c -> c.putItem(r -> r.tableName("orders").item(item("pk", s("zz"), "sk", s("1")))));
    differential.documentedDifference(
        c ->
            c.updateItem(
                r ->
                    r.tableName("orders")
                        .key(item("pk", s("zz"), "sk", s("1")))
                        .updateExpression("SET customer = :v")
                        .expressionAttributeValues(item(":v", n("1")))),
        "ok",
        "DynamoDbException|ValidationException|400|One or more parameter values were invalid: Type"
            + " mismatch for Index Key");
    differential.both(c -> c.deleteItem(r -> r.tableName("orders").key(item("pk", s("zz"), "sk", s("1")))));
  }

  @Test
  void scan_whenIndexScannedWithConsistentRead_failsLikeDynamoDb() {
    differential.same(
        c -> c.scan(r -> r.tableName("orders").indexName("byStatus").consistentRead(true)),
        (ScanResponse response) -> response.count());
    differential.same(
        c -> c.scan(r -> r.tableName("orders").indexName("byAmount").consistentRead(true)),
        ScanDifferentialTest::unordered);
  }
}
