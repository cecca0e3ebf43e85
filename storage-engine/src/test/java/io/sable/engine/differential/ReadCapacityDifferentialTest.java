package io.sable.engine.differential;

import static io.sable.engine.differential.Fixtures.item;
import static io.sable.engine.differential.Fixtures.s;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
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
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * ConsumedCapacity of Query, Scan, BatchGetItem and BatchWriteItem (Developer Guide, "DynamoDB read
 * and write operations": a Query or Scan is charged on the summed size of the items it reads,
 * rounded up to 4 KB once; a batch charges each item as its own GetItem, PutItem or DeleteItem),
 * against DynamoDB Local, for the cases DynamoDB Local models as DynamoDB does; reads that find
 * nothing are a documented difference. Each case runs once, in order, on both backends.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadCapacityDifferentialTest {
  private static final String KB_1_5 = "x".repeat(1500);
  private static final String KB_5 = "x".repeat(5000);
  private Differential differential;

  @BeforeAll
  void start() {
    differential = Differential.start();
    differential.both(c -> Fixtures.create(c, Fixtures.table("orders", 2, "pk", "S", "sk", "S", "gk", "S")
        .globalSecondaryIndexes(Fixtures.gsi("byGroup", ProjectionType.KEYS_ONLY, "gk"))));
    differential.both(c -> {
      for (int i = 0; i < 6; i++) {
        int n = i;
        c.putItem(r -> r.tableName("orders").item(item("pk", s("c1"), "sk", s("o" + n), "gk", s("g"),
            "d", s(n % 2 == 0 ? KB_1_5 : KB_5))));
      }
    });
  }

  @AfterAll
  void stop() {
    differential.close();
  }

  private static Map<String, AttributeValue> key(String pk, String sk) {
    return item("pk", s(pk), "sk", s(sk));
  }

  private static WriteRequest put(Map<String, AttributeValue> item) {
    return WriteRequest.builder().putRequest(p -> p.item(item)).build();
  }

  private static WriteRequest delete(Map<String, AttributeValue> key) {
    return WriteRequest.builder().deleteRequest(d -> d.key(key)).build();
  }

  static Stream<Arguments> operations() {
    return Stream.of(
        Arguments.of("Query, strongly consistent, TOTAL", call(c -> List.of(c.query(r -> r.tableName("orders")
            .keyConditionExpression("pk = :p").expressionAttributeValues(item(":p", s("c1")))
            .consistentRead(true).returnConsumedCapacity("TOTAL")).consumedCapacity()))),
        Arguments.of("Query, eventually consistent, Limit 2", call(c -> List.of(c.query(r -> r.tableName("orders")
            .keyConditionExpression("pk = :p").expressionAttributeValues(item(":p", s("c1"))).limit(2)
            .returnConsumedCapacity("TOTAL")).consumedCapacity()))),
        Arguments.of("Query, filter leaving nothing", call(c -> List.of(c.query(r -> r.tableName("orders")
            .keyConditionExpression("pk = :p").filterExpression("attribute_not_exists(d)")
            .expressionAttributeValues(item(":p", s("c1"))).consistentRead(true)
            .returnConsumedCapacity("TOTAL")).consumedCapacity()))),
        Arguments.of("Scan, strongly consistent, TOTAL", call(c -> List.of(c.scan(r -> r.tableName("orders")
            .consistentRead(true).returnConsumedCapacity("TOTAL")).consumedCapacity()))),
        Arguments.of("Scan, Select COUNT", call(c -> List.of(c.scan(r -> r.tableName("orders")
            .select("COUNT").returnConsumedCapacity("TOTAL")).consumedCapacity()))),
        Arguments.of("BatchGetItem, three items", call(c -> c.batchGetItem(r -> r
            .requestItems(Map.of("orders", KeysAndAttributes.builder().consistentRead(true)
                .keys(key("c1", "o0"), key("c1", "o1"), key("c1", "o2")).build()))
            .returnConsumedCapacity("TOTAL")).consumedCapacity())),
        Arguments.of("BatchWriteItem, puts and a delete", call(c -> c.batchWriteItem(r -> r
            .requestItems(Map.of("orders", List.of(
                put(item("pk", s("c2"), "sk", s("a"), "d", s(KB_1_5))),
                put(item("pk", s("c2"), "sk", s("b"), "gk", s("g"), "d", s(KB_5))),
                delete(key("c1", "o5")))))
            .returnConsumedCapacity("TOTAL")).consumedCapacity())),
        Arguments.of("BatchWriteItem, NONE", call(c -> c.batchWriteItem(r -> r
            .requestItems(Map.of("orders", List.of(put(item("pk", s("c3"), "sk", s("a")))))))
            .consumedCapacity())));
  }

  private static Function<DynamoDbClient, List<ConsumedCapacity>> call(
      Function<DynamoDbClient, List<ConsumedCapacity>> call) {
    return call;
  }

  @Test
  void reads_whenNothingFound_stillConsumeTheMinimumUnlikeDynamoDbLocal() {
    // Developer Guide, "DynamoDB read and write operations": "If you perform a read operation on an
    // item that doesn't exist, DynamoDB still consumes provisioned read throughput: A strongly
    // consistent read request consumes one read capacity unit, while an eventually consistent read
    // request consumes 0.5 of a read capacity unit"; BatchGetItem "processes each item in the batch
    // as an individual GetItem request". DynamoDB Local 3.1.0 charges nothing for a Query that
    // finds nothing and nothing for a missing key of a BatchGetItem.
    Function<DynamoDbClient, Double> query = c -> c.query(r -> r.tableName("orders")
        .keyConditionExpression("pk = :p").expressionAttributeValues(item(":p", s("nobody")))
        .returnConsumedCapacity("TOTAL")).consumedCapacity().capacityUnits();
    assertThat(query.apply(differential.local())).as("DynamoDB Local").isEqualTo(0.0);
    assertThat(query.apply(differential.engine())).as("engine").isEqualTo(0.5);
    Function<DynamoDbClient, Double> batch = c -> c.batchGetItem(r -> r
        .requestItems(Map.of("orders", KeysAndAttributes.builder().consistentRead(true)
            .keys(key("c1", "o0"), key("c1", "none")).build()))
        .returnConsumedCapacity("TOTAL")).consumedCapacity().get(0).capacityUnits();
    assertThat(batch.apply(differential.local())).as("DynamoDB Local").isEqualTo(1.0);
    assertThat(batch.apply(differential.engine())).as("engine").isEqualTo(2.0);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("operations")
  void reads_whenCapacityRequested_reportItLikeDynamoDb(
      String label, Function<DynamoDbClient, List<ConsumedCapacity>> call) {
    differential.same(call, consumed -> consumed == null ? List.of() : Transact.capacity(consumed));
  }
}
