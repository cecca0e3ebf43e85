package io.sable.engine.differential;

import static io.sable.engine.differential.Fixtures.item;
import static io.sable.engine.differential.Fixtures.l;
import static io.sable.engine.differential.Fixtures.m;
import static io.sable.engine.differential.Fixtures.n;
import static io.sable.engine.differential.Fixtures.s;
import static io.sable.engine.differential.Fixtures.ss;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.AttributeValueUpdate;
import software.amazon.awssdk.services.dynamodb.model.Condition;
import software.amazon.awssdk.services.dynamodb.model.ExpectedAttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * The legacy parameters (KeyConditions, QueryFilter, ScanFilter, ConditionalOperator,
 * AttributesToGet, Expected, AttributeUpdates) against DynamoDB Local, table-driven: results,
 * validation messages, and the rules against mixing them with expressions.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LegacyParametersDifferentialTest {
  private static final AttributeValue A = s("a");
  private static final Map<String, AttributeValue> ITEM =
      item("pk", s("u"), "sk", n("0"), "n", n("5"), "s", s("str"), "ss", ss("a", "b"),
          "l", l(n("1")), "m", m("k", n("1")));

  private Differential differential;

  @BeforeAll
  void start() {
    differential = Differential.start();
    differential.both(c -> Fixtures.create(c, Fixtures.table("legacy", 2, "pk", "S", "sk", "N")));
    differential.both(
        c -> {
          for (int i = 0; i < 4; i++) {
            c.putItem(
                PutItemRequest.builder()
                    .tableName("legacy")
                    .item(item("pk", A, "sk", n("" + i), "x", n("" + i * 10), "s", s("str" + i),
                        "ss", ss("a", "b" + i), "l", l(n("" + i))))
                    .build());
          }
        });
  }

  @AfterAll
  void stop() {
    differential.close();
  }

  private static Condition cond(String operator, AttributeValue... values) {
    return Condition.builder().comparisonOperator(operator).attributeValueList(values).build();
  }

  private static Map<String, Condition> conditions(Object... nameConditions) {
    Map<String, Condition> map = new LinkedHashMap<>();
    for (int i = 0; i < nameConditions.length; i += 2) {
      map.put((String) nameConditions[i], (Condition) nameConditions[i + 1]);
    }
    return map;
  }

  private static Arguments q(String name, Consumer<QueryRequest.Builder> request) {
    return Arguments.of(name, request);
  }

  static Stream<Arguments> queries() {
    Map<String, Condition> key = conditions("pk", cond("EQ", A));
    Map<String, AttributeValue> p = Map.of(":p", A);
    return Stream.of(
        q("EQ", b -> b.keyConditions(key)),
        q("EQ and BETWEEN", b -> b.keyConditions(conditions("pk", cond("EQ", A), "sk", cond("BETWEEN", n("1"), n("2"))))),
        q("sort key BEGINS_WITH number", b -> b.keyConditions(conditions("pk", cond("EQ", A), "sk", cond("BEGINS_WITH", n("1"))))),
        q("sort key type", b -> b.keyConditions(conditions("pk", cond("EQ", A), "sk", cond("GT", s("1"))))),
        q("sort key IN", b -> b.keyConditions(conditions("pk", cond("EQ", A), "sk", cond("IN", n("1"))))),
        q("sort key only", b -> b.keyConditions(conditions("sk", cond("GT", n("1"))))),
        q("non-key", b -> b.keyConditions(conditions("pk", cond("EQ", A), "x", cond("EQ", n("1"))))),
        q("partition key NE", b -> b.keyConditions(conditions("pk", cond("NE", A)))),
        q("no values", b -> b.keyConditions(conditions("pk", cond("EQ")))),
        q("two values", b -> b.keyConditions(conditions("pk", cond("EQ", A, A)))),
        q("unknown operator", b -> b.keyConditions(conditions("pk", cond("FOO", A)))),
        q("empty KeyConditions", b -> b.keyConditions(Map.of())),
        q("empty key value", b -> b.keyConditions(conditions("pk", cond("EQ", s(""))))),
        q("KeyConditions and KeyConditionExpression", b -> b.keyConditions(key).keyConditionExpression("pk = :p").expressionAttributeValues(p)),
        q("KeyConditions and FilterExpression", b -> b.keyConditions(key).filterExpression("x > :v").expressionAttributeValues(Map.of(":v", n("1")))),
        q("KeyConditions and ProjectionExpression", b -> b.keyConditions(key).projectionExpression("x")),
        q("KeyConditionExpression and QueryFilter", b -> b.keyConditionExpression("pk = :p").expressionAttributeValues(p).queryFilter(conditions("x", cond("GT", n("1"))))),
        q("KeyConditionExpression and AttributesToGet", b -> b.keyConditionExpression("pk = :p").expressionAttributeValues(p).attributesToGet("x")),
        q("KeyConditionExpression and ConditionalOperator", b -> b.keyConditionExpression("pk = :p").expressionAttributeValues(p).conditionalOperator("OR")),
        q("all mixed", b -> b.keyConditions(key).queryFilter(conditions("x", cond("GT", n("1")))).attributesToGet("x").projectionExpression("x").filterExpression("x > :v").expressionAttributeValues(Map.of(":v", n("1")))),
        q("KeyConditions and names", b -> b.keyConditions(key).expressionAttributeNames(Map.of("#a", "x"))),
        q("KeyConditions and values", b -> b.keyConditions(key).expressionAttributeValues(p)),
        q("GT", b -> b.keyConditions(key).queryFilter(conditions("x", cond("GT", n("10"))))),
        q("NULL", b -> b.keyConditions(key).queryFilter(conditions("y", cond("NULL")))),
        q("NULL with value", b -> b.keyConditions(key).queryFilter(conditions("y", cond("NULL", A)))),
        q("NOT_NULL", b -> b.keyConditions(key).queryFilter(conditions("x", cond("NOT_NULL")))),
        q("CONTAINS", b -> b.keyConditions(key).queryFilter(conditions("ss", cond("CONTAINS", s("b1"))))),
        q("CONTAINS list element", b -> b.keyConditions(key).queryFilter(conditions("l", cond("CONTAINS", n("2"))))),
        q("NOT_CONTAINS", b -> b.keyConditions(key).queryFilter(conditions("ss", cond("NOT_CONTAINS", s("b1"))))),
        q("NOT_CONTAINS missing", b -> b.keyConditions(key).queryFilter(conditions("zz", cond("NOT_CONTAINS", n("1"))))),
        q("NOT_CONTAINS number", b -> b.keyConditions(key).queryFilter(conditions("x", cond("NOT_CONTAINS", n("1"))))),
        q("CONTAINS set", b -> b.keyConditions(key).queryFilter(conditions("ss", cond("CONTAINS", ss("a"))))),
        q("CONTAINS list", b -> b.keyConditions(key).queryFilter(conditions("ss", cond("CONTAINS", l())))),
        q("CONTAINS BOOL", b -> b.keyConditions(key).queryFilter(conditions("s", cond("CONTAINS", AttributeValue.fromBool(true))))),
        q("IN", b -> b.keyConditions(key).queryFilter(conditions("x", cond("IN", n("10"), n("20"))))),
        q("IN set", b -> b.keyConditions(key).queryFilter(conditions("x", cond("IN", ss("a"))))),
        q("IN empty", b -> b.keyConditions(key).queryFilter(conditions("x", cond("IN")))),
        q("BETWEEN", b -> b.keyConditions(key).queryFilter(conditions("x", cond("BETWEEN", n("10"), n("20"))))),
        q("BETWEEN reversed", b -> b.keyConditions(key).queryFilter(conditions("x", cond("BETWEEN", n("20"), n("10"))))),
        q("BETWEEN mixed types", b -> b.keyConditions(key).queryFilter(conditions("x", cond("BETWEEN", n("1"), s("a"))))),
        q("BEGINS_WITH", b -> b.keyConditions(key).queryFilter(conditions("s", cond("BEGINS_WITH", s("str1"))))),
        q("BEGINS_WITH BOOL", b -> b.keyConditions(key).queryFilter(conditions("s", cond("BEGINS_WITH", AttributeValue.fromBool(true))))),
        q("GT set", b -> b.keyConditions(key).queryFilter(conditions("s", cond("GT", ss("a"))))),
        q("GE NULL", b -> b.keyConditions(key).queryFilter(conditions("s", cond("GE", AttributeValue.fromNul(true))))),
        q("EQ set", b -> b.keyConditions(key).queryFilter(conditions("ss", cond("EQ", ss("b1", "a"))))),
        q("EQ list", b -> b.keyConditions(key).queryFilter(conditions("l", cond("EQ", l(n("1")))))),
        q("NE missing", b -> b.keyConditions(key).queryFilter(conditions("y", cond("NE", n("1"))))),
        q("filter on key", b -> b.keyConditions(key).queryFilter(conditions("sk", cond("GT", n("1"))))),
        q("OR", b -> b.keyConditions(key).queryFilter(conditions("x", cond("EQ", n("10")), "s", cond("EQ", s("str3")))).conditionalOperator("OR")),
        q("AND", b -> b.keyConditions(key).queryFilter(conditions("x", cond("GE", n("10")), "s", cond("EQ", s("str3")))).conditionalOperator("AND")),
        q("ConditionalOperator without filter", b -> b.keyConditions(key).conditionalOperator("OR")),
        q("ConditionalOperator with one condition", b -> b.keyConditions(key).queryFilter(conditions("x", cond("EQ", n("10")))).conditionalOperator("OR")),
        q("invalid number", b -> b.keyConditions(key).queryFilter(conditions("x", cond("GT", n("abc"))))),
        q("empty filter name", b -> b.keyConditions(key).queryFilter(conditions("", cond("NULL")))),
        q("AttributesToGet", b -> b.keyConditions(key).attributesToGet("x", "sk")),
        q("AttributesToGet twice", b -> b.keyConditions(key).attributesToGet("x", "x")),
        q("AttributesToGet and ALL_ATTRIBUTES", b -> b.keyConditions(key).attributesToGet("x").select("ALL_ATTRIBUTES")),
        q("AttributesToGet and COUNT", b -> b.keyConditions(key).attributesToGet("x").select("COUNT")),
        q("AttributesToGet and SPECIFIC_ATTRIBUTES", b -> b.keyConditions(key).attributesToGet("x").select("SPECIFIC_ATTRIBUTES")),
        q("AttributesToGet of nested names", b -> b.keyConditions(key).attributesToGet("x.y", "name")),
        q("Limit and filter", b -> b.keyConditions(key).queryFilter(conditions("x", cond("GT", n("0")))).limit(2)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("queries")
  void query_whenLegacyParametersGiven_behavesLikeDynamoDb(String name, Consumer<QueryRequest.Builder> request) {
    differential.same(
        c -> {
          QueryRequest.Builder builder = QueryRequest.builder().tableName("legacy");
          request.accept(builder);
          return c.query(builder.build());
        },
        QueryDifferentialTest::view);
  }

  static Stream<Arguments> scans() {
    return Stream.of(
        Arguments.of("ScanFilter", (Consumer<ScanRequest.Builder>) b -> b.scanFilter(conditions("x", cond("GE", n("20"))))),
        Arguments.of("on key", (Consumer<ScanRequest.Builder>) b -> b.scanFilter(conditions("sk", cond("GE", n("2"))))),
        Arguments.of("and FilterExpression", (Consumer<ScanRequest.Builder>) b -> b.scanFilter(conditions("x", cond("GE", n("20")))).filterExpression("x > :v").expressionAttributeValues(Map.of(":v", n("1")))),
        Arguments.of("and ProjectionExpression", (Consumer<ScanRequest.Builder>) b -> b.scanFilter(conditions("x", cond("GE", n("20")))).projectionExpression("x")),
        Arguments.of("AttributesToGet and FilterExpression", (Consumer<ScanRequest.Builder>) b -> b.attributesToGet("x").filterExpression("x > :v").expressionAttributeValues(Map.of(":v", n("1")))),
        Arguments.of("AttributesToGet", (Consumer<ScanRequest.Builder>) b -> b.attributesToGet("x", "s")),
        Arguments.of("empty ScanFilter", (Consumer<ScanRequest.Builder>) b -> b.scanFilter(Map.of())),
        Arguments.of("ConditionalOperator and names", (Consumer<ScanRequest.Builder>) b -> b.scanFilter(conditions("x", cond("GE", n("20")))).conditionalOperator("AND").expressionAttributeNames(Map.of("#a", "x"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scans")
  void scan_whenLegacyParametersGiven_behavesLikeDynamoDb(String name, Consumer<ScanRequest.Builder> request) {
    differential.same(
        c -> {
          ScanRequest.Builder builder = ScanRequest.builder().tableName("legacy");
          request.accept(builder);
          return c.scan(builder.build());
        },
        r -> Canonical.items(r.items()).stream().sorted().toList() + " " + r.count());
  }

  private static ExpectedAttributeValue.Builder expect() {
    return ExpectedAttributeValue.builder();
  }

  static Stream<Arguments> expected() {
    return Stream.of(
        Arguments.of("Value equal", Map.of("n", expect().value(n("5")).build()), null),
        Arguments.of("Value not equal", Map.of("n", expect().value(n("4")).build()), null),
        Arguments.of("Exists false, absent", Map.of("y", expect().exists(false).build()), null),
        Arguments.of("Exists false, present", Map.of("n", expect().exists(false).build()), null),
        Arguments.of("Exists true without Value", Map.of("n", expect().exists(true).build()), null),
        Arguments.of("Exists false with Value", Map.of("n", expect().exists(false).value(n("5")).build()), null),
        Arguments.of("Exists true with Value", Map.of("n", expect().exists(true).value(n("5")).build()), null),
        Arguments.of("nothing", Map.of("n", expect().build()), null),
        Arguments.of("GT", Map.of("n", expect().comparisonOperator("GT").attributeValueList(n("4")).build()), null),
        Arguments.of("NULL", Map.of("y", expect().comparisonOperator("NULL").build()), null),
        Arguments.of("operator with Value", Map.of("n", expect().comparisonOperator("EQ").value(n("5")).build()), null),
        Arguments.of("operator with Exists", Map.of("n", expect().comparisonOperator("EQ").attributeValueList(n("5")).exists(true).build()), null),
        Arguments.of("list without operator", Map.of("n", expect().attributeValueList(n("5")).build()), null),
        Arguments.of("OR", Map.of("n", expect().value(n("4")).build(), "s", expect().value(s("str")).build()), "OR"),
        Arguments.of("AND", Map.of("n", expect().value(n("4")).build(), "s", expect().value(s("str")).build()), "AND"),
        Arguments.of("ConditionalOperator alone", null, "AND"),
        Arguments.of("empty", Map.of(), null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("expected")
  void putItem_whenExpectedGiven_behavesLikeDynamoDb(
      String name, Map<String, ExpectedAttributeValue> expected, String conditionalOperator) {
    differential.both(c -> c.putItem(r -> r.tableName("legacy").item(ITEM)));
    differential.sameOutcome(
        c -> c.putItem(r -> r.tableName("legacy").item(ITEM).expected(expected).conditionalOperator(conditionalOperator)));
    differential.sameOutcome(
        c -> c.deleteItem(r -> r.tableName("legacy").key(item("pk", s("u"), "sk", n("0"))).expected(expected).conditionalOperator(conditionalOperator)));
  }

  @Test
  void writes_whenExpectedMixedWithExpressions_failLikeDynamoDb() {
    Map<String, ExpectedAttributeValue> expected = Map.of("n", expect().value(n("5")).build());
    differential.sameOutcome(
        c -> c.putItem(r -> r.tableName("legacy").item(ITEM).expected(expected).conditionExpression("attribute_exists(n)")));
    differential.sameOutcome(
        c -> c.putItem(r -> r.tableName("legacy").item(item("pk", s("new"), "sk", n("9"))).expected(expected)));
    differential.sameOutcome(
        c -> c.updateItem(r -> r.tableName("legacy").key(item("pk", s("u"), "sk", n("0"))).expected(expected).updateExpression("SET y = :v").expressionAttributeValues(Map.of(":v", n("1")))));
    differential.sameOutcome(
        c -> c.getItem(r -> r.tableName("legacy").key(item("pk", s("u"), "sk", n("0"))).attributesToGet("n").projectionExpression("n")));
    differential.same(
        c -> c.getItem(r -> r.tableName("legacy").key(item("pk", A, "sk", n("1"))).attributesToGet("x", "s")),
        r -> Canonical.item(r.item()));
    differential.sameOutcome(
        c -> c.getItem(r -> r.tableName("legacy").key(item("pk", A, "sk", n("1"))).attributesToGet("x", "x")));
  }

  private static AttributeValueUpdate update(String action, AttributeValue value) {
    return AttributeValueUpdate.builder().action(action).value(value).build();
  }

  static Stream<Arguments> attributeUpdates() {
    return Stream.of(
        Arguments.of("PUT", Map.of("x", update("PUT", n("1"))), "ALL_NEW"),
        Arguments.of("PUT without value", Map.of("x", update("PUT", null)), "ALL_NEW"),
        Arguments.of("PUT NULL", Map.of("x", update("PUT", AttributeValue.fromNul(true))), "ALL_NEW"),
        Arguments.of("PUT empty set", Map.of("x", update("PUT", ss())), "ALL_NEW"),
        Arguments.of("DELETE", Map.of("n", update("DELETE", null)), "ALL_NEW"),
        Arguments.of("DELETE absent", Map.of("zz", update("DELETE", null)), "ALL_NEW"),
        Arguments.of("DELETE from set", Map.of("ss", update("DELETE", ss("a"))), "ALL_NEW"),
        Arguments.of("DELETE whole set", Map.of("ss", update("DELETE", ss("a", "b"))), "ALL_NEW"),
        Arguments.of("DELETE number value", Map.of("n", update("DELETE", n("5"))), "ALL_NEW"),
        Arguments.of("DELETE set from string", Map.of("s", update("DELETE", ss("a"))), "ALL_NEW"),
        Arguments.of("ADD number", Map.of("n", update("ADD", n("2"))), "ALL_NEW"),
        Arguments.of("ADD absent number", Map.of("zz", update("ADD", n("2"))), "ALL_NEW"),
        Arguments.of("ADD set", Map.of("ss", update("ADD", ss("c"))), "ALL_NEW"),
        Arguments.of("ADD list", Map.of("l", update("ADD", l(n("2")))), "ALL_NEW"),
        Arguments.of("ADD absent list", Map.of("zz", update("ADD", l(n("2")))), "ALL_NEW"),
        Arguments.of("ADD string", Map.of("s", update("ADD", s("x"))), "ALL_NEW"),
        Arguments.of("ADD without value", Map.of("n", update("ADD", null)), "ALL_NEW"),
        Arguments.of("ADD mismatch", Map.of("n", update("ADD", ss("c"))), "ALL_NEW"),
        Arguments.of("unknown action", Map.of("n", update("FOO", n("1"))), "ALL_NEW"),
        Arguments.of("key attribute", Map.of("pk", update("PUT", s("b"))), "ALL_NEW"),
        Arguments.of("several, UPDATED_OLD", Map.of("x", update("PUT", n("1")), "n", update("ADD", n("1")), "s", update("DELETE", null)), "UPDATED_OLD"),
        Arguments.of("several, UPDATED_NEW", Map.of("x", update("PUT", n("1")), "n", update("ADD", n("1")), "s", update("DELETE", null)), "UPDATED_NEW"),
        Arguments.of("empty", Map.of(), "ALL_NEW"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("attributeUpdates")
  void updateItem_whenAttributeUpdatesGiven_updatesLikeDynamoDb(
      String name, Map<String, AttributeValueUpdate> updates, String returnValues) {
    differential.both(c -> c.putItem(r -> r.tableName("legacy").item(ITEM)));
    differential.same(
        c ->
            c.updateItem(
                UpdateItemRequest.builder()
                    .tableName("legacy")
                    .key(item("pk", s("u"), "sk", n("0")))
                    .attributeUpdates(updates)
                    .returnValues(returnValues)
                    .build()),
        r -> Canonical.item(r.attributes()));
    differential.same(
        c -> c.getItem(r -> r.tableName("legacy").key(item("pk", s("u"), "sk", n("0")))),
        r -> Canonical.item(r.item()));
  }

  @Test
  void updateItem_whenAttributeUpdatesMixedWithExpressions_failsLikeDynamoDb() {
    Map<String, AttributeValueUpdate> put = Map.of("x", update("PUT", n("1")));
    differential.sameOutcome(
        c -> c.updateItem(r -> r.tableName("legacy").key(item("pk", s("u"), "sk", n("0"))).attributeUpdates(put).updateExpression("SET y = :v").expressionAttributeValues(Map.of(":v", n("1")))));
    differential.sameOutcome(
        c -> c.updateItem(r -> r.tableName("legacy").key(item("pk", s("u"), "sk", n("0"))).attributeUpdates(put).conditionExpression("attribute_exists(n)")));
    differential.sameOutcome(
        c -> c.updateItem(r -> r.tableName("legacy").key(item("pk", s("u"), "sk", n("0"))).attributeUpdates(put).expected(Map.of("n", expect().value(n("5")).build()))));
    differential.same(
        c -> c.updateItem(r -> r.tableName("legacy").key(item("pk", s("new"), "sk", n("1"))).attributeUpdates(Map.of("x", update("ADD", l(n("1"))))).returnValues("ALL_NEW")),
        r -> Canonical.item(r.attributes()));
  }

  /**
   * An AttributeValueUpdate without an Action is a PUT: "Valid values are PUT (default), DELETE,
   * and ADD" (Amazon DynamoDB API Reference, AttributeValueUpdate,
   * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_AttributeValueUpdate.html).
   * DynamoDB Local 3.1.0 ignores such an update.
   */
  @Test
  void updateItem_whenAttributeUpdateHasNoAction_putsAsDocumented() {
    differential.both(c -> c.putItem(r -> r.tableName("legacy").item(ITEM)));
    List<String> results = new java.util.ArrayList<>();
    for (var client : List.of(differential.local(), differential.engine())) {
      results.add(
          Canonical.item(
              client
                  .updateItem(
                      r ->
                          r.tableName("legacy")
                              .key(item("pk", s("u"), "sk", n("0")))
                              .attributeUpdates(Map.of("x", AttributeValueUpdate.builder().value(n("1")).build()))
                              .returnValues("UPDATED_NEW"))
                  .attributes()));
    }
    differential.both(c -> c.putItem(r -> r.tableName("legacy").item(ITEM)));
    org.assertj.core.api.Assertions.assertThat(results).containsExactly("{}", "{x=N:1}");
  }
}
