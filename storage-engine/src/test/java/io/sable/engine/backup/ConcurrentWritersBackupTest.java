package io.sable.engine.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Backups and point-in-time recovery taken while writers run: what each guarantees (see {@code
 * TableImage#of} and {@code TableHistory}). API Reference, {@code CreateBackup}: a backup holds all
 * data committed before the request, none committed after it, and perhaps some committed during
 * it.
 */
class ConcurrentWritersBackupTest {
  private static final int WRITERS = 4;
  private static final int WRITES = 1500;

  private final BackupFixture fixture = new BackupFixture(BackupSettings.IMMEDIATE);
  private final DynamoDbClient dynamoDb = fixture.dynamoDb;

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void createBackupAndEnablePitr_whileWritersRun_missNoAcknowledgedWrite() throws Exception {
    dynamoDb.createTable(b -> b.tableName("tbl").billingMode(BillingMode.PAY_PER_REQUEST)
        .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build())
        .attributeDefinitions(AttributeDefinition.builder().attributeName("pk")
            .attributeType(ScalarAttributeType.S).build()));
    AtomicIntegerArray acknowledged = new AtomicIntegerArray(WRITERS);
    CountDownLatch warm = new CountDownLatch(WRITERS);
    List<Thread> threads = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      int writer = w;
      Thread thread = new Thread(() -> {
        for (int n = 0; n < WRITES; n++) {
          String key = "w" + writer + "-" + n;
          dynamoDb.putItem(b -> b.tableName("tbl").item(Map.of("pk", AttributeValue.fromS(key))));
          if (n % 3 == 2) {
            String previous = "w" + writer + "-" + (n - 1);
            dynamoDb.deleteItem(b -> b.tableName("tbl")
                .key(Map.of("pk", AttributeValue.fromS(previous))));
          }
          acknowledged.set(writer, n + 1);
          if (n == WRITES / 4) {
            warm.countDown();
          }
        }
      });
      threads.add(thread);
      thread.start();
    }
    warm.await();
    dynamoDb.updateContinuousBackups(b -> b.tableName("tbl")
        .pointInTimeRecoverySpecification(p -> p.pointInTimeRecoveryEnabled(true)));
    int[] before = snapshot(acknowledged);
    String arn = dynamoDb.createBackup(b -> b.tableName("tbl").backupName("during"))
        .backupDetails().backupArn();
    int[] after = snapshot(acknowledged);
    for (Thread thread : threads) {
      thread.join();
    }

    dynamoDb.restoreTableFromBackup(b -> b.backupArn(arn).targetTableName("fromBackup"));
    Set<String> backedUp = keys("fromBackup");
    for (int w = 0; w < WRITERS; w++) {
      for (int n = 0; n < WRITES; n++) {
        String key = "w" + w + "-" + n;
        boolean live = n % 3 != 1; // every third key's predecessor is deleted just after
        if (n < before[w] - 1 && live) {
          assertThat(backedUp).as("acknowledged before CreateBackup").contains(key);
        }
        if (n < before[w] - 1 && !live) {
          assertThat(backedUp).as("deleted before CreateBackup").doesNotContain(key);
        }
        if (n > after[w]) {
          assertThat(backedUp).as("written after CreateBackup returned").doesNotContain(key);
        }
      }
    }
    dynamoDb.restoreTableToPointInTime(b -> b.sourceTableName("tbl").targetTableName("latest")
        .useLatestRestorableTime(true));
    assertThat(keys("latest")).isEqualTo(keys("tbl")).hasSize(WRITERS * (WRITES - WRITES / 3));
  }

  private static int[] snapshot(AtomicIntegerArray counts) {
    int[] copy = new int[counts.length()];
    for (int i = 0; i < copy.length; i++) {
      copy[i] = counts.get(i);
    }
    return copy;
  }

  private Set<String> keys(String table) {
    Set<String> keys = new HashSet<>();
    dynamoDb.scanPaginator(b -> b.tableName(table)).items().forEach(i -> keys.add(i.get("pk").s()));
    return keys;
  }
}
