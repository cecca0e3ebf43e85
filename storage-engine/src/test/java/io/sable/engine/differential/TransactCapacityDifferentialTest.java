package io.sable.engine.differential;

import static io.sable.engine.differential.Fixtures.item;
import static io.sable.engine.differential.Fixtures.s;
import static io.sable.engine.differential.Transact.check;
import static io.sable.engine.differential.Transact.delete;
import static io.sable.engine.differential.Transact.get;
import static io.sable.engine.differential.Transact.key;
import static io.sable.engine.differential.Transact.put;
import static org.assertj.core.api.Assertions.assertThat;

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
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;

/**
 * ConsumedCapacity of transactions: twice the units of the plain reads and writes (Developer
 * Guide, "Amazon DynamoDB Transactions: How it works", "Capacity management for transactions";
 * "Item sizes and capacity unit consumption"), compared with DynamoDB Local where it applies those
 * rules, and pinned where it does not.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TransactCapacityDifferentialTest {
  private static final String KB_1_5 = "x".repeat(1500);
  private static final String KB_3 = "x".repeat(3000);

  private Differential differential;

  @BeforeAll
  void start() {
    differential = Differential.start();
    differential.both(c -> Fixtures.create(c, Fixtures.table("plain", 1, "pk", "S")));
    differential.both(c -> Fixtures.create(c, Fixtures.table("indexed", 1, "pk", "S", "gk", "S")
        .globalSecondaryIndexes(Fixtures.gsi("byGroup", ProjectionType.ALL, "gk"))));
    differential.both(c -> {
      c.putItem(r -> r.tableName("plain").item(item("pk", s("three"), "d", s(KB_3))));
      c.putItem(r -> r.tableName("plain").item(item("pk", s("five"), "d", s("x".repeat(5000)))));
      c.putItem(r -> r.tableName("indexed").item(item("pk", s("g1"), "gk", s("a"), "d", s(KB_1_5))));
    });
  }

  @AfterAll
  void stop() {
    differential.close();
  }

  static Stream<Arguments> writes() {
    return Stream.of(
        Arguments.of("a small new item: 1 WCU, twice", "TOTAL", List.of(put("plain", item("pk", s("p1"))))),
        Arguments.of("a 1.5 KB item: 2 WCU, twice", "INDEXES", List.of(put("plain", item("pk", s("p2"), "d", s(KB_1_5))))),
        Arguments.of("a 3 KB item deleted: 3 WCU, twice", "TOTAL", List.of(delete("plain", key("three")))),
        Arguments.of("a ConditionCheck of an absent item", "TOTAL", List.of(check("plain", key("nope"), "attribute_not_exists(pk)", false))),
        Arguments.of("a ConditionCheck of a 5 KB item", "TOTAL", List.of(check("plain", key("five"), "attribute_exists(pk)", false))),
        Arguments.of("an item entering an index", "INDEXES", List.of(put("indexed", item("pk", s("g2"), "gk", s("a"), "d", s(KB_1_5))))),
        Arguments.of("an index key changing: delete and put", "INDEXES", List.of(put("indexed", item("pk", s("g1"), "gk", s("b"))))),
        Arguments.of("an item outside the index", "INDEXES", List.of(put("indexed", item("pk", s("g3"))))),
        Arguments.of("two tables", "TOTAL", List.of(put("plain", item("pk", s("p3"))), put("indexed", item("pk", s("g4"))))),
        Arguments.of("NONE", "NONE", List.of(put("plain", item("pk", s("p4"))))));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("writes")
  void transactWriteItems_whenCapacityRequested_reportsTwiceThePlainUnitsLikeDynamoDb(
      String label, String mode, List<TransactWriteItem> actions) {
    differential.same(
        c -> c.transactWriteItems(r -> r.transactItems(actions).returnConsumedCapacity(mode)),
        response -> Transact.capacity(response.consumedCapacity()));
  }

  @Test
  void transactGetItems_whenCapacityRequested_reportsTwiceTheStronglyConsistentUnitsLikeDynamoDb() {
    differential.same(
        c -> c.transactGetItems(r -> r.returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)
            .transactItems(get("plain", key("five")), get("plain", key("nope")), get("indexed", key("g1")))),
        response -> Transact.capacity(response.consumedCapacity()));
  }

  @Test
  void transactWriteItems_whenSeveralItemsOfOneTable_addsEveryItemsUnits() {
    // Developer Guide, "Capacity management for transactions": "Each item requires two write
    // capacity units": three items of 1 + 3 + 1 KB cost 2 x 5 = 10. DynamoDB Local 3.1.0 reports
    // 8 (and 2 for a hundred 1 KB items).
    List<TransactWriteItem> actions = List.of(
        put("plain", item("pk", s("c1"))), put("plain", item("pk", s("c2"), "d", s(KB_3))), put("plain", item("pk", s("c3"))));
    List<List<String>> views = new ArrayList<>();
    for (var client : List.of(differential.local(), differential.engine())) {
      TransactWriteItemsResponse response = client.transactWriteItems(r -> r.transactItems(actions)
          .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
      views.add(Transact.capacity(response.consumedCapacity()));
    }
    assertThat(views.get(0)).as("DynamoDB Local").containsExactly("plain=8.0");
    assertThat(views.get(1)).as("engine").containsExactly("plain=10.0");
  }

  @Test
  void transactWriteItems_whenTokenReplayed_reportsReadUnitsForReadingTheItemsLikeDynamoDb() {
    // Developer Guide, "Amazon DynamoDB Transactions: How it works", "Idempotency": a repeated call
    // with the same client token returns "the number of read capacity units consumed in reading the
    // item": here 2 x 1 RCU for a 3 KB item, where the first call wrote 2 x 3 WCU.
    TransactWriteItem write = put("plain", item("pk", s("r1"), "d", s(KB_3)));
    List<TransactWriteItemsResponse> engine = new ArrayList<>();
    for (int call = 0; call < 2; call++) {
      engine.add(differential.same(
          c -> c.transactWriteItems(r -> r.clientRequestToken("replayed").transactItems(write)
              .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)),
          response -> Transact.capacity(response.consumedCapacity())));
    }
    assertThat(engine.get(0).consumedCapacity().get(0).toString())
        .isEqualTo("ConsumedCapacity(TableName=plain, CapacityUnits=6.0, WriteCapacityUnits=6.0)");
    assertThat(engine.get(1).consumedCapacity().get(0).toString())
        .isEqualTo("ConsumedCapacity(TableName=plain, CapacityUnits=2.0, ReadCapacityUnits=2.0)");
  }
}
