package io.sable.engine.differential;

import static io.sable.engine.differential.Fixtures.item;
import static io.sable.engine.differential.Fixtures.s;
import static io.sable.engine.differential.Transact.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;

/**
 * ConsumedCapacity of PutItem, GetItem, UpdateItem and DeleteItem (Developer Guide, "Item sizes and
 * capacity unit consumption"; "Global secondary indexes", write capacity units), against DynamoDB
 * Local. Each case runs once, in order, on both backends.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ItemCapacityDifferentialTest {
  private Differential differential;

  @BeforeAll
  void start() {
    differential = Differential.start();
    differential.both(c -> Fixtures.create(c, Fixtures.table("indexed", 1, "pk", "S", "gk", "S")
        .globalSecondaryIndexes(Fixtures.gsi("byGroup", ProjectionType.ALL, "gk"))));
  }

  @AfterAll
  void stop() {
    differential.close();
  }

  static Stream<Arguments> operations() {
    String kb15 = "x".repeat(1500);
    String kb5 = "x".repeat(5000);
    return Stream.<Arguments>of(
        Arguments.of("PutItem, new item outside the index, TOTAL", call(c -> c.putItem(r -> r.tableName("indexed")
            .item(item("pk", s("a"))).returnConsumedCapacity("TOTAL")).consumedCapacity())),
        Arguments.of("PutItem, 1.5 KB item entering the index, INDEXES", call(c -> c.putItem(r -> r.tableName("indexed")
            .item(item("pk", s("a"), "gk", s("g"), "d", s(kb15))).returnConsumedCapacity("INDEXES")).consumedCapacity())),
        Arguments.of("GetItem, eventually consistent", call(c -> c.getItem(r -> r.tableName("indexed")
            .key(key("a")).returnConsumedCapacity("TOTAL")).consumedCapacity())),
        Arguments.of("GetItem, strongly consistent, INDEXES", call(c -> c.getItem(r -> r.tableName("indexed")
            .key(key("a")).consistentRead(true).returnConsumedCapacity("INDEXES")).consumedCapacity())),
        Arguments.of("GetItem of an absent item", call(c -> c.getItem(r -> r.tableName("indexed")
            .key(key("nope")).returnConsumedCapacity("TOTAL")).consumedCapacity())),
        Arguments.of("UpdateItem growing the item to 5 KB", call(c -> c.updateItem(r -> r.tableName("indexed")
            .key(key("a")).updateExpression("SET d = :d").expressionAttributeValues(item(":d", s(kb5)))
            .returnConsumedCapacity("INDEXES")).consumedCapacity())),
        Arguments.of("GetItem of a 5 KB item", call(c -> c.getItem(r -> r.tableName("indexed")
            .key(key("a")).consistentRead(true).returnConsumedCapacity("TOTAL")).consumedCapacity())),
        Arguments.of("UpdateItem changing the index key", call(c -> c.updateItem(r -> r.tableName("indexed")
            .key(key("a")).updateExpression("SET gk = :g REMOVE d").expressionAttributeValues(item(":g", s("h")))
            .returnConsumedCapacity("INDEXES")).consumedCapacity())),
        Arguments.of("DeleteItem", call(c -> c.deleteItem(r -> r.tableName("indexed")
            .key(key("a")).returnConsumedCapacity("INDEXES")).consumedCapacity())),
        Arguments.of("PutItem, NONE", call(c -> c.putItem(r -> r.tableName("indexed")
            .item(item("pk", s("b"))).returnConsumedCapacity("NONE")).consumedCapacity())));
  }

  @Test
  void deleteItem_whenItemAbsentAndNoCapacityRequested_reportsNone() {
    // API Reference, ReturnConsumedCapacity: "NONE - No ConsumedCapacity details are included in
    // the response"; DynamoDB Local 3.1.0 includes them when DeleteItem finds no item.
    ConsumedCapacity local = differential.local().deleteItem(r -> r.tableName("indexed").key(key("never-written"))
        .returnConsumedCapacity("NONE")).consumedCapacity();
    ConsumedCapacity engine = differential.engine().deleteItem(r -> r.tableName("indexed").key(key("never-written"))
        .returnConsumedCapacity("NONE")).consumedCapacity();
    assertThat(local).as("DynamoDB Local").isNotNull();
    assertThat(engine).as("engine").isNull();
  }

  private static Function<DynamoDbClient, ConsumedCapacity> call(Function<DynamoDbClient, ConsumedCapacity> call) {
    return call;
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("operations")
  void itemOperations_whenCapacityRequested_reportItLikeDynamoDb(
      String label, Function<DynamoDbClient, ConsumedCapacity> call) {
    differential.same(call, consumed -> consumed == null ? List.of() : Transact.capacity(List.of(consumed)));
  }
}
