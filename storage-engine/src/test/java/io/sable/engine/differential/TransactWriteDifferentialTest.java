package io.sable.engine.differential;

import static io.sable.engine.differential.Fixtures.item;
import static io.sable.engine.differential.Fixtures.n;
import static io.sable.engine.differential.Fixtures.s;
import static io.sable.engine.differential.Transact.check;
import static io.sable.engine.differential.Transact.conditionalUpdate;
import static io.sable.engine.differential.Transact.delete;
import static io.sable.engine.differential.Transact.key;
import static io.sable.engine.differential.Transact.put;
import static io.sable.engine.differential.Transact.update;

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
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * TransactWriteItems against DynamoDB Local: every outcome (success, ValidationException,
 * ResourceNotFoundException, TransactionCanceledException with its reasons in request order, the
 * items reported for ALL_OLD) and the items it leaves.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TransactWriteDifferentialTest {
  private Differential differential;

  @BeforeAll
  void start() {
    differential = Differential.start(Witness.DYNAMODB_LOCAL, Witness.DYNOXIDE);
    differential.both(c -> Fixtures.create(c, Fixtures.table("accounts", 1, "pk", "S")));
    differential.both(c -> Fixtures.create(c, Fixtures.table("ledger", 2, "pk", "S", "sk", "N")));
    differential.both(c -> Fixtures.create(c, Fixtures.table("indexed", 1, "pk", "S", "gk", "S")
        .globalSecondaryIndexes(Fixtures.gsi("byGroup", ProjectionType.ALL, "gk"))));
    differential.both(c -> {
      c.putItem(r -> r.tableName("accounts").item(item("pk", s("a"), "balance", n("100"))));
      c.putItem(r -> r.tableName("accounts").item(item("pk", s("b"), "balance", n("5"), "name", s("bob"))));
      c.putItem(r -> r.tableName("ledger").item(item("pk", s("a"), "sk", n("1"), "v", s("x"))));
    });
  }

  @AfterAll
  void stop() {
    differential.close();
  }

  static Stream<Arguments> cancellations() {
    return Stream.of(
        Arguments.of("failed conditions of every action kind on absent items", List.of(
            check("accounts", key("a"), "attribute_not_exists(pk)", false),
            check("accounts", key("zz1"), "attribute_exists(pk)", false),
            check("accounts", key("zz2"), "attribute_exists(pk)", true),
            put("accounts", item("pk", s("zz3")), "attribute_exists(pk)", false),
            put("accounts", item("pk", s("zz4")), "attribute_exists(pk)", true),
            conditionalUpdate("accounts", key("zz5"), "SET x = :v", "attribute_exists(pk)", false, ":v", n("1")),
            delete("accounts", key("zz6"), "attribute_exists(pk)", true))),
        Arguments.of("ALL_OLD reports the item; reasons in request order with None", List.of(
            put("accounts", item("pk", s("new1"))),
            check("accounts", key("a"), "balance > pk", true),
            delete("accounts", key("b"), "attribute_not_exists(pk)", true),
            conditionalUpdate("accounts", key("zz7"), "SET balance = balance - :x", "balance >= :x", true, ":x", n("10")))),
        Arguments.of("ALL_OLD on a present item of a composite key", List.of(
            conditionalUpdate("ledger", item("pk", s("a"), "sk", n("1")), "SET v = :v", "v = :w", true,
                ":v", s("y"), ":w", s("nope")))),
        Arguments.of("key of the wrong type", List.of(
            put("accounts", item("pk", s("q1"))), put("accounts", item("pk", n("1"))))),
        Arguments.of("Delete key of the wrong type", List.of(
            put("accounts", item("pk", s("q1"))), delete("accounts", item("pk", n("1"))))),
        Arguments.of("failed condition and key of the wrong type", List.of(
            check("accounts", key("a"), "attribute_not_exists(pk)", false),
            put("accounts", item("pk", n("1"))))),
        Arguments.of("index key of the wrong type", List.of(
            put("accounts", item("pk", s("q1"))),
            put("indexed", item("pk", s("x"), "gk", n("1"))))),
        Arguments.of("failed condition and index key of the wrong type", List.of(
            check("accounts", key("a"), "attribute_not_exists(pk)", false),
            put("indexed", item("pk", s("x"), "gk", n("1"))))));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("cancellations")
  void transactWriteItems_whenCancelled_reportsReasonsAndChangesNothingLikeDynamoDb(
      String label, List<TransactWriteItem> actions) {
    differential.sameOutcome(c -> c.transactWriteItems(r -> r.transactItems(actions)));
    assertSameItems("accounts", "a", "b", "new1", "q1", "zz3", "zz4", "zz5");
  }

  static Stream<Arguments> rejections() {
    List<TransactWriteItem> tooMany = new ArrayList<>();
    List<TransactWriteItem> overFourMegabytes = new ArrayList<>();
    List<TransactWriteItem> updatesOverFourMegabytes = new ArrayList<>();
    for (int i = 0; i < 101; i++) {
      tooMany.add(put("accounts", item("pk", s("m" + i))));
    }
    for (int i = 0; i < 11; i++) {
      overFourMegabytes.add(put("accounts", item("pk", s("big" + i), "d", s("x".repeat(390 * 1024)))));
      updatesOverFourMegabytes.add(update("accounts", key("u" + i), "SET d = :d", ":d", s("x".repeat(390 * 1024))));
    }
    List<TransactWriteItem> mixedOverFourMegabytes = new ArrayList<>(overFourMegabytes.subList(0, 10));
    mixedOverFourMegabytes.add(check("accounts", key("a"), "d <> :d", false));
    return Stream.of(
        Arguments.of("the same item twice", List.of(
            put("accounts", item("pk", s("b"))), put("accounts", item("pk", s("b"), "x", s("1"))))),
        Arguments.of("the same item twice by Put and ConditionCheck", List.of(
            put("accounts", item("pk", s("n1"))), check("accounts", key("n1"), "attribute_exists(pk)", false))),
        Arguments.of("the same item twice and a missing table", List.of(
            put("accounts", item("pk", s("x"))), put("accounts", item("pk", s("x"))),
            put("missing", item("pk", s("x"))))),
        Arguments.of("no actions", List.of()),
        Arguments.of("101 actions", tooMany),
        Arguments.of("an invalid table name", List.of(delete("a", key("a")))),
        Arguments.of("an action of no kind", List.of(TransactWriteItem.builder().build())),
        Arguments.of("an action of two kinds", List.of(TransactWriteItem.builder()
            .put(p -> p.tableName("accounts").item(item("pk", s("x"))))
            .delete(d -> d.tableName("accounts").key(key("x"))).build())),
        Arguments.of("a ConditionCheck without ConditionExpression", List.of(TransactWriteItem.builder()
            .conditionCheck(cc -> cc.tableName("accounts").key(key("a"))).build())),
        Arguments.of("a Delete without Key", List.of(TransactWriteItem.builder()
            .delete(d -> d.tableName("accounts")).build())),
        Arguments.of("a Delete without TableName", List.of(TransactWriteItem.builder()
            .delete(d -> d.key(key("a"))).build())),
        Arguments.of("an unused ExpressionAttributeValue", List.of(TransactWriteItem.builder()
            .conditionCheck(cc -> cc.tableName("accounts").key(key("a"))
                .conditionExpression("attribute_exists(pk)").expressionAttributeValues(Map.of(":x", n("2"))))
            .build())),
        Arguments.of("a ConditionExpression syntax error", List.of(
            put("accounts", item("pk", s("q1"))), check("accounts", key("a"), "attribute_exists(", false))),
        Arguments.of("a Put item over 400 KB", List.of(
            put("accounts", item("pk", s("q1"))),
            put("accounts", item("pk", s("q2"), "d", s("x".repeat(401 * 1024)))))),
        Arguments.of("a Put item with an invalid number", List.of(
            put("accounts", item("pk", s("q2"), "d", n("abc"))))),
        Arguments.of("a Put item without its key", List.of(put("accounts", item("zz", s("q2"))))),
        Arguments.of("a Put item with an empty key", List.of(put("accounts", item("pk", s(""))))),
        Arguments.of("a Delete key with an extra attribute", List.of(
            delete("accounts", item("pk", s("a"), "x", s("y"))))),
        Arguments.of("a Delete key without its attribute", List.of(delete("accounts", item("x", s("y"))))),
        Arguments.of("Puts over 4 MB", overFourMegabytes),
        Arguments.of("Updates over 4 MB", updatesOverFourMegabytes),
        Arguments.of("Puts and a ConditionCheck over 4 MB", withValue(mixedOverFourMegabytes)));
  }

  // The last action's ConditionExpression gets a 390 KB :d, which counts towards the 4 MB.
  private static List<TransactWriteItem> withValue(List<TransactWriteItem> actions) {
    List<TransactWriteItem> result = new ArrayList<>(actions);
    TransactWriteItem last = result.remove(result.size() - 1);
    result.add(last.toBuilder().conditionCheck(last.conditionCheck().toBuilder()
        .expressionAttributeValues(Map.of(":d", s("x".repeat(390 * 1024)))).build()).build());
    return result;
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("rejections")
  void transactWriteItems_whenRequestInvalid_failsLikeDynamoDb(
      String label, List<TransactWriteItem> actions) {
    differential.sameOutcome(c -> c.transactWriteItems(r -> r.transactItems(actions)));
  }

  @Test
  void transactWriteItems_whenTransactItemsNull_failsLikeDynamoDb() {
    differential.sameOutcome(c -> c.transactWriteItems(r -> {}));
  }

  @Test
  void transactWriteItems_whenEveryActionPasses_appliesAllLikeDynamoDb() {
    differential.both(c -> c.putItem(r -> r.tableName("accounts").item(item("pk", s("t1"), "balance", n("10")))));
    differential.both(c -> c.putItem(r -> r.tableName("accounts").item(item("pk", s("t2"), "balance", n("0")))));
    differential.both(c -> c.putItem(r -> r.tableName("accounts").item(item("pk", s("t3")))));
    differential.sameOutcome(c -> c.transactWriteItems(r -> r.transactItems(
        conditionalUpdate("accounts", key("t1"), "SET balance = balance - :x", "balance >= :x", true, ":x", n("7")),
        update("accounts", key("t2"), "ADD balance :x", ":x", n("7")),
        delete("accounts", key("t3"), "attribute_exists(pk)", false),
        put("accounts", item("pk", s("t4"), "tags", Fixtures.ss("a", "b")), "attribute_not_exists(pk)", false),
        check("accounts", key("a"), "balance = :b", false).toBuilder()
            .conditionCheck(cc -> cc.tableName("accounts").key(key("a")).conditionExpression("balance = :b")
                .expressionAttributeValues(Map.of(":b", n("100")))).build(),
        update("accounts", key("t5"), "SET created = :c", ":c", s("now")),
        put("indexed", item("pk", s("t6"), "gk", s("g"))))));
    assertSameItems("accounts", "t1", "t2", "t3", "t4", "t5");
    differential.same(
        c -> c.query(r -> r.tableName("indexed").indexName("byGroup").keyConditionExpression("gk = :g")
            .expressionAttributeValues(Map.of(":g", s("g")))),
        response -> Canonical.items(response.items()));
  }

  @Test
  void transactWriteItems_whenTokenRepeated_appliesOnceLikeDynamoDb() {
    differential.both(c -> c.putItem(r -> r.tableName("accounts").item(item("pk", s("k1"), "n", n("0")))));
    TransactWriteItem increment = update("accounts", key("k1"), "ADD n :one", ":one", n("1"));
    for (int i = 0; i < 3; i++) {
      differential.sameOutcome(c -> c.transactWriteItems(r -> r.clientRequestToken("token-1").transactItems(increment)));
    }
    assertSameItems("accounts", "k1");
    differential.sameOutcome(c -> c.transactWriteItems(r -> r.clientRequestToken("token-1")
        .transactItems(increment).returnConsumedCapacity("TOTAL")));
    differential.sameOutcome(c -> c.transactWriteItems(r -> r.clientRequestToken("token-1")
        .transactItems(update("accounts", key("k1"), "ADD n :one", ":one", n("2")))));
    assertSameItems("accounts", "k1");
  }

  @Test
  void transactWriteItems_whenTokenOfFailedRequestReused_runsAgainLikeDynamoDb() {
    TransactWriteItem failing = check("accounts", key("a"), "attribute_not_exists(pk)", false);
    differential.sameOutcome(c -> c.transactWriteItems(r -> r.clientRequestToken("token-2").transactItems(failing)));
    differential.sameOutcome(c -> c.transactWriteItems(r -> r.clientRequestToken("token-2")
        .transactItems(check("accounts", key("a"), "attribute_exists(pk)", false))));
    differential.sameOutcome(c -> c.transactWriteItems(r -> r.clientRequestToken("token-2").transactItems(failing)));
  }

  @Test
  void transactWriteItems_whenTokenTooLong_failsLikeDynamoDb() {
    TransactWriteItem action = check("accounts", key("a"), "attribute_exists(pk)", false);
    differential.sameOutcome(c -> c.transactWriteItems(r -> r.clientRequestToken("x".repeat(37)).transactItems(action)));
    differential.sameOutcome(c -> c.transactWriteItems(r -> r.clientRequestToken("y".repeat(36)).transactItems(action)));
  }

  private void assertSameItems(String table, String... pks) {
    for (String pk : pks) {
      differential.same(
          c -> c.getItem(r -> r.tableName(table).key(key(pk))),
          response -> Canonical.item(response.hasItem() ? response.item() : null));
    }
  }

  @Test
  void transactWriteItems_whenTableIsMissing_answersRequestedResourceNotFound() {
    // Issue 15 and API Reference, TransactWriteItems, Errors (ResourceNotFoundException): DynamoDB
    // answers "Requested resource not found", as for PutItem; DynamoDB Local 3.1.0 says "Cannot do
    // operations on a non-existent table".
    differential.sameErrorExceptMessage(
        c -> c.transactWriteItems(r -> r.transactItems(put("missing", item("pk", s("b"))))),
        "Requested resource not found");
    differential.sameErrorExceptMessage(
        c -> c.transactWriteItems(r -> r.transactItems(
            put("accounts", item("pk", n("1"))), put("missing", item("pk", s("x"))))),
        "Requested resource not found");
  }
}
