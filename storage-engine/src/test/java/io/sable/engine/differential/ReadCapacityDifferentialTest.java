package io.sable.engine.differential;

import static io.sable.engine.differential.Fixtures.item;
import static io.sable.engine.differential.Fixtures.s;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
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
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * ConsumedCapacity of Query, Scan, BatchGetItem and BatchWriteItem (Developer Guide, "DynamoDB read
 * and write operations": a Query or Scan adds up the sizes of the items it reads, before any
 * filter, and rounds up to the next 4 KB; a batch charges each item as its single-item operation),
 * on the table and on its global and local secondary indexes, against DynamoDB Local. Each case
 * runs once, in order, on both backends.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadCapacityDifferentialTest {
  private static final String KB15 = "x".repeat(1500);
  private Differential differential;

  @BeforeAll
  void start() {
    differential = Differential.start();
    differential.both(c -> {
      Fixtures.create(c, Fixtures.table("reads", 2, "pk", "S", "sk", "S", "gk", "S", "lk", "S")
          .globalSecondaryIndexes(
              Fixtures.gsi("byGroup", ProjectionType.ALL, "gk"),
              Fixtures.gsi("byGroupKeys", ProjectionType.KEYS_ONLY, "gk", "sk"))
          .localSecondaryIndexes(Fixtures.lsi("byLocal", ProjectionType.KEYS_ONLY, "pk", "lk")));
      // Partition p: three 1.5 KB items in every index; partition t: twelve 1 KB items.
      for (String sk : List.of("s1", "s2", "s3")) {
        c.putItem(r -> r.tableName("reads").item(item("pk", s("p"), "sk", s(sk), "gk", s("g"), "lk", s("l"),
            "d", s(KB15))));
      }
      for (int i = 10; i < 22; i++) {
        String sk = "t" + i;
        c.putItem(r -> r.tableName("reads").item(item("pk", s("t"), "sk", s(sk), "d", s("y".repeat(1000)))));
      }
      c.putItem(r -> r.tableName("reads").item(item("pk", s("q"), "sk", s("1"))));
    });
  }

  @AfterAll
  void stop() {
    differential.close();
  }

  private static Map<String, AttributeValue> pk(String value) {
    return item(":p", s(value));
  }

  static Stream<Arguments> queriesAndScans() {
    return Stream.<Arguments>of(
        Arguments.of("Query, 4.5 KB eventually consistent, INDEXES", query(r -> r.tableName("reads")
            .keyConditionExpression("pk = :p").expressionAttributeValues(pk("p")).returnConsumedCapacity("INDEXES"))),
        Arguments.of("Query, 4.5 KB strongly consistent", query(r -> r.tableName("reads")
            .keyConditionExpression("pk = :p").expressionAttributeValues(pk("p")).consistentRead(true)
            .returnConsumedCapacity("TOTAL"))),
        Arguments.of("Query, 12 KB strongly consistent", query(r -> r.tableName("reads")
            .keyConditionExpression("pk = :p").expressionAttributeValues(pk("t")).consistentRead(true)
            .returnConsumedCapacity("TOTAL"))),
        Arguments.of("Query, Limit 4 of 1 KB items", query(r -> r.tableName("reads")
            .keyConditionExpression("pk = :p").expressionAttributeValues(pk("t")).limit(4).consistentRead(true)
            .returnConsumedCapacity("TOTAL"))),
        Arguments.of("Query, second page", query(r -> r.tableName("reads")
            .keyConditionExpression("pk = :p").expressionAttributeValues(pk("t"))
            .exclusiveStartKey(item("pk", s("t"), "sk", s("t17"))).consistentRead(true)
            .returnConsumedCapacity("TOTAL"))),
        Arguments.of("Query, one small item", query(r -> r.tableName("reads")
            .keyConditionExpression("pk = :p").expressionAttributeValues(pk("q")).returnConsumedCapacity("TOTAL"))),
        Arguments.of("Query, filter excludes every item read", query(r -> r.tableName("reads")
            .keyConditionExpression("pk = :p").filterExpression("d = :n")
            .expressionAttributeValues(item(":p", s("p"), ":n", s("none"))).returnConsumedCapacity("TOTAL"))),
        Arguments.of("Query, nothing found, INDEXES", query(r -> r.tableName("reads")
            .keyConditionExpression("pk = :p").expressionAttributeValues(pk("none")).returnConsumedCapacity("INDEXES"))),
        Arguments.of("Query, Select COUNT", query(r -> r.tableName("reads")
            .keyConditionExpression("pk = :p").expressionAttributeValues(pk("p")).select("COUNT")
            .returnConsumedCapacity("TOTAL"))),
        Arguments.of("Query, ProjectionExpression", query(r -> r.tableName("reads")
            .keyConditionExpression("pk = :p").expressionAttributeValues(pk("p")).projectionExpression("sk")
            .returnConsumedCapacity("TOTAL"))),
        Arguments.of("Query GSI ALL, INDEXES", query(r -> r.tableName("reads").indexName("byGroup")
            .keyConditionExpression("gk = :g").expressionAttributeValues(item(":g", s("g")))
            .returnConsumedCapacity("INDEXES"))),
        Arguments.of("Query GSI KEYS_ONLY, INDEXES", query(r -> r.tableName("reads").indexName("byGroupKeys")
            .keyConditionExpression("gk = :g").expressionAttributeValues(item(":g", s("g")))
            .returnConsumedCapacity("INDEXES"))),
        Arguments.of("Query GSI, nothing found, INDEXES", query(r -> r.tableName("reads").indexName("byGroupKeys")
            .keyConditionExpression("gk = :g").expressionAttributeValues(item(":g", s("none")))
            .returnConsumedCapacity("INDEXES"))),
        Arguments.of("Query LSI KEYS_ONLY, strongly consistent", query(r -> r.tableName("reads").indexName("byLocal")
            .keyConditionExpression("pk = :p").expressionAttributeValues(pk("p")).consistentRead(true)
            .returnConsumedCapacity("INDEXES"))),
        Arguments.of("Query LSI fetching from the table", query(r -> r.tableName("reads").indexName("byLocal")
            .keyConditionExpression("pk = :p").expressionAttributeValues(pk("p")).select("ALL_ATTRIBUTES")
            .returnConsumedCapacity("INDEXES"))),
        Arguments.of("Query, NONE", query(r -> r.tableName("reads")
            .keyConditionExpression("pk = :p").expressionAttributeValues(pk("p")).returnConsumedCapacity("NONE"))),
        Arguments.of("Scan, eventually consistent, INDEXES", scan(r -> r.tableName("reads")
            .returnConsumedCapacity("INDEXES"))),
        Arguments.of("Scan, strongly consistent, filter", scan(r -> r.tableName("reads").consistentRead(true)
            .filterExpression("pk = :p").expressionAttributeValues(pk("q")).returnConsumedCapacity("TOTAL"))),
        Arguments.of("Scan, Limit 2", scan(r -> r.tableName("reads").limit(2).returnConsumedCapacity("TOTAL"))),
        Arguments.of("Scan GSI", scan(r -> r.tableName("reads").indexName("byGroup")
            .returnConsumedCapacity("INDEXES"))),
        Arguments.of("Scan LSI fetching from the table", scan(r -> r.tableName("reads").indexName("byLocal")
            .select("ALL_ATTRIBUTES").returnConsumedCapacity("INDEXES"))));
  }

  private static Function<DynamoDbClient, List<ConsumedCapacity>> query(
      Consumer<QueryRequest.Builder> request) {
    return c -> single(c.query(request).consumedCapacity());
  }

  private static Function<DynamoDbClient, List<ConsumedCapacity>> scan(
      Consumer<ScanRequest.Builder> request) {
    return c -> single(c.scan(request).consumedCapacity());
  }

  private static List<ConsumedCapacity> single(ConsumedCapacity consumed) {
    return consumed == null ? List.of() : List.of(consumed);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("queriesAndScans")
  void queryAndScan_whenCapacityRequested_reportItLikeDynamoDb(
      String label, Function<DynamoDbClient, List<ConsumedCapacity>> call) {
    differential.same(call, Transact::capacity);
  }

  static Stream<Arguments> batches() {
    return Stream.<Arguments>of(
        Arguments.of("BatchGetItem, a 1.5 KB item, a small one and a missing one, INDEXES", call(c -> c.batchGetItem(r ->
            r.requestItems(Map.of("reads", KeysAndAttributes.builder().keys(item("pk", s("p"), "sk", s("s1")),
                item("pk", s("q"), "sk", s("1")), item("pk", s("x"), "sk", s("1"))).build()))
                .returnConsumedCapacity("INDEXES")).consumedCapacity())),
        Arguments.of("BatchGetItem, strongly consistent", call(c -> c.batchGetItem(r ->
            r.requestItems(Map.of("reads", KeysAndAttributes.builder().consistentRead(true).keys(
                item("pk", s("p"), "sk", s("s1")), item("pk", s("q"), "sk", s("1"))).build()))
                .returnConsumedCapacity("TOTAL")).consumedCapacity())),
        Arguments.of("BatchGetItem, NONE", call(c -> c.batchGetItem(r ->
            r.requestItems(Map.of("reads", KeysAndAttributes.builder().keys(item("pk", s("q"), "sk", s("1"))).build())))
                .consumedCapacity())),
        Arguments.of("BatchWriteItem, a 1.5 KB item entering two GSIs", call(c -> c.batchWriteItem(r ->
            r.requestItems(Map.of("reads", List.of(put(item("pk", s("w"), "sk", s("1"), "gk", s("g"),
                "d", s(KB15)))))).returnConsumedCapacity("INDEXES")).consumedCapacity())),
        Arguments.of("BatchWriteItem, a put and a delete", call(c -> c.batchWriteItem(r ->
            r.requestItems(Map.of("reads", List.of(put(item("pk", s("v"), "sk", s("1"))),
                delete(item("pk", s("w"), "sk", s("1")))))).returnConsumedCapacity("TOTAL")).consumedCapacity())),
        Arguments.of("BatchWriteItem, NONE", call(c -> c.batchWriteItem(r ->
            r.requestItems(Map.of("reads", List.of(put(item("pk", s("v"), "sk", s("2"))))))).consumedCapacity())));
  }

  private static WriteRequest put(Map<String, AttributeValue> item) {
    return WriteRequest.builder().putRequest(r -> r.item(item)).build();
  }

  private static WriteRequest delete(Map<String, AttributeValue> key) {
    return WriteRequest.builder().deleteRequest(r -> r.key(key)).build();
  }

  private static Function<DynamoDbClient, List<ConsumedCapacity>> call(
      Function<DynamoDbClient, List<ConsumedCapacity>> call) {
    return call;
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("batches")
  void batches_whenCapacityRequested_chargeEachItemLikeDynamoDb(
      String label, Function<DynamoDbClient, List<ConsumedCapacity>> call) {
    differential.same(call, Transact::capacity);
  }

  @Test
  void batchWriteItem_whenDeletingAnAbsentItem_chargesItAsTheDeleteItemItStandsFor() {
    // Developer Guide, "DynamoDB read and write operations": BatchWriteItem charges each write as
    // the PutItem or DeleteItem it stands for. A DeleteItem of an absent item costs one write
    // capacity unit on DynamoDB Local 3.1.0 as on the engine, but DynamoDB Local charges two for the
    // same delete in a BatchWriteItem; the engine charges one.
    Function<DynamoDbClient, List<ConsumedCapacity>> batchDelete = c -> c.batchWriteItem(r -> r.requestItems(
        Map.of("reads", List.of(delete(item("pk", s("never"), "sk", s("1")))))).returnConsumedCapacity("TOTAL"))
        .consumedCapacity();
    Function<DynamoDbClient, List<ConsumedCapacity>> singleDelete = c -> single(c.deleteItem(r -> r.tableName("reads")
        .key(item("pk", s("never"), "sk", s("2"))).returnConsumedCapacity("TOTAL")).consumedCapacity());
    differential.same(singleDelete, Transact::capacity);
    assertThat(Transact.capacity(singleDelete.apply(differential.engine()))).containsExactly("reads=1.0");
    assertThat(Transact.capacity(batchDelete.apply(differential.local()))).as("DynamoDB Local")
        .containsExactly("reads=2.0");
    assertThat(Transact.capacity(batchDelete.apply(differential.engine()))).as("engine")
        .containsExactly("reads=1.0");
  }
}
