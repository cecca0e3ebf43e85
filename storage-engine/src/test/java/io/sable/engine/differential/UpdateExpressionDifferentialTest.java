package io.sable.engine.differential;

import static io.sable.engine.differential.Fixtures.item;
import static io.sable.engine.differential.Fixtures.l;
import static io.sable.engine.differential.Fixtures.m;
import static io.sable.engine.differential.Fixtures.n;
import static io.sable.engine.differential.Fixtures.ns;
import static io.sable.engine.differential.Fixtures.s;
import static io.sable.engine.differential.Fixtures.ss;

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
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * UpdateItem against DynamoDB Local, table-driven: each case resets one item, applies an
 * UpdateExpression with a ReturnValues mode, and compares the returned attributes (or error) and
 * the item afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UpdateExpressionDifferentialTest {
  private static final Map<String, AttributeValue> ITEM =
      item("pk", s("a"), "x", n("1"), "s", s("str"), "l", l(n("1"), n("2"), n("3")),
          "mp", m("k", s("v"), "n", m("z", n("1"))), "ss", ss("a", "b"), "ns", ns("1", "2"));

  private Differential differential;

  @BeforeAll
  void start() {
    differential = Differential.start();
    differential.both(c -> Fixtures.create(c, Fixtures.table("updates", 1, "pk", "S")));
  }

  @AfterAll
  void stop() {
    differential.close();
  }

  private static Arguments u(String expression, ReturnValue returnValue, Object... values) {
    return Arguments.of(expression, returnValue, item(values));
  }

  // SET with {@code count} distinct targets, each one "+" operator.
  private static String ops(int count) {
    StringBuilder update = new StringBuilder("SET ");
    for (int i = 0; i < count; i++) {
      update.append(i == 0 ? "" : ",").append("q").append(i).append("=:v+:v");
    }
    return update.toString();
  }

  static Stream<Arguments> updates() {
    ReturnValue n = ReturnValue.UPDATED_NEW;
    return Stream.of(
        u("SET x = :v", n, ":v", n("5")),
        u("SET x = x + :v", n, ":v", n("5")),
        u("SET x = :v - x", n, ":v", n("5")),
        u("SET x = x + :v + :v", n, ":v", n("5")),
        u("SET x = nope + :v", n, ":v", n("5")),
        u("SET x = s + :v", n, ":v", n("5")),
        u("SET x = x + :v", n, ":v", s("5")),
        u("SET x = :v + :v", n, ":v", n("99999999999999999999999999999999999999")),
        u("SET x = :v + :w", n, ":v", n("1E+20"), ":w", n("0.000000000000000000001")),
        u("SET x = :v - :w", n, ":v", n("0.1"), ":w", n("0.3")),
        u("SET mp.n.z = :v", n, ":v", n("5")),
        u("SET mp.q = :v", n, ":v", n("5")),
        u("SET nope.q = :v", n, ":v", n("5")),
        u("SET l[1] = :v", n, ":v", n("5")),
        u("SET l[10] = :v", n, ":v", n("5")),
        u("SET l[10] = :v, l[11] = :w", n, ":v", n("5"), ":w", n("6")),
        u("SET mp[0] = :v", n, ":v", n("5")),
        u("SET l.a = :v", n, ":v", n("5")),
        u("SET l[0].a = :v", n, ":v", n("5")),
        u("SET x = if_not_exists(x, :v), y = if_not_exists(y, :v)", n, ":v", n("5")),
        u("SET x = if_not_exists(:v, :v)", n, ":v", n("5")),
        u("SET l = list_append(l, :v)", n, ":v", l(n("9"))),
        u("SET l = list_append(:v, l)", n, ":v", l(n("9"))),
        u("SET l = list_append(l, :v)", n, ":v", n("9")),
        u("SET q = list_append(q, :v)", n, ":v", l(n("9"))),
        u("SET l = list_append(s, :v)", n, ":v", l(n("9"))),
        u("SET mp.n.z = list_append(:v, :v)", n, ":v", l(n("1"))),
        u("SET x = s, s = x", n),
        u("SET x = foo(x)", n),
        u("SET x = size(s)", n),
        u("SET x = attribute_exists(s)", n),
        u("SET x = :v,", n, ":v", n("5")),
        u("SET x = :v SET y = :v", n, ":v", n("5")),
        u("SET x = :v, x = :v", n, ":v", n("5")),
        u("SET x = :v REMOVE x", n, ":v", n("5")),
        u("SET mp = :v REMOVE mp.k", n, ":v", n("5")),
        u("SET mp.k = :v REMOVE mp[0]", n, ":v", n("5")),
        u("SET pk = :v", n, ":v", s("5")),
        u("REMOVE pk", n),
        u("set x = :v", n, ":v", n("5")),
        u("SET x = :v", n, ":v", ss()),
        u("", n),
        u("SET", n),
        u("REMOVE x, mp.k", n),
        u("REMOVE l[0], l[2]", n),
        u("REMOVE l[7]", n),
        u("REMOVE nope", n),
        u("REMOVE nope, nope2.x", n),
        u("REMOVE l[0].a", n),
        u("ADD x :v", n, ":v", n("5")),
        u("ADD y :v", n, ":v", n("5")),
        u("ADD ss :v", n, ":v", ss("c", "a")),
        u("ADD ns :v", n, ":v", ns("3", "1.0")),
        u("ADD ss :v", n, ":v", ns("1")),
        u("ADD s :v", n, ":v", s("x")),
        u("ADD s :v", n, ":v", n("1")),
        u("ADD mp.n.z :v", n, ":v", n("1")),
        u("ADD l :v", n, ":v", l()),
        u("ADD :v x", n, ":v", n("5")),
        u("ADD x y", n),
        u("DELETE ss :v", n, ":v", ss("a")),
        u("DELETE ss :v", n, ":v", ss("a", "b", "z")),
        u("DELETE ns :v", n, ":v", ns("2.0")),
        u("DELETE x :v", n, ":v", n("1")),
        u("DELETE ss :v", n, ":v", ns("1")),
        u("DELETE zz :v", n, ":v", ss("a")),
        u("SET x = :v, y = x ADD ns :ns REMOVE s DELETE ss :ss", n,
            ":v", n("5"), ":ns", ns("3"), ":ss", ss("a")),
        u("SET x = :v, mp.k = :v REMOVE s", ReturnValue.UPDATED_OLD, ":v", n("5")),
        u("SET x = :v, mp.k = :v REMOVE s", ReturnValue.UPDATED_NEW, ":v", n("5")),
        u("SET x = :v", ReturnValue.ALL_OLD, ":v", n("5")),
        u("SET x = :v", ReturnValue.ALL_NEW, ":v", n("5")),
        u("SET x = :v", ReturnValue.NONE, ":v", n("5")),
        u("SET l[1] = :v, l[5] = :v", ReturnValue.UPDATED_OLD, ":v", n("5")),
        u("SET l[5] = :v", ReturnValue.UPDATED_NEW, ":v", n("5")),
        u("SET x = x", ReturnValue.UPDATED_NEW),
        u("REMOVE x", ReturnValue.UPDATED_NEW),
        u("REMOVE x", ReturnValue.UPDATED_OLD),
        u("REMOVE l[0]", ReturnValue.UPDATED_NEW),
        u("REMOVE l[0]", ReturnValue.UPDATED_OLD),
        u("ADD ss :v", ReturnValue.UPDATED_NEW, ":v", ss("c")),
        u("DELETE ss :v", ReturnValue.UPDATED_NEW, ":v", ss("a", "b")),
        u("SET l[0] = :v, l[1] = :w", ReturnValue.UPDATED_NEW, ":v", n("5"), ":w", n("6")),
        u("SET #n = :v", ReturnValue.ALL_NEW, ":v", n("5")),
        u("SET x = :v", ReturnValue.ALL_NEW, ":v", n("5"), ":w", n("6")),
        u("SET name = :v", ReturnValue.ALL_NEW, ":v", n("5")),
        u("SET x = :w", ReturnValue.ALL_NEW, ":v", n("5")),
        u("SET y = :v", ReturnValue.ALL_NEW, ":v", m("a", l(n("1.50")))),
        u("SET x = (:v)", n, ":v", n("5")),
        u("SET x = ((:v))", n, ":v", n("5")),
        u("SET x = (x + :v)", n, ":v", n("5")),
        u("SET x = (:v) + (x)", n, ":v", n("5")),
        u("SET x = :v + (:v + :v)", n, ":v", n("5")),
        u("SET x = (x + :v) + :v", n, ":v", n("5")),
        u("SET x = if_not_exists((x), :v)", n, ":v", n("5")),
        u("SET (x) = :v", n, ":v", n("5")),
        u("REMOVE (x)", n),
        u("ADD x (:v)", n, ":v", n("5")),
        u("REMOVE " + "y".repeat(4090), n),
        u("REMOVE a" + ".b".repeat(32), n),
        u("SET x = :v, x = :v REMOVE a" + ".b".repeat(39), n, ":v", n("5")),
        u(ops(300), n, ":v", n("5")),
        u(ops(301), n, ":v", n("5")),
        u("SET y = :v", ReturnValue.NONE, ":v", s("y".repeat(400 * 1024))),
        u("SET y = :v", ReturnValue.NONE, ":v", s("y".repeat(400 * 1024 - 100))));
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("updates")
  void updateItem_whenUpdateExpressionGiven_updatesLikeDynamoDb(
      String expression, ReturnValue returnValue, Map<String, AttributeValue> values) {
    differential.both(c -> c.putItem(r -> r.tableName("updates").item(ITEM)));
    differential.same(
        c ->
            c.updateItem(
                r ->
                    r.tableName("updates")
                        .key(item("pk", s("a")))
                        .updateExpression(expression)
                        .expressionAttributeValues(values.isEmpty() ? null : values)
                        .returnValues(returnValue)),
        response -> returned(returnValue, response.attributes()));
    differential.same(
        c -> c.getItem(r -> r.tableName("updates").key(item("pk", s("a")))),
        response -> Canonical.item(response.item()));
  }

  // UPDATED_OLD/UPDATED_NEW by top-level names only: DynamoDB returns just the updated paths,
  // DynamoDB Local whole top-level attributes (ItemRulesDifferentialTest pins the values).
  private static Object returned(ReturnValue returnValue, Map<String, AttributeValue> attributes) {
    return returnValue == ReturnValue.UPDATED_OLD || returnValue == ReturnValue.UPDATED_NEW
        ? new java.util.TreeSet<>(attributes.keySet())
        : Canonical.item(attributes);
  }

  @Test
  void updateItem_whenItemIsMissing_createsItFromTheKey() {
    differential.same(
        c ->
            c.updateItem(
                r ->
                    r.tableName("updates")
                        .key(item("pk", s("new")))
                        .updateExpression("SET x = :v ADD c :one")
                        .expressionAttributeValues(Map.of(":v", n("1"), ":one", n("1")))
                        .returnValues(ReturnValue.ALL_NEW)),
        response -> Canonical.item(response.attributes()));
    differential.same(
        c -> c.updateItem(r -> r.tableName("updates").key(item("pk", s("new2"))).returnValues(ReturnValue.ALL_NEW)),
        response -> Canonical.item(response.attributes()));
  }

  @Test
  void updateItem_whenConditionGiven_updatesOnlyWhenItHolds() {
    differential.both(c -> c.putItem(r -> r.tableName("updates").item(ITEM)));
    // The first succeeds, the second fails its condition (x is now 2), the third finds no item.
    String[][] cases = {
      {"a", "SET x = x + :one", "x = :one"},
      {"a", "SET x = x + :one", "x = :one"},
      {"missing", "SET x = :one", "attribute_exists(pk)"},
    };
    for (String[] update : cases) {
      differential.sameOutcome(
          c ->
              c.updateItem(
                  r ->
                      r.tableName("updates")
                          .key(item("pk", s(update[0])))
                          .updateExpression(update[1])
                          .conditionExpression(update[2])
                          .expressionAttributeValues(Map.of(":one", n("1")))));
    }
    differential.same(c -> c.scan(r -> r.tableName("updates")), r -> Canonical.items(r.items()).stream().sorted().toList());
  }

  @Test
  void updateItem_whenArithmeticLeavesTrailingZeros_storesTheNormalisedNumber() {
    // DynamoDB normalises every stored number ("1.0" is stored and returned as "1"); DynamoDB
    // Local 3.1.0 normalises numbers written by PutItem but not the results of SET arithmetic
    // and ADD. The engine normalises both.
    differential.both(c -> c.putItem(r -> r.tableName("updates").item(item("pk", s("z"), "x", n("0.5")))));
    java.util.List<String> results = new java.util.ArrayList<>();
    for (var client : java.util.List.of(differential.local(), differential.engine())) {
      results.add(
          client
              .updateItem(
                  r ->
                      r.tableName("updates")
                          .key(item("pk", s("z")))
                          .updateExpression("SET x = x + :h")
                          .expressionAttributeValues(Map.of(":h", n("0.5")))
                          .returnValues(ReturnValue.UPDATED_NEW))
              .attributes()
              .get("x")
              .n());
    }
    org.assertj.core.api.Assertions.assertThat(results).containsExactly("1.0", "1");
  }

  @Test
  void updateItem_whenValuesWithoutExpressions_failsLikeDynamoDb() {
    differential.sameOutcome(
        c ->
            c.updateItem(
                r -> r.tableName("updates").key(item("pk", s("a"))).expressionAttributeValues(Map.of(":v", n("1")))));
    differential.sameOutcome(
        c ->
            c.updateItem(
                r -> r.tableName("updates").key(item("pk", s("a"))).returnValues("FOO")));
  }
}
