package io.sable.engine.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.sable.engine.SableEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * BatchGetItem's 16 MB response limit, by the API Reference's example ({@code BatchGetItem}: "A
 * single operation can retrieve up to 16 MB of data ... if you ask to retrieve 100 items, but each
 * individual item is 300 KB in size, the system returns 52 items (so as not to exceed the 16 MB
 * limit). It also returns an appropriate UnprocessedKeys value so you can get the next page of
 * results"); only the items returned are charged.
 */
class BatchGetItemLimitTest {
  @Test
  void batchGetItem_when100ItemsOf300Kb_returns52AndTheRestAsUnprocessedKeys() {
    try (SableEngine engine = SableEngine.create()) {
      DynamoDbClient dynamoDb = engine.dynamoDbClient();
      dynamoDb.createTable(
          b ->
              b.tableName("blobs")
                  .billingMode(BillingMode.PAY_PER_REQUEST)
                  .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH))
                  .attributeDefinitions(
                      a -> a.attributeName("pk").attributeType(ScalarAttributeType.S)));
      List<Map<String, AttributeValue>> keys = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        String pk = String.format("k%02d", i);
        // 300 KB: "pk" (2) + the key (3) + "d" (1) + the filler.
        String filler = "x".repeat(300 * 1024 - 6);
        dynamoDb.putItem(
            b ->
                b.tableName("blobs")
                    .item(Map.of("pk", AttributeValue.fromS(pk), "d", AttributeValue.fromS(filler))));
        keys.add(Map.of("pk", AttributeValue.fromS(pk)));
      }
      BatchGetItemResponse response =
          dynamoDb.batchGetItem(
              b ->
                  b.requestItems(
                          Map.of("blobs", KeysAndAttributes.builder().keys(keys).build()))
                      .returnConsumedCapacity("TOTAL"));
      assertThat(response.responses().get("blobs")).hasSize(52);
      List<Map<String, AttributeValue>> unprocessed =
          response.unprocessedKeys().get("blobs").keys();
      assertThat(unprocessed).hasSize(48);
      List<Map<String, AttributeValue>> all = new ArrayList<>(response.responses().get("blobs"));
      all.replaceAll(item -> Map.of("pk", item.get("pk")));
      all.addAll(unprocessed);
      assertThat(all).containsExactlyInAnyOrderElementsOf(keys);
      // 52 eventually consistent reads of 300 KB (75 units of 4 KB each): 52 * 37.5.
      assertThat(response.consumedCapacity().get(0).capacityUnits()).isEqualTo(52 * 37.5);
    }
  }
}
