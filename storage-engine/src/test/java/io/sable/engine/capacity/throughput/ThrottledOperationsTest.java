package io.sable.engine.capacity.throughput;

import static io.sable.engine.capacity.throughput.ThroughputFixture.admittedBeforeThrottle;
import static io.sable.engine.capacity.throughput.ThroughputFixture.item;
import static io.sable.engine.capacity.throughput.ThroughputFixture.key;
import static io.sable.engine.capacity.throughput.ThroughputFixture.throughput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Throttling across operations: a global secondary index short of write capacity throttles writes
 * to its table (Developer Guide, "Global secondary indexes", "Provisioned throughput
 * considerations"), batches return throttled items unprocessed and fail whole only when nothing
 * could be processed (API Reference, BatchWriteItem and BatchGetItem), transactions are cancelled
 * with {@code ProvisionedThroughputExceeded} (API Reference, TransactWriteItems), Query is
 * admitted per page.
 */
class ThrottledOperationsTest {
  private final ThroughputFixture fixture = new ThroughputFixture(CapacitySimulation.PROVISIONED);

  @AfterEach
  void close() {
    fixture.close();
  }

  private static Map<String, AttributeValue> indexed(String pk, String gk) {
    Map<String, AttributeValue> item = new HashMap<>(item(pk, "s", 100));
    item.put("gk", AttributeValue.fromS(gk));
    return item;
  }

  @Test
  void putItem_whenItsIndexIsOutOfWriteCapacity_isThrottledWithTheIndexMessage() {
    fixture.provisioned(100, 1000, throughput(1, 1));
    int[] n = {0};
    admittedBeforeThrottle(1000, () -> fixture.put(indexed("p" + n[0]++, "STATUS#PENDING")));

    assertThatThrownBy(() -> fixture.put(indexed("late", "STATUS#PENDING")))
        .isInstanceOfSatisfying(
            ProvisionedThroughputExceededException.class,
            e -> {
              assertThat(e.awsErrorDetails().errorMessage())
                  .isEqualTo(
                      "The level of configured provisioned throughput for one or more global"
                          + " secondary indexes of the table was exceeded. Consider increasing your"
                          + " provisioning level for the under-provisioned global secondary indexes"
                          + " with the UpdateTable API.");
              assertThat(e.throttlingReasons().get(0).reason())
                  .isEqualTo("IndexWriteProvisionedThroughputExceeded");
              assertThat(e.throttlingReasons().get(0).resource())
                  .isEqualTo("arn:aws:dynamodb:us-east-1:000000000000:table/tbl/index/gsi");
            });
    assertThat(fixture.dynamoDb.getItem(b -> b.tableName("tbl").key(key("late", "s"))).hasItem())
        .isFalse();
    // An item outside the index is not held back by it.
    fixture.put(item("unindexed", "s", 100));
  }

  @Test
  void batchWriteItem_whenPartlyThrottled_returnsTheThrottledItemsUnprocessed() {
    fixture.provisioned(1, 1, null);
    int[] n = {0};
    admittedBeforeThrottle(1000, () -> fixture.put(item("p" + n[0]++, "s", 100)));
    fixture.clock.advance(java.time.Duration.ofSeconds(3));
    List<WriteRequest> writes = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      writes.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item("b" + i, "s", 100)).build()).build());
    }

    BatchWriteItemResponse response =
        fixture.dynamoDb.batchWriteItem(b -> b.requestItems(Map.of("tbl", writes)));

    // 3 seconds at 1 WCU/s: three writes pass, seven come back.
    assertThat(response.unprocessedItems().get("tbl")).hasSize(7);
  }

  @Test
  void batchWriteItem_whenNothingCanBeProcessed_throwsProvisionedThroughputExceeded() {
    fixture.provisioned(1, 1, null);
    int[] n = {0};
    admittedBeforeThrottle(1000, () -> fixture.put(item("p" + n[0]++, "s", 100)));
    List<WriteRequest> writes =
        List.of(WriteRequest.builder().putRequest(PutRequest.builder().item(item("b", "s", 100)).build()).build());

    assertThatThrownBy(() -> fixture.dynamoDb.batchWriteItem(b -> b.requestItems(Map.of("tbl", writes))))
        .isInstanceOf(ProvisionedThroughputExceededException.class);
  }

  @Test
  void batchGetItem_whenThrottled_returnsUnprocessedKeysOrThrowsWhenNoneRead() {
    fixture.provisioned(1, 10, null);
    fixture.put(item("a", "s", 100));
    fixture.put(item("b", "s", 100));
    admittedBeforeThrottle(10_000, () -> fixture.dynamoDb.getItem(b -> b.tableName("tbl").key(key("a", "s")).consistentRead(true)));
    KeysAndAttributes keys = KeysAndAttributes.builder().keys(key("a", "s"), key("b", "s")).consistentRead(true).build();

    assertThatThrownBy(() -> fixture.dynamoDb.batchGetItem(b -> b.requestItems(Map.of("tbl", keys))))
        .isInstanceOf(ProvisionedThroughputExceededException.class);
    fixture.clock.advance(java.time.Duration.ofSeconds(1));
    var response = fixture.dynamoDb.batchGetItem(b -> b.requestItems(Map.of("tbl", keys)));
    assertThat(response.responses().get("tbl")).hasSize(1);
    assertThat(response.unprocessedKeys().get("tbl").keys()).hasSize(1);
  }

  @Test
  void transactWriteItems_whenThrottled_isCancelledWithProvisionedThroughputExceeded() {
    fixture.provisioned(1, 1, null);
    int[] n = {0};
    admittedBeforeThrottle(1000, () -> fixture.put(item("p" + n[0]++, "s", 100)));

    assertThatThrownBy(
            () ->
                fixture.dynamoDb.transactWriteItems(
                    b ->
                        b.transactItems(
                            TransactWriteItem.builder()
                                .put(p -> p.tableName("tbl").item(item("x", "s", 100)))
                                .build())))
        .isInstanceOfSatisfying(
            TransactionCanceledException.class,
            e ->
                assertThat(e.cancellationReasons())
                    .extracting(CancellationReason::code)
                    .containsExactly("ProvisionedThroughputExceeded"));
    assertThat(fixture.dynamoDb.getItem(b -> b.tableName("tbl").key(key("x", "s"))).hasItem()).isFalse();
  }

  @Test
  void query_whenTheTableIsOutOfReadCapacity_isThrottled() {
    fixture.provisioned(1, 10, null);
    fixture.put(item("a", "s", 4000));
    // 300 RCU of burst; each strongly consistent Query page of one 4 KB item costs 1.
    int pages =
        admittedBeforeThrottle(
            1000,
            () ->
                fixture.dynamoDb.query(
                    b ->
                        b.tableName("tbl")
                            .consistentRead(true)
                            .keyConditionExpression("pk = :p")
                            .expressionAttributeValues(Map.of(":p", AttributeValue.fromS("a")))));

    assertThat(pages).isEqualTo(300);
  }

  @Test
  void putItem_withSimulationOff_isNeverThrottled() {
    fixture.close();
    ThroughputFixture off = new ThroughputFixture(CapacitySimulation.OFF);
    off.provisioned(1, 1, null);
    int[] n = {0};

    assertThat(admittedBeforeThrottle(2000, () -> off.put(item("p" + n[0]++, "s", 3000)))).isEqualTo(2000);
    off.close();
  }
}
