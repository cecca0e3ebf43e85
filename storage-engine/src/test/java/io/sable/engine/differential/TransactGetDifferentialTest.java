package io.sable.engine.differential;

import static io.sable.engine.differential.Fixtures.item;
import static io.sable.engine.differential.Fixtures.m;
import static io.sable.engine.differential.Fixtures.n;
import static io.sable.engine.differential.Fixtures.s;
import static io.sable.engine.differential.Transact.get;
import static io.sable.engine.differential.Transact.key;

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
import software.amazon.awssdk.services.dynamodb.model.ItemResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;

/** TransactGetItems against DynamoDB Local: items, projections, absent items and every error. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TransactGetDifferentialTest {
  private Differential differential;

  @BeforeAll
  void start() {
    differential = Differential.start();
    differential.both(c -> Fixtures.create(c, Fixtures.table("accounts", 1, "pk", "S")));
    differential.both(c -> Fixtures.create(c, Fixtures.table("ledger", 2, "pk", "S", "sk", "N")));
    differential.both(c -> {
      c.putItem(r -> r.tableName("accounts").item(item("pk", s("a"), "v", n("1"), "doc", m("x", n("2"), "y", s("z")))));
      c.putItem(r -> r.tableName("accounts").item(item("pk", s("b"), "v", n("2"))));
      c.putItem(r -> r.tableName("ledger").item(item("pk", s("a"), "sk", n("1"), "v", s("x"))));
    });
  }

  @AfterAll
  void stop() {
    differential.close();
  }

  static Stream<Arguments> requests() {
    List<TransactGetItem> tooMany = new ArrayList<>();
    for (int i = 0; i < 101; i++) {
      tooMany.add(get("accounts", key("m" + i)));
    }
    return Stream.of(
        Arguments.of("present and absent items of two tables", List.of(
            get("accounts", key("a")), get("accounts", key("nope")),
            get("ledger", item("pk", s("a"), "sk", n("1.0"))), get("accounts", key("b")))),
        Arguments.of("projections", List.of(
            get("accounts", key("a"), g -> g.projectionExpression("#v, doc.x").expressionAttributeNames(Map.of("#v", "v"))),
            get("accounts", key("b"), g -> g.projectionExpression("nothing")))),
        Arguments.of("the same item twice", List.of(get("accounts", key("a")), get("accounts", key("a")))),
        Arguments.of("the same key in two tables", List.of(get("accounts", key("a")), get("ledger", item("pk", s("a"), "sk", n("1"))))),
        Arguments.of("no items", List.of()),
        Arguments.of("101 items", tooMany),
        Arguments.of("an empty key value", List.of(get("accounts", key("")))),
        Arguments.of("an item without Get", List.of(TransactGetItem.builder().build())),
        Arguments.of("a Get without Key", List.of(TransactGetItem.builder().get(g -> g.tableName("accounts")).build())),
        Arguments.of("an unused ExpressionAttributeName", List.of(
            get("accounts", key("a"), g -> g.projectionExpression("v").expressionAttributeNames(Map.of("#v", "v"))))),
        Arguments.of("ExpressionAttributeNames without ProjectionExpression", List.of(
            get("accounts", key("a"), g -> g.expressionAttributeNames(Map.of("#v", "v"))))),
        Arguments.of("a ProjectionExpression syntax error", List.of(
            get("accounts", key("a"), g -> g.projectionExpression("a..b")))));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("requests")
  void transactGetItems_whenRequested_answersLikeDynamoDb(String label, List<TransactGetItem> items) {
    differential.same(c -> c.transactGetItems(r -> r.transactItems(items)), TransactGetDifferentialTest::view);
  }

  @Test
  void transactGetItems_whenItemsOverFourMegabytes_failsUnlessProjectedSmallerLikeDynamoDb() {
    List<TransactGetItem> whole = new ArrayList<>();
    List<TransactGetItem> projected = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      String pk = "big" + i;
      differential.both(c -> c.putItem(r -> r.tableName("accounts").item(item("pk", s(pk), "d", s("x".repeat(390 * 1024))))));
      whole.add(get("accounts", key(pk)));
      projected.add(get("accounts", key(pk), g -> g.projectionExpression("pk")));
    }
    differential.same(c -> c.transactGetItems(r -> r.transactItems(whole)), TransactGetDifferentialTest::view);
    differential.same(c -> c.transactGetItems(r -> r.transactItems(projected)), TransactGetDifferentialTest::view);
  }

  static List<String> view(TransactGetItemsResponse response) {
    List<String> view = new ArrayList<>();
    for (ItemResponse item : response.responses()) {
      view.add(Canonical.item(item.hasItem() ? item.item() : null));
    }
    return view;
  }

  @Test
  void transactGetItems_whenTableIsMissing_answersRequestedResourceNotFound() {
    // Issue 15 and API Reference, TransactGetItems, Errors (ResourceNotFoundException): DynamoDB
    // answers "Requested resource not found"; DynamoDB Local 3.1.0 says "Cannot do operations on a
    // non-existent table".
    differential.sameErrorExceptMessage(
        c -> c.transactGetItems(r -> r.transactItems(get("missing", key("a")))),
        "Requested resource not found");
  }

  @Test
  void transactGetItems_whenTableNameIsTooShort_failsValidationBeforeLookingUpTables() {
    // A table name that is not an ARN has 3 to 255 characters (API Reference, TableName; issue 15:
    // DynamoDB checks it before looking up any table); DynamoDB Local 3.1.0 looks the table up.
    differential.documentedDifference(
        c -> c.transactGetItems(r -> r.transactItems(get("a", key("a")))),
        "ResourceNotFoundException|ResourceNotFoundException|400|Cannot do operations on a"
            + " non-existent table",
        "DynamoDbException|ValidationException|400|1 validation error detected: Value 'a' at"
            + " 'transactItems.1.member.get.tableName' failed to satisfy constraint: Member must"
            + " have length greater than or equal to 3");
  }
}
