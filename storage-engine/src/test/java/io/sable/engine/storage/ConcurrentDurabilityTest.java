package io.sable.engine.storage;

import static io.sable.engine.storage.DurableEngines.createTable;
import static io.sable.engine.storage.DurableEngines.key;
import static io.sable.engine.storage.DurableEngines.scan;
import static org.assertj.core.api.Assertions.assertThat;

import io.sable.engine.ManualClock;
import io.sable.engine.SableEngine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CreateGlobalSecondaryIndexAction;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Writers, transactions, background snapshots and an UpdateTable that adds a global secondary
 * index, all at once, then a crash: every acknowledged write is there, and the index matches.
 */
class ConcurrentDurabilityTest {
  @TempDir Path directory;
  private final ManualClock clock = new ManualClock(DurableEngines.START);

  @Test
  void recover_afterConcurrentWritesSnapshotsAndIndexCreation_keepsEveryAcknowledgedWrite() throws Exception {
    SableEngine engine = DurableEngines.builder(directory, clock)
        .snapshotLogBytes(16 * 1024)
        .indexBackfills(Runnable::run)
        .build();
    DynamoDbClient client = engine.dynamoDbClient();
    createTable(client, "orders");
    int writers = 4;
    int perWriter = 250;
    ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
    List<Future<?>> futures = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      String writer = "w" + w;
      futures.add(pool.submit(() -> {
        for (int i = 0; i < perWriter; i++) {
          String sk = String.format("%04d", i);
          if (i % 10 == 9) {
            client.transactWriteItems(b -> b.transactItems(
                TransactWriteItem.builder().put(p -> p.tableName("orders").item(Map.of(
                    "pk", AttributeValue.fromS(writer), "sk", AttributeValue.fromS(sk),
                    "g", AttributeValue.fromS("x")))).build(),
                TransactWriteItem.builder().put(p -> p.tableName("orders").item(Map.of(
                    "pk", AttributeValue.fromS(writer + "-tx"), "sk", AttributeValue.fromS(sk),
                    "g", AttributeValue.fromS("x")))).build()));
          } else {
            client.putItem(b -> b.tableName("orders").item(Map.of(
                "pk", AttributeValue.fromS(writer), "sk", AttributeValue.fromS(sk),
                "g", AttributeValue.fromS("x"))));
          }
        }
        return null;
      }));
    }
    futures.add(pool.submit(() -> {
      client.updateTable(b -> b.tableName("orders")
          .attributeDefinitions(
              AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build(),
              AttributeDefinition.builder().attributeName("sk").attributeType(ScalarAttributeType.S).build(),
              AttributeDefinition.builder().attributeName("g").attributeType(ScalarAttributeType.S).build())
          .globalSecondaryIndexUpdates(GlobalSecondaryIndexUpdate.builder().create(
              CreateGlobalSecondaryIndexAction.builder().indexName("byG")
                  .keySchema(KeySchemaElement.builder().attributeName("g").keyType(KeyType.HASH).build())
                  .projection(Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build())
                  .build()).build()));
      return null;
    }));
    for (Future<?> future : futures) {
      future.get();
    }
    pool.shutdown();
    engine.durableStore().crash();

    try (SableEngine recovered = DurableEngines.open(directory, clock)) {
      DynamoDbClient again = recovered.dynamoDbClient();
      int expected = writers * perWriter + writers * (perWriter / 10);
      assertThat(scan(again, "orders")).hasSize(expected);
      for (int w = 0; w < writers; w++) {
        String writer = "w" + w;
        assertThat(again.getItem(b -> b.tableName("orders").key(key(writer + "-tx", "0009"))).item()).isNotEmpty();
      }
      int indexed = 0;
      Map<String, AttributeValue> start = null;
      do {
        Map<String, AttributeValue> from = start;
        var page = again.query(b -> b.tableName("orders").indexName("byG")
            .keyConditionExpression("g = :g").expressionAttributeValues(Map.of(":g", AttributeValue.fromS("x")))
            .exclusiveStartKey(from));
        indexed += page.count();
        start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
      } while (start != null);
      assertThat(indexed).isEqualTo(expected);
    }
  }
}
