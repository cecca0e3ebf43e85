package io.sable.engine.differential;

import static io.sable.engine.differential.Fixtures.b;
import static io.sable.engine.differential.Fixtures.item;
import static io.sable.engine.differential.Fixtures.l;
import static io.sable.engine.differential.Fixtures.m;
import static io.sable.engine.differential.Fixtures.n;
import static io.sable.engine.differential.Fixtures.ns;
import static io.sable.engine.differential.Fixtures.s;
import static io.sable.engine.differential.Fixtures.ss;

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
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/** PutItem, GetItem and DeleteItem against DynamoDB Local: values, keys, conditions, errors. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ItemOperationsDifferentialTest {
  private Differential differential;

  @BeforeAll
  void start() {
    differential = Differential.start();
    differential.both(c -> Fixtures.create(c, Fixtures.table("items", 1, "pk", "S")));
    differential.both(c -> Fixtures.create(c, Fixtures.table("sorted", 2, "pk", "S", "sk", "N")));
    differential.both(c -> Fixtures.create(c, Fixtures.table("binary", 2, "pk", "B", "sk", "B")));
  }

  @AfterAll
  void stop() {
    differential.close();
  }

  static Stream<Arguments> items() {
    return Stream.of(
        Arguments.of("numbers normalised", item("pk", s("n1"), "a", n("1.0"), "b", n("1.5E2"),
            "c", n("-0"), "d", n("0.00100"), "e", n("+5"), "f", n(".5"), "g", n("1e-3"),
            "h", n("100E-2"), "i", n("0001"), "j", n("1E+2"), "k", n("-12.3400"), "l", n("1."))),
        Arguments.of("number bounds", item("pk", s("n2"),
            "a", n("9.9999999999999999999999999999999999999E+125"), "b", n("1E-130"),
            "c", n("-9.9999999999999999999999999999999999999E+125"), "d", n("-1E-130"),
            "e", n("1234567890123456789012345678901234567800"))),
        Arguments.of("number too precise", item("pk", s("x"), "a", n("123456789012345678901234567890123456789"))),
        Arguments.of("number overflow", item("pk", s("x"), "a", n("1E126"))),
        Arguments.of("number negative overflow", item("pk", s("x"), "a", n("-1E126"))),
        Arguments.of("number underflow", item("pk", s("x"), "a", n("1E-131"))),
        Arguments.of("not a number", item("pk", s("x"), "a", n("abc"))),
        Arguments.of("empty number", item("pk", s("x"), "a", n(""))),
        Arguments.of("number with space", item("pk", s("x"), "a", n(" 1"))),
        Arguments.of("NaN", item("pk", s("x"), "a", n("NaN"))),
        Arguments.of("number exponent missing", item("pk", s("x"), "a", n("1e"))),
        Arguments.of("number in list normalised", item("pk", s("n3"), "a", l(n("1.0"), m("x", n("2.50"))))),
        Arguments.of("number set normalised", item("pk", s("n4"), "a", ns("1.0", "20"))),
        Arguments.of("number set duplicate after normalising", item("pk", s("x"), "a", ns("1", "1.0"))),
        Arguments.of("number set duplicate", item("pk", s("x"), "a", ns("1", "1"))),
        Arguments.of("string set duplicate", item("pk", s("x"), "a", ss("a", "a"))),
        Arguments.of("empty string set", item("pk", s("x"), "a", AttributeValue.fromSs(List.of()))),
        Arguments.of("empty number set", item("pk", s("x"), "a", AttributeValue.fromNs(List.of()))),
        Arguments.of("empty binary set", item("pk", s("x"), "a", AttributeValue.fromBs(List.of()))),
        Arguments.of("binary set duplicate", item("pk", s("x"), "a", AttributeValue.fromBs(
            List.of(SdkBytes.fromUtf8String("a"), SdkBytes.fromUtf8String("a"))))),
        Arguments.of("empty values allowed", item("pk", s("e"), "a", s(""), "b", l(), "c", m(), "d", b())),
        Arguments.of("all types", item("pk", s("t"), "s", s("x"), "n", n("1"), "b", b(1, 2),
            "ss", ss("a", "b"), "ns", ns("1", "2"), "bool", AttributeValue.fromBool(false),
            "null", AttributeValue.fromNul(true), "l", l(s("a"), n("1")), "m", m("k", s("v")))),
        Arguments.of("null false", item("pk", s("x"), "a", AttributeValue.fromNul(false))),
        Arguments.of("empty attribute value", item("pk", s("x"), "a", AttributeValue.builder().build())),
        Arguments.of("two types", item("pk", s("x"), "a", AttributeValue.builder().s("a").n("1").build())),
        Arguments.of("nested empty value", item("pk", s("x"), "a", l(AttributeValue.builder().build()))),
        Arguments.of("empty attribute name", item("pk", s("x"), "", s("a"))),
        Arguments.of("empty partition key", item("pk", s(""))),
        Arguments.of("partition key wrong type", item("pk", n("1"))),
        Arguments.of("partition key missing", item("a", s("1"))),
        Arguments.of("partition key 2048 bytes", item("pk", s("x".repeat(2048)))),
        Arguments.of("partition key 2049 bytes", item("pk", s("x".repeat(2049)))),
        Arguments.of("partition key multibyte over 2048 bytes", item("pk", s("é".repeat(1025)))),
        Arguments.of("item over 400 KB", item("pk", s("big"), "a", s("y".repeat(400 * 1024)))),
        Arguments.of("item near 400 KB", item("pk", s("big"), "a", s("y".repeat(400 * 1024 - 10)))));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("items")
  void putItem_whenItemGiven_storesAndFailsLikeDynamoDb(String label, Map<String, AttributeValue> item) {
    differential.sameOutcome(c -> c.putItem(r -> r.tableName("items").item(item)));
    AttributeValue pk = item.get("pk");
    if (pk != null && pk.s() != null && !pk.s().isEmpty()) {
      differential.same(
          c -> c.getItem(r -> r.tableName("items").key(Map.of("pk", pk))),
          response -> Canonical.item(response.hasItem() ? response.item() : null));
    }
  }

  static Stream<Arguments> keys() {
    return Stream.of(
        Arguments.of("sort key missing", "sorted", item("pk", s("a"))),
        Arguments.of("sort key wrong type", "sorted", item("pk", s("a"), "sk", s("1"))),
        Arguments.of("extra attribute", "items", item("pk", s("a"), "x", s("1"))),
        Arguments.of("no attributes", "items", item()),
        Arguments.of("wrong name", "items", item("zz", s("1"))),
        Arguments.of("wrong type", "items", item("pk", n("1"))),
        Arguments.of("empty string", "items", item("pk", s(""))),
        Arguments.of("number sort key normalised", "sorted", item("pk", s("n"), "sk", n("1.50"))),
        Arguments.of("invalid number sort key", "sorted", item("pk", s("n"), "sk", n("x"))),
        Arguments.of("empty binary key", "binary", item("pk", b(), "sk", b(1))),
        Arguments.of("binary key", "binary", item("pk", b(1), "sk", b(255))),
        Arguments.of("missing table", "missing", item("pk", s("a"))),
        Arguments.of("invalid table name", "a", item("pk", s("a"))),
        Arguments.of("invalid table name characters", "a b c", item("pk", s("a"))));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("keys")
  void getItem_whenKeyGiven_readsAndFailsLikeDynamoDb(
      String label, String table, Map<String, AttributeValue> key) {
    differential.both(c -> c.putItem(r -> r.tableName("sorted").item(item("pk", s("n"), "sk", n("1.5"), "v", s("x")))));
    differential.both(c -> c.putItem(r -> r.tableName("binary").item(item("pk", b(1), "sk", b(255)))));
    if (label.startsWith("missing table")) {
      differential.sameErrorExceptMessage(
          c -> c.getItem(r -> r.tableName(table).key(key)), "Requested resource not found");
      return;
    }
    differential.same(
        c -> c.getItem(r -> r.tableName(table).key(key)),
        response -> Canonical.item(response.hasItem() ? response.item() : null));
    differential.sameOutcome(c -> c.deleteItem(r -> r.tableName(table).key(key)));
  }

  @Test
  void getItem_whenKeyIsNull_failsLikeDynamoDb() {
    differential.sameOutcome(c -> c.getItem(r -> r.tableName("items")));
  }

  @Test
  void putItem_whenTableIsMissing_throwsResourceNotFoundWithDynamoDbMessage() {
    // DynamoDB Local says "Cannot do operations on a non-existent table"; DynamoDB says
    // "Requested resource not found" (AWS DynamoDB API reference, ResourceNotFoundException).
    differential.sameErrorExceptMessage(
        c -> c.putItem(r -> r.tableName("missing").item(item("pk", s("a")))),
        "Requested resource not found");
  }

  static Stream<Arguments> projections() {
    return Stream.of(
        Arguments.of("a, c", null),
        Arguments.of("m.a[1].c, m.b, m.a[5]", null),
        Arguments.of("m.a[1], m.a[0]", null),
        Arguments.of("#m.#b, nope.x", Map.of("#m", "m", "#b", "b")),
        Arguments.of("l[2], l[0]", null),
        Arguments.of("m.b[0]", null),
        Arguments.of("a, a", null),
        Arguments.of("m, m.a", null),
        Arguments.of("m.a, m[0]", null),
        Arguments.of("name", null),
        Arguments.of("#n", null),
        Arguments.of("a", Map.of("#n", "x")),
        Arguments.of("", null),
        Arguments.of("a,,b", null),
        Arguments.of(":v", null),
        Arguments.of("a.", null),
        Arguments.of("a[", null),
        Arguments.of("a[x]", null),
        Arguments.of("a[-1]", null),
        Arguments.of("a[99999999999]", null),
        Arguments.of("1a", null),
        Arguments.of("a b", null));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("projections")
  void getItem_whenProjectionExpressionGiven_projectsLikeDynamoDb(
      String projection, Map<String, String> names) {
    differential.both(
        c ->
            c.putItem(
                r ->
                    r.tableName("items")
                        .item(
                            item("pk", s("p"), "a", n("1"), "c", s("x"), "l", l(n("0"), n("1"), n("2")),
                                "m", m("a", l(n("0"), m("c", n("1"), "d", n("2"))), "b", n("3"))))));
    differential.same(
        c ->
            c.getItem(
                r ->
                    r.tableName("items")
                        .key(item("pk", s("p")))
                        .projectionExpression(projection)
                        .expressionAttributeNames(names)
                        .consistentRead(true)),
        (GetItemResponse response) -> Canonical.item(response.hasItem() ? response.item() : null));
  }

  static Stream<Arguments> returnValues() {
    return Stream.of(
        Arguments.of("ALL_OLD"), Arguments.of("NONE"), Arguments.of("ALL_NEW"),
        Arguments.of("UPDATED_OLD"), Arguments.of("FOO"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("returnValues")
  void putItemAndDeleteItem_whenReturnValuesGiven_returnLikeDynamoDb(String returnValues) {
    differential.both(c -> c.putItem(r -> r.tableName("items").item(item("pk", s("rv"), "a", n("1")))));
    differential.same(
        c ->
            c.putItem(
                r ->
                    r.tableName("items")
                        .item(item("pk", s("rv"), "a", n("2")))
                        .returnValues(returnValues)),
        response -> Canonical.item(response.attributes()));
    differential.same(
        c -> c.deleteItem(r -> r.tableName("items").key(item("pk", s("rv"))).returnValues(returnValues)),
        response -> Canonical.item(response.attributes()));
    differential.same(
        c -> c.deleteItem(r -> r.tableName("items").key(item("pk", s("rv"))).returnValues(returnValues)),
        response -> Canonical.item(response.attributes()));
  }

  @Test
  void putItem_whenConditionFailsWithReturnValuesOnConditionCheckFailure_returnsOldItem() {
    differential.both(c -> c.putItem(r -> r.tableName("items").item(item("pk", s("cc"), "a", n("1")))));
    differential.same(
        c -> {
          try {
            c.putItem(
                r ->
                    r.tableName("items")
                        .item(item("pk", s("cc"), "a", n("2")))
                        .conditionExpression("a = :v")
                        .expressionAttributeValues(Map.of(":v", n("5")))
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
            return "no failure";
          } catch (ConditionalCheckFailedException e) {
            return Canonical.item(e.item()) + " " + e.awsErrorDetails().errorMessage();
          }
        },
        result -> result);
    differential.same(
        c -> c.getItem(r -> r.tableName("items").key(item("pk", s("cc")))),
        response -> Canonical.item(response.item()));
  }

  @Test
  void deleteItem_whenConditionGiven_deletesOnlyWhenItHolds() {
    differential.both(c -> c.putItem(r -> r.tableName("items").item(item("pk", s("dc"), "a", n("1")))));
    differential.sameOutcome(
        c ->
            c.deleteItem(
                r ->
                    r.tableName("items")
                        .key(item("pk", s("dc")))
                        .conditionExpression("a > :v")
                        .expressionAttributeValues(Map.of(":v", n("1")))));
    differential.same(
        c ->
            c.deleteItem(
                r ->
                    r.tableName("items")
                        .key(item("pk", s("dc")))
                        .conditionExpression("a >= :v")
                        .expressionAttributeValues(Map.of(":v", n("1")))
                        .returnValues(ReturnValue.ALL_OLD)),
        response -> Canonical.item(response.attributes()));
    differential.sameOutcome(
        c ->
            c.deleteItem(
                r -> r.tableName("items").key(item("pk", s("dc"))).conditionExpression("attribute_exists(pk)")));
  }

  @Test
  void putItem_whenExpressionAttributesWithoutExpression_failsLikeDynamoDb() {
    differential.sameOutcome(
        c ->
            c.putItem(
                r -> r.tableName("items").item(item("pk", s("x"))).expressionAttributeNames(Map.of("#a", "a"))));
    differential.sameOutcome(
        c ->
            c.putItem(
                r -> r.tableName("items").item(item("pk", s("x"))).expressionAttributeValues(Map.of(":a", n("1")))));
  }
}
