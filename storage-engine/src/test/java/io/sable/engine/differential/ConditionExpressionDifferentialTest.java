package io.sable.engine.differential;

import static io.sable.engine.differential.Fixtures.b;
import static io.sable.engine.differential.Fixtures.item;
import static io.sable.engine.differential.Fixtures.l;
import static io.sable.engine.differential.Fixtures.m;
import static io.sable.engine.differential.Fixtures.n;
import static io.sable.engine.differential.Fixtures.ns;
import static io.sable.engine.differential.Fixtures.s;
import static io.sable.engine.differential.Fixtures.ss;

import java.util.Collections;
import java.util.LinkedHashMap;
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

/**
 * ConditionExpression against DynamoDB Local, table-driven: each case is a PutItem with a
 * condition on an existing item; outcomes (success, ConditionalCheckFailedException, or a
 * ValidationException's message) must match.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConditionExpressionDifferentialTest {
  private static final Map<String, AttributeValue> ITEM =
      item("pk", s("a"), "x", n("1"), "s", s("héllo"), "l", l(n("1"), s("x")),
          "mp", m("k", s("v"), "n", m("z", n("2"))), "ss", ss("a", "b"), "ns", ns("1", "2"),
          "bb", b(1, 2, 3), "t", AttributeValue.fromBool(true), "nl", AttributeValue.fromNul(true),
          "e", s(""), "neg", n("-5.5"), "emo", s("a\uD83D\uDE00"));

  private Differential differential;

  @BeforeAll
  void start() {
    differential = Differential.start();
    differential.both(c -> Fixtures.create(c, Fixtures.table("conditions", 1, "pk", "S")));
  }

  @AfterAll
  void stop() {
    differential.close();
  }

  private static Arguments c(String expression, Object... values) {
    return Arguments.of(expression, null, item(values));
  }

  private static Arguments named(String expression, Map<String, String> names, Object... values) {
    return Arguments.of(expression, names, item(values));
  }

  static Stream<Arguments> conditions() {
    return Stream.of(
        c("x = :v", ":v", n("1")),
        c("x = :v", ":v", n("1.0")),
        c("x <> :v", ":v", n("1")),
        c("nope <> :v", ":v", n("1")),
        c("nope = :v", ":v", n("1")),
        c("x < :v", ":v", n("2")),
        c("x <= :v", ":v", n("1")),
        c("x > :v", ":v", n("0.5")),
        c("x >= :v", ":v", n("2")),
        c("neg < :v", ":v", n("-5")),
        c("s < :v", ":v", n("1")),
        c("s <> :v", ":v", n("1")),
        c("s > :v", ":v", s("hello")),
        c("s < :v", ":v", s("h\uD83D\uDE00")),
        c("bb > :v", ":v", b(1, 2)),
        c("bb < :v", ":v", b(1, 255)),
        c("l < x"),
        c("x < :v", ":v", AttributeValue.fromBool(true)),
        c("x < :v", ":v", l()),
        c("x BETWEEN :lo AND :hi", ":lo", n("1"), ":hi", n("5")),
        c("x BETWEEN :lo AND :hi", ":lo", n("2"), ":hi", n("5")),
        c("x BETWEEN :hi AND :lo", ":lo", n("1"), ":hi", n("5")),
        c("x BETWEEN :lo AND :hi", ":lo", n("1"), ":hi", s("5")),
        c("x BETWEEN :lo AND :hi", ":lo", ss("a"), ":hi", ss("b")),
        c("x between :lo and :hi", ":lo", n("1"), ":hi", n("1")),
        c("x IN (:a, :b)", ":a", n("0"), ":b", n("1")),
        c("x IN (:a)", ":a", n("0")),
        c("x IN ()", ":a", n("0")),
        c("x IN (" + String.join(",", Collections.nCopies(100, ":a")) + ")", ":a", n("1")),
        c("x IN (" + String.join(",", Collections.nCopies(101, ":a")) + ")", ":a", n("1")),
        c("x IN (s, :a)", ":a", s("héllo")),
        c("size(s) = :v", ":v", n("5")),
        c("size(s) = :v", ":v", n("6")),
        c("size(l) = :v", ":v", n("2")),
        c("size(mp) = :v", ":v", n("2")),
        c("size(ss) = :v", ":v", n("2")),
        c("size(bb) = :v", ":v", n("3")),
        c("size(x) = :v", ":v", n("1")),
        c("size(nope) = :v", ":v", n("0")),
        c("size(s) > :v", ":v", s("x")),
        c("size(emo) = :v", ":v", n("2")),
        c("size(emo) = :v", ":v", n("3")),
        c("size(emo) = :v", ":v", n("5")),
        c("size(:v) = :w", ":v", s("abc"), ":w", n("3")),
        c("contains(:v, x)", ":v", l(n("1"))),
        c("begins_with(:v, s)", ":v", s("héllo world")),
        c("size(s, x) = :v", ":v", n("5")),
        c("size(s)"),
        c("size(:v) = :v", ":v", n("1")),
        c("foo(s)"),
        c("ATTRIBUTE_EXISTS(s)"),
        c("attribute_exists(s) = :v", ":v", n("1")),
        c("attribute_exists(:v)", ":v", n("1")),
        c("attribute_exists(s)"),
        c("attribute_exists(mp.n.z)"),
        c("attribute_exists(l[1])"),
        c("attribute_exists(l[2])"),
        c("attribute_not_exists(nope)"),
        c("attribute_not_exists(s)"),
        c("attribute_exists(s, x)"),
        c("attribute_type(x, :t)", ":t", s("N")),
        c("attribute_type(x, :t)", ":t", s("S")),
        c("attribute_type(nl, :t)", ":t", s("NULL")),
        c("attribute_type(t, :t)", ":t", s("BOOL")),
        c("attribute_type(x, :t)", ":t", s("FOO")),
        c("attribute_type(x, :t)", ":t", n("1")),
        c("begins_with(s, :v)", ":v", s("hé")),
        c("begins_with(s, :v)", ":v", s("x")),
        c("begins_with(bb, :v)", ":v", b(1, 2)),
        c("begins_with(x, :v)", ":v", n("1")),
        c("begins_with(x, :v)", ":v", s("1")),
        c("contains(ss, :v)", ":v", s("a")),
        c("contains(ns, :v)", ":v", n("2")),
        c("contains(l, :v)", ":v", n("1")),
        c("contains(l, :v)", ":v", s("y")),
        c("contains(s, :v)", ":v", s("ll")),
        c("contains(bb, :v)", ":v", b(2, 3)),
        c("contains(x, :v)", ":v", n("1")),
        c("if_not_exists(x, :v) = :v", ":v", n("1")),
        c("list_append(l, :v)", ":v", l()),
        c("l = :v", ":v", l(n("1"), s("x"))),
        c("l = :v", ":v", l(s("x"), n("1"))),
        c("ss = :v", ":v", ss("b", "a")),
        c("ns = :v", ":v", ns("2.0", "1")),
        c("mp = :v", ":v", m("n", m("z", n("2")), "k", s("v"))),
        c("mp.k = :v", ":v", s("v")),
        c("mp . k = :v", ":v", s("v")),
        c("l[0] = :v", ":v", n("1")),
        c("mp[0] = :v", ":v", n("1")),
        c("l.k = :v", ":v", n("1")),
        c(":v = :v", ":v", n("1")),
        c(":v = :w", ":v", n("1"), ":w", n("2")),
        c("NOT x = :v AND x = :v", ":v", n("1")),
        c("NOT (x = :v AND x = :w)", ":v", n("1"), ":w", n("2")),
        c("x = :w OR x = :v AND x = :w", ":v", n("1"), ":w", n("2")),
        c("(x = :w OR x = :v) AND x = :w", ":v", n("1"), ":w", n("2")),
        c("x = :v and x = :v", ":v", n("1")),
        c("x = :v AND x = :v", ":v", n("1")),
        c("pk = :v", ":v", s("a")),
        c("e = :v", ":v", s("")),
        c("t = :v", ":v", AttributeValue.fromBool(true)),
        c("nl = :v", ":v", AttributeValue.fromNul(true)),
        c("x"),
        c("x ="),
        c("x = = :v", ":v", n("1")),
        c(":v = x x", ":v", n("1")),
        c("(x = :v", ":v", n("1")),
        c("x = :v)", ":v", n("1")),
        c("x = :v $", ":v", n("1")),
        c("my-attr = :v", ":v", n("1")),
        c("`x` = :v", ":v", n("1")),
        c("l[-1] = :v", ":v", n("1")),
        c("l[100000000000] = :v", ":v", n("1")),
        c("name = :v", ":v", n("1")),
        c("x = :v AND Name = :v", ":v", n("1")),
        c("x = :w", ":v", n("1")),
        c("#n = :v", ":v", n("1")),
        c("x = :v", ":v", n("1"), ":w", n("2")),
        c("x = :v", ":v", n("1"), "v", n("2")),
        c(""),
        c("   "),
        c("x = :v", ":v", ss()),
        c("AND = :v", ":v", n("1")),
        c("x = :v OR", ":v", n("1")),
        c("NOT", ":v", n("1")),
        c("x BETWEEN :v", ":v", n("1")),
        c("x IN :v", ":v", n("1")),
        c("(x) = :v", ":v", n("1")),
        c("x = (:v)", ":v", n("1")),
        c("((x)) = :v", ":v", n("1")),
        c("((x = :v))", ":v", n("1")),
        c("(x = :v) AND ((x = :v))", ":v", n("1")),
        c("((x = :v)) AND AND", ":v", n("1")),
        c("NOT ((x = :v))", ":v", n("1")),
        c("((x = :v) OR x = :v)", ":v", n("1")),
        c("(x) AND x = :v", ":v", n("1")),
        c("((x) = :v", ":v", n("1")),
        c("(x = :v) = :v", ":v", n("1")),
        c("(NOT x) = :v", ":v", n("1")),
        c("size((s)) = :v", ":v", n("5")),
        c("(size(s)) = :v", ":v", n("5")),
        c("((size(s))) = :v", ":v", n("5")),
        c("(attribute_exists(s))"),
        c("attribute_exists((s))"),
        c("((attribute_exists(s)))"),
        c("x IN ((:v), :v)", ":v", n("1")),
        c("(x) BETWEEN (:v) AND (:v)", ":v", n("1")),
        c("attribute_not_exists(" + "y".repeat(4096 - 22) + ")"),
        c("attribute_not_exists(" + "y".repeat(4097 - 22) + ")"),
        c("attribute_exists(x)" + " ".repeat(4080)),
        c("x = :v" + " AND x = :v".repeat(149), ":v", n("1")),
        c("x = :v" + " AND x = :v".repeat(150), ":v", n("1")),
        c("x = :v" + " AND x = :v".repeat(200), ":v", n("1")),
        c("x = :v" + " AND x = :v".repeat(148) + " AND NOT NOT x = :v", ":v", n("1")),
        c("x = :v" + " AND x = :v".repeat(148) + " AND size(x) = size(x)", ":v", n("1")),
        c("x = :v" + " AND x = :v".repeat(200) + " AND x = :w", ":v", n("1")),
        c("x = :v" + " AND x = :v".repeat(200) + " AND foo(x)", ":v", n("1")),
        c("x = :v" + " AND x = :v".repeat(200) + " AND ((x = :v))", ":v", n("1")),
        c("attribute_exists(a" + ".b".repeat(31) + ")"),
        c("attribute_exists(a" + ".b".repeat(32) + ")"),
        c("attribute_exists(a" + "[0]".repeat(39) + ")"),
        c("attribute_exists(a" + ".b".repeat(39) + ") AND attribute_exists(x, y)"),
        c("attribute_exists(x, y) AND attribute_exists(a" + ".b".repeat(39) + ")"),
        c("attribute_exists(a" + ".b".repeat(39) + ") AND foo(x)"),
        c("attribute_exists(a" + ".b".repeat(39) + ") AND name = :v", ":v", n("1")),
        c("(".repeat(1500) + "x = :v" + ")".repeat(1500), ":v", n("1")),
        c("NOT ".repeat(1000) + "x = :v", ":v", n("1")),
        c("(x = :v AND ".repeat(400) + "x = :v" + ")".repeat(400), ":v", n("1")),
        named("#n = :v", Map.of("#n", "x"), ":v", n("1")),
        named("#n.#k = :v", Map.of("#n", "mp", "#k", "k"), ":v", s("v")),
        named("x = :v", Map.of("#n", "x", "#m", "y"), ":v", n("1")),
        named("x = :v", Map.of("n", "x"), ":v", n("1")),
        named("x = :v", Map.of(), ":v", n("1")),
        named("# = :v", Map.of("#", "x"), ":v", n("1")),
        named("#name = :v", Map.of("#name", "name"), ":v", n("1")),
        named("#n = :v", Map.of("#n", ""), ":v", n("1")),
        named("#" + "n".repeat(254) + " = :v", Map.of("#" + "n".repeat(254), "x"), ":v", n("1")),
        named("#" + "n".repeat(255) + " = :v", Map.of("#" + "n".repeat(255), "x"), ":v", n("1")),
        named("#n = :v", Map.of("#n", "x".repeat(65535)), ":v", n("1")),
        named("#n = :v", Map.of("#n", "x".repeat(65536)), ":v", n("1")),
        named("#n = :v", Map.of("#n", "\u00e9".repeat(32768)), ":v", n("1")),
        c("x = :" + "v".repeat(255), ":" + "v".repeat(255), n("1")),
        c("x = :" + "v".repeat(254), ":" + "v".repeat(254), n("1")));
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("conditions")
  void putItem_whenConditionExpressionGiven_behavesLikeDynamoDb(
      String expression, Map<String, String> names, Map<String, AttributeValue> values) {
    differential.both(c -> c.putItem(r -> r.tableName("conditions").item(ITEM)));
    differential.sameOutcome(
        c ->
            c.putItem(
                r ->
                    r.tableName("conditions")
                        .item(ITEM)
                        .conditionExpression(expression)
                        .expressionAttributeNames(names)
                        .expressionAttributeValues(values.isEmpty() && !expression.contains(":") ? null : values)));
  }

  @Test
  void putItem_whenConditionUsesSizeAsAttributeName_rejectsReservedWordAsDynamoDbDoes() {
    // DynamoDB reserves SIZE (Developer Guide, "Reserved words in DynamoDB"); DynamoDB Local
    // 3.1.0 omits it from its list and accepts the name.
    Map<String, AttributeValue> values = new LinkedHashMap<>(item(":v", n("1")));
    differential.documentedDifference(
        c ->
            c.putItem(
                r ->
                    r.tableName("conditions")
                        .item(ITEM)
                        .conditionExpression("size = :v AND NOT attribute_exists(pk)")
                        .expressionAttributeValues(values)),
        "ConditionalCheckFailedException|ConditionalCheckFailedException|400|The conditional"
            + " request failed",
        "DynamoDbException|ValidationException|400|Invalid ConditionExpression: Attribute name is a"
            + " reserved keyword; reserved keyword: size");
  }

  @Test
  void putItem_whenConditionOnMissingItem_seesNoAttributes() {
    differential.sameOutcome(
        c ->
            c.putItem(
                r ->
                    r.tableName("conditions")
                        .item(item("pk", s("fresh")))
                        .conditionExpression("attribute_not_exists(pk) AND nope <> :v")
                        .expressionAttributeValues(Map.of(":v", n("1")))));
    differential.sameOutcome(
        c ->
            c.putItem(
                r ->
                    r.tableName("conditions")
                        .item(item("pk", s("fresh2")))
                        .conditionExpression("attribute_exists(pk)")));
    differential.same(c -> c.scan(r -> r.tableName("conditions")), r -> r.count());
  }
}
