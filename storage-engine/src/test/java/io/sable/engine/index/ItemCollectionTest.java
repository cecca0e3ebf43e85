package io.sable.engine.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sable.engine.SableEngine;
import io.sable.engine.differential.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ItemCollectionMetrics;
import software.amazon.awssdk.services.dynamodb.model.ItemCollectionSizeLimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Item collections of tables with local secondary indexes: {@code ReturnItemCollectionMetrics}
 * (API Reference, {@code PutItem}, "ItemCollectionMetrics: ... only returned if the
 * ReturnItemCollectionMetrics parameter was specified. If the table does not have any local
 * secondary indexes, this information is not returned") and the item collection size limit
 * (Developer Guide, "Local secondary indexes", "Item collection size limit": "The maximum size of
 * any item collection for a table which has one or more local secondary indexes is 10 GB ... If an
 * item collection exceeds the 10 GB limit, DynamoDB returns an ItemCollectionSizeLimitExceededException,
 * and you won't be able to add more items to the item collection"). The limit is set to 2,000 bytes
 * here so that a few items reach it. DynamoDB Local 3.1.0 models neither (see
 * TableLimitsDifferentialTest).
 */
class ItemCollectionTest {
  private static final long LIMIT = 2_000;
  private SableEngine engine;
  private DynamoDbClient dynamoDb;

  @BeforeEach
  void create() {
    engine = SableEngine.builder().itemCollectionSizeLimit(LIMIT).build();
    dynamoDb = engine.dynamoDbClient();
    Fixtures.create(dynamoDb, Fixtures.table("orders", 2, "pk", "S", "sk", "S", "total", "N")
        .localSecondaryIndexes(Fixtures.lsi("byTotal", ProjectionType.ALL, "pk", "total")));
    Fixtures.create(dynamoDb, Fixtures.table("plain", 1, "pk", "S"));
  }

  @AfterEach
  void close() {
    engine.close();
  }

  private static Map<String, AttributeValue> order(String pk, String sk, int bytes) {
    // 2+|pk| + 2+|sk| + 5+1 (total) + 1+filler
    int filler = bytes - (2 + pk.length() + 2 + sk.length() + 6 + 1);
    return Map.of("pk", AttributeValue.fromS(pk), "sk", AttributeValue.fromS(sk),
        "total", AttributeValue.fromN("5"), "d", AttributeValue.fromS("x".repeat(filler)));
  }

  @Test
  void putItem_whenMetricsAskedOnTableWithLocalIndex_returnsCollectionKeyAndSizeRange() {
    ItemCollectionMetrics metrics = dynamoDb.putItem(b -> b.tableName("orders").item(order("c1", "o1", 300))
        .returnItemCollectionMetrics("SIZE")).itemCollectionMetrics();
    assertThat(metrics.itemCollectionKey()).isEqualTo(Map.of("pk", AttributeValue.fromS("c1")));
    assertThat(metrics.sizeEstimateRangeGB()).containsExactly(0.0, 1.0);
    ItemCollectionMetrics updated = dynamoDb.updateItem(b -> b.tableName("orders")
        .key(Map.of("pk", AttributeValue.fromS("c1"), "sk", AttributeValue.fromS("o1")))
        .updateExpression("SET n = :n").expressionAttributeValues(Map.of(":n", AttributeValue.fromN("1")))
        .returnItemCollectionMetrics("SIZE")).itemCollectionMetrics();
    ItemCollectionMetrics deleted = dynamoDb.deleteItem(b -> b.tableName("orders")
        .key(Map.of("pk", AttributeValue.fromS("c1"), "sk", AttributeValue.fromS("o1")))
        .returnItemCollectionMetrics("SIZE")).itemCollectionMetrics();
    assertThat(updated.itemCollectionKey()).isEqualTo(metrics.itemCollectionKey());
    assertThat(deleted.itemCollectionKey()).isEqualTo(metrics.itemCollectionKey());
  }

  @Test
  void writes_whenMetricsNotAskedOrTableHasNoLocalIndex_returnNoMetrics() {
    assertThat(dynamoDb.putItem(b -> b.tableName("orders").item(order("c1", "o1", 300))).itemCollectionMetrics()).isNull();
    assertThat(dynamoDb.putItem(b -> b.tableName("plain").item(Map.of("pk", AttributeValue.fromS("p")))
        .returnItemCollectionMetrics("SIZE")).itemCollectionMetrics()).isNull();
  }

  @Test
  void batchAndTransactWrites_whenMetricsAsked_reportOneEntryPerItemOfTablesWithLocalIndexes() {
    Map<String, List<ItemCollectionMetrics>> batch = dynamoDb.batchWriteItem(b -> b.requestItems(Map.of(
        "orders", List.of(WriteRequest.builder().putRequest(p -> p.item(order("c1", "o1", 100))).build(),
            WriteRequest.builder().putRequest(p -> p.item(order("c2", "o1", 100))).build()),
        "plain", List.of(WriteRequest.builder().putRequest(p -> p.item(Map.of("pk", AttributeValue.fromS("p")))).build())))
        .returnItemCollectionMetrics("SIZE")).itemCollectionMetrics();
    assertThat(batch).containsOnlyKeys("orders");
    assertThat(batch.get("orders")).extracting(m -> m.itemCollectionKey().get("pk").s()).containsExactlyInAnyOrder("c1", "c2");
    Map<String, List<ItemCollectionMetrics>> transaction = dynamoDb.transactWriteItems(b -> b.transactItems(
        t -> t.put(p -> p.tableName("orders").item(order("c3", "o1", 100))),
        t -> t.put(p -> p.tableName("plain").item(Map.of("pk", AttributeValue.fromS("q")))))
        .returnItemCollectionMetrics("SIZE")).itemCollectionMetrics();
    assertThat(transaction.get("orders")).extracting(m -> m.itemCollectionKey().get("pk").s()).containsExactly("c3");
  }

  @Test
  void putItem_whenCollectionWouldExceedLimit_throwsItemCollectionSizeLimitExceededAndWritesNothing() {
    // Each 800-byte item also has an 800-byte entry in the ALL-projected local index: 1,600 bytes
    // of the 2,000-byte collection limit.
    dynamoDb.putItem(b -> b.tableName("orders").item(order("c1", "o1", 800)));
    assertThatThrownBy(() -> dynamoDb.putItem(b -> b.tableName("orders").item(order("c1", "o2", 800))))
        .isInstanceOf(ItemCollectionSizeLimitExceededException.class)
        .satisfies(e -> assertThat(((ItemCollectionSizeLimitExceededException) e).awsErrorDetails().errorCode())
            .isEqualTo("ItemCollectionSizeLimitExceededException"));
    assertThat(dynamoDb.getItem(b -> b.tableName("orders")
        .key(Map.of("pk", AttributeValue.fromS("c1"), "sk", AttributeValue.fromS("o2")))).hasItem()).isFalse();
    // Another item collection is not affected, and shrinking the full one makes room again.
    dynamoDb.putItem(b -> b.tableName("orders").item(order("c2", "o2", 800)));
    dynamoDb.putItem(b -> b.tableName("orders").item(order("c1", "o1", 300)));
    dynamoDb.putItem(b -> b.tableName("orders").item(order("c1", "o2", 300)));
  }

  @Test
  void transactWriteItems_whenCollectionWouldExceedLimit_isCancelledWithItsReason() {
    dynamoDb.putItem(b -> b.tableName("orders").item(order("c1", "o1", 800)));
    assertThatThrownBy(() -> dynamoDb.transactWriteItems(b -> b.transactItems(
        t -> t.put(p -> p.tableName("plain").item(Map.of("pk", AttributeValue.fromS("p")))),
        t -> t.put(p -> p.tableName("orders").item(order("c1", "o2", 800))))))
        .isInstanceOfSatisfying(TransactionCanceledException.class, e -> assertThat(e.cancellationReasons())
            .extracting(r -> r.code()).containsExactly("None", "ItemCollectionSizeLimitExceeded"));
    assertThat(dynamoDb.getItem(b -> b.tableName("plain").key(Map.of("pk", AttributeValue.fromS("p")))).hasItem()).isFalse();
  }
}
