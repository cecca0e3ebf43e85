package io.sable.engine.storage;

import io.sable.engine.ManualClock;
import io.sable.engine.SableEngine;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/** Test helpers: durable engines on a manual clock, and small tables. */
final class DurableEngines {
  static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  private DurableEngines() {}

  static SableEngine open(Path directory, ManualClock clock) {
    return builder(directory, clock).build();
  }

  static SableEngine.Builder builder(Path directory, ManualClock clock) {
    return SableEngine.builder()
        .dataDirectory(directory)
        .clock(clock)
        .ttlSweepInterval(Duration.ZERO)
        .autoScalingInterval(Duration.ZERO)
        // UpdateTable backfills a new GSI before it returns, so a test can query it at once
        // (the default backfills on a thread of its own, and the index is CREATING meanwhile).
        .indexBackfills(Runnable::run)
        .partitions(4);
  }

  /** A table with partition key pk (S) and sort key sk (S), on demand. */
  static void createTable(DynamoDbClient client, String name) {
    client.createTable(b -> b.tableName(name)
        .billingMode(BillingMode.PAY_PER_REQUEST)
        .keySchema(
            KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
            KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build())
        .attributeDefinitions(
            AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build(),
            AttributeDefinition.builder().attributeName("sk").attributeType(ScalarAttributeType.S).build()));
  }

  static Map<String, AttributeValue> item(String pk, String sk, String value) {
    return Map.of("pk", AttributeValue.fromS(pk), "sk", AttributeValue.fromS(sk), "v", AttributeValue.fromS(value));
  }

  static Map<String, AttributeValue> key(String pk, String sk) {
    return Map.of("pk", AttributeValue.fromS(pk), "sk", AttributeValue.fromS(sk));
  }

  /** Every item of the table, in scan order. */
  static List<Map<String, AttributeValue>> scan(DynamoDbClient client, String table) {
    return client.scanPaginator(ScanRequest.builder().tableName(table).build())
        .items().stream().toList();
  }
}
