package io.sable.engine.differential;

import static io.sable.engine.differential.Fixtures.item;
import static io.sable.engine.differential.Fixtures.l;
import static io.sable.engine.differential.Fixtures.m;
import static io.sable.engine.differential.Fixtures.n;
import static io.sable.engine.differential.Fixtures.s;
import static io.sable.engine.differential.Fixtures.ss;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.AttributeValueUpdate;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * What writes do to items, against DynamoDB Local 3.1.0 as the witness where it agrees with
 * DynamoDB and as a documented difference where it does not: list elements set past the end,
 * updates that only remove, nesting levels, index key sizes, and what ReturnValues returns.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ItemRulesDifferentialTest {
  private static final String TABLE = "items";
  private static final String INDEXED = "indexed";

  private Differential differential;

  @BeforeAll
  void start() {
    differential = Differential.start();
    differential.both(c -> Fixtures.create(c, Fixtures.table(TABLE, 1, "pk", "S")));
    differential.both(
        c ->
            Fixtures.create(
                c,
                Fixtures.table(INDEXED, 1, "pk", "S", "gk", "S", "gs", "S")
                    .globalSecondaryIndexes(Fixtures.gsi("gsi", ProjectionType.ALL, "gk", "gs"))));
  }

  @AfterAll
  void stop() {
    differential.close();
  }

  /**
   * Several list elements set past the end append in element-number order, whatever the order
   * written: "If you add multiple elements in a single SET operation, the elements are sorted in
   * order by element number" (Developer Guide, Expressions.UpdateExpressions; scylladb's
   * test_update_expression.py, test_nested_attribute_update_array_out_of_bounds).
   */
  @Test
  void updateItem_whenSeveralElementsAreSetPastTheEnd_appendsThemInIndexOrder() {
    for (String expression : List.of("SET a[84] = :x, a[37] = :y", "SET a[37] = :y, a[84] = :x")) {
      differential.both(c -> c.putItem(r -> r.tableName(TABLE).item(item("pk", s("l"), "a", l(n("1"), n("2"), n("3"))))));
      differential.same(
          c ->
              c.updateItem(
                  r ->
                      r.tableName(TABLE)
                          .key(item("pk", s("l")))
                          .updateExpression(expression)
                          .expressionAttributeValues(Map.of(":x", s("x"), ":y", s("y")))
                          .returnValues(ReturnValue.ALL_NEW)),
          r -> Canonical.item(r.attributes()));
      assertThat(get(differential.engine(), "l").get("a").l())
          .containsExactly(n("1"), n("2"), n("3"), s("y"), s("x"));
    }
  }

  /**
   * An UpdateItem whose actions only remove (REMOVE, DELETE from a set, legacy DELETE) leaves a
   * missing item missing, and a REMOVE of a path under a missing attribute is then no error
   * (scylladb's test_item.py test_update_item_non_existent, issue 5862, and
   * test_update_expression.py test_nested_attribute_remove_from_missing_item, run against
   * DynamoDB). DynamoDB Local 3.1.0 creates the item (and rejects {@code REMOVE x.y}).
   */
  @Test
  void updateItem_whenOnlyRemovingFromAMissingItem_createsNoItem() {
    List<Consumer<DynamoDbClient>> updates =
        List.of(
            c -> c.updateItem(r -> r.tableName(TABLE).key(item("pk", s("r1"))).updateExpression("REMOVE x, y")),
            c ->
                c.updateItem(
                    r ->
                        r.tableName(TABLE)
                            .key(item("pk", s("r2")))
                            .updateExpression("DELETE s :s")
                            .expressionAttributeValues(Map.of(":s", ss("a")))),
            c ->
                c.updateItem(
                    r ->
                        r.tableName(TABLE)
                            .key(item("pk", s("r3")))
                            .attributeUpdates(Map.of("x", AttributeValueUpdate.builder().action("DELETE").build()))));
    for (int i = 0; i < updates.size(); i++) {
      String key = "r" + (i + 1);
      updates.get(i).accept(differential.local());
      updates.get(i).accept(differential.engine());
      assertThat(get(differential.local(), key)).as("DynamoDB Local").containsOnlyKeys("pk");
      assertThat(get(differential.engine(), key)).as("engine").isEmpty();
    }
    UpdateItemResponse nested =
        differential.engine()
            .updateItem(
                r ->
                    r.tableName(TABLE)
                        .key(item("pk", s("r4")))
                        .updateExpression("REMOVE x.y, z[0]")
                        .returnValues(ReturnValue.ALL_NEW));
    assertThat(nested.hasAttributes()).isFalse();
    assertThat(get(differential.engine(), "r4")).isEmpty();
    // Anything that writes a value still creates the item; no actions at all too.
    differential.same(
        c -> {
          c.updateItem(r -> r.tableName(TABLE).key(item("pk", s("r5"))).updateExpression("REMOVE x SET y = :v")
              .expressionAttributeValues(Map.of(":v", n("1"))));
          c.updateItem(r -> r.tableName(TABLE).key(item("pk", s("r6"))).attributeUpdates(Map.of()));
          return Canonical.item(get(c, "r5")) + Canonical.item(get(c, "r6"));
        },
        view -> view);
  }

  /**
   * An item's attribute may hold a leaf inside 31 maps or lists (32 levels, the attribute itself
   * the first); one more level is rejected on write with "Nesting Levels have exceeded supported
   * limits: Attributes in the item have nested levels beyond supported limit" (a public
   * conformance suite's "Nesting depth — 32-level document limit" tests, captured against
   * DynamoDB; Developer Guide, quotas: "up to 32 levels deep"), and an update that would store one
   * with DynamoDB's short form of the message.
   */
  @Test
  void writes_whenValuesNestDeeperThan32Levels_failLikeDynamoDb() {
    for (boolean lists : new boolean[] {false, true}) {
      for (int wraps : new int[] {31, 32}) {
        AttributeValue deep = nested(wraps, lists);
        differential.sameOutcome(c -> c.putItem(r -> r.tableName(TABLE).item(item("pk", s("deep"), "d", deep))));
        differential.sameOutcome(
            c ->
                c.batchWriteItem(
                    r ->
                        r.requestItems(
                            Map.of(
                                TABLE,
                                List.of(
                                    software.amazon.awssdk.services.dynamodb.model.WriteRequest.builder()
                                        .putRequest(p -> p.item(item("pk", s("deepb"), "d", deep)))
                                        .build())))));
        differential.sameOutcome(
            c ->
                c.updateItem(
                    r ->
                        r.tableName(TABLE)
                            .key(item("pk", s("deepu")))
                            .updateExpression("SET d = :d")
                            .expressionAttributeValues(Map.of(":d", deep))));
      }
    }
    assertThat(get(differential.engine(), "deep").get("d")).isEqualTo(nested(31, true));
    assertThat(get(differential.engine(), "deepu").get("d")).isEqualTo(nested(31, true));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                differential.engine().putItem(r -> r.tableName(TABLE).item(item("pk", s("deep"), "d", nested(32, false)))))
        .hasMessageStartingWith(
            "Nesting Levels have exceeded supported limits: Attributes in the item have nested"
                + " levels beyond supported limit");
  }

  /**
   * Index key values have the table's key limits, inclusive: 2048 bytes for a partition key, 1024
   * for a sort key (Developer Guide, quotas, "Partition keys and sort keys"). PutItem over them
   * fails like DynamoDB Local 3.1.0; UpdateItem too, where DynamoDB Local stores the oversized index
   * key (the API Reference lists "The update expression attempted to update the secondary index
   * key beyond allowed size limits" among UpdateItem's validation errors).
   */
  @Test
  void writes_whenIndexKeyValueIsTooLong_failLikeDynamoDb() {
    String[][] cases = {{"a", "x".repeat(1024)}, {"a", "x".repeat(1025)}, {"x".repeat(2048), "a"}, {"x".repeat(2049), "a"}};
    for (String[] keys : cases) {
      differential.sameOutcome(
          c -> c.putItem(r -> r.tableName(INDEXED).item(item("pk", s("p"), "gk", s(keys[0]), "gs", s(keys[1])))));
    }
    differential.documentedDifference(
        c ->
            c.updateItem(
                r ->
                    r.tableName(INDEXED)
                        .key(item("pk", s("u")))
                        .updateExpression("SET gk = :k, gs = :s")
                        .expressionAttributeValues(Map.of(":k", s("a"), ":s", s("x".repeat(1025))))),
        "ok",
        "DynamoDbException|ValidationException|400|One or more parameter values were invalid: Size limit exceeded");
  }

  /**
   * UPDATED_OLD, UPDATED_NEW and ALL_OLD leave Attributes out when there is nothing to return, so
   * that the SDK's {@code hasAttributes()} is false (scylladb's test_returnvalues.py, run against
   * DynamoDB: "assert not 'Attributes' in ret"; DynamoDB Local agrees).
   */
  @Test
  void writes_whenReturnValuesHaveNothingToReturn_leaveAttributesOut() {
    differential.both(c -> c.putItem(r -> r.tableName(TABLE).item(item("pk", s("rv"), "x", n("1")))));
    List<java.util.function.Function<DynamoDbClient, Boolean>> calls =
        List.of(
            c -> c.updateItem(r -> r.tableName(TABLE).key(item("pk", s("rv"))).updateExpression("REMOVE x")
                .returnValues(ReturnValue.UPDATED_NEW)).hasAttributes(),
            c -> c.updateItem(r -> r.tableName(TABLE).key(item("pk", s("rv"))).updateExpression("SET y = :v")
                .expressionAttributeValues(Map.of(":v", n("1"))).returnValues(ReturnValue.UPDATED_OLD)).hasAttributes(),
            c -> c.updateItem(r -> r.tableName(TABLE).key(item("pk", s("rv"))).updateExpression("REMOVE nope")
                .returnValues(ReturnValue.UPDATED_OLD)).hasAttributes(),
            c -> c.putItem(r -> r.tableName(TABLE).item(item("pk", s("rv-new"))).returnValues(ReturnValue.ALL_OLD))
                .hasAttributes(),
            c -> c.deleteItem(r -> r.tableName(TABLE).key(item("pk", s("rv-none"))).returnValues(ReturnValue.ALL_OLD))
                .hasAttributes(),
            c -> c.updateItem(r -> r.tableName(TABLE).key(item("pk", s("rv-up"))).updateExpression("SET y = :v")
                .expressionAttributeValues(Map.of(":v", n("1"))).returnValues(ReturnValue.ALL_OLD)).hasAttributes());
    for (var call : calls) {
      Boolean has = differential.same(call, hasAttributes -> hasAttributes);
      assertThat(has).isFalse();
    }
  }

  /**
   * UPDATED_OLD and UPDATED_NEW return only the updated document paths inside their top-level
   * attribute, list elements in index order, and only paths that lead to a value in that image
   * (scylladb's test_returnvalues.py, test_update_item_returnvalues_nested, run against DynamoDB).
   * DynamoDB Local 3.1.0 returns the whole top-level attribute.
   */
  @Test
  void updateItem_whenNestedPathsAreUpdated_returnsOnlyThosePaths() {
    DynamoDbClient engine = differential.engine();
    engine.putItem(
        r -> r.tableName(TABLE).item(item("pk", s("np"), "a", m("b", s("dog"), "c", l(n("1"), n("2"), n("3"))), "d", s("cat"))));
    assertThat(update(engine, "SET a.b = :v", ReturnValue.UPDATED_OLD, s("hi")))
        .isEqualTo(item("a", m("b", s("dog"))));
    assertThat(update(engine, "SET a.c[1] = :v", ReturnValue.UPDATED_OLD, n("7")))
        .isEqualTo(item("a", m("c", l(n("2")))));
    assertThat(update(engine, "SET a.c[1] = :v, a.b = :w", ReturnValue.UPDATED_NEW, n("8")))
        .isEqualTo(item("a", m("b", s("yo"), "c", l(n("8")))));
    assertThat(update(engine, "REMOVE a.c[1], a.c[3]", ReturnValue.UPDATED_OLD, null))
        .isEqualTo(item("a", m("c", l(n("8")))));
    assertThat(update(engine, "SET a.x1 = :v", ReturnValue.UPDATED_OLD, n("8"))).isNull();
    assertThat(update(engine, "SET a.x2 = :v", ReturnValue.UPDATED_NEW, n("8")))
        .isEqualTo(item("a", m("x2", n("8"))));
    assertThat(update(engine, "SET a.c[100] = :v", ReturnValue.UPDATED_NEW, n("70"))).isNull();
    assertThat(update(engine, "REMOVE a.c[1]", ReturnValue.UPDATED_NEW, null))
        .isEqualTo(item("a", m("c", l(n("70")))));
    assertThat(get(engine, "np").get("a").m().get("c").l()).containsExactly(n("1"), n("70"));
  }

  // The engine's returned attributes for one update of item "np" (null when left out).
  private static Map<String, AttributeValue> update(
      DynamoDbClient client, String expression, ReturnValue returnValue, AttributeValue value) {
    Map<String, AttributeValue> values = new java.util.HashMap<>();
    if (value != null) {
      values.put(":v", value);
    }
    if (expression.contains(":w")) {
      values.put(":w", s("yo"));
    }
    UpdateItemResponse response =
        client.updateItem(
            r ->
                r.tableName(TABLE)
                    .key(item("pk", s("np")))
                    .updateExpression(expression)
                    .expressionAttributeValues(values.isEmpty() ? null : values)
                    .returnValues(returnValue));
    return response.hasAttributes() ? response.attributes() : null;
  }

  private static AttributeValue nested(int wraps, boolean lists) {
    AttributeValue value = s("leaf");
    for (int i = 0; i < wraps; i++) {
      value = lists ? l(value) : m("n", value);
    }
    return value;
  }

  static Map<String, AttributeValue> get(DynamoDbClient client, String key) {
    return new java.util.LinkedHashMap<>(
        client.getItem(r -> r.tableName(TABLE).key(item("pk", s(key))).consistentRead(true)).item());
  }
}
