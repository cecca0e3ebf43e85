package io.sable.engine.backup;

import io.sable.engine.ManualClock;
import io.sable.engine.SableEngine;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * An engine on a manual clock (backups CREATING for 10 seconds, restores for 20, latest
 * restorable time 5 minutes behind) and a table helper: {@code pk} S + {@code sk} N, a global
 * index {@code byColor} ({@code color} S) and a local index {@code byRank} ({@code rank} N).
 */
final class BackupFixture implements AutoCloseable {
  static final Instant START = Instant.parse("2026-12-01T10:00:00Z");
  static final BackupSettings SETTINGS =
      new BackupSettings(Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofMinutes(5));

  final ManualClock clock = new ManualClock(START);
  final SableEngine engine;
  final DynamoDbClient dynamoDb;

  BackupFixture() {
    this(SETTINGS);
  }

  BackupFixture(BackupSettings settings) {
    engine =
        SableEngine.builder()
            .clock(clock)
            .backupSettings(settings)
            .ttlSweepInterval(Duration.ZERO)
            .build();
    dynamoDb = engine.dynamoDbClient();
  }

  static CreateTableRequest.Builder tableRequest(String name) {
    return CreateTableRequest.builder()
        .tableName(name)
        .billingMode(BillingMode.PAY_PER_REQUEST)
        .keySchema(key("pk", KeyType.HASH), key("sk", KeyType.RANGE))
        .attributeDefinitions(
            attribute("pk", ScalarAttributeType.S),
            attribute("sk", ScalarAttributeType.N),
            attribute("color", ScalarAttributeType.S),
            attribute("rank", ScalarAttributeType.N))
        .globalSecondaryIndexes(
            GlobalSecondaryIndex.builder()
                .indexName("byColor")
                .keySchema(key("color", KeyType.HASH))
                .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
                .build())
        .localSecondaryIndexes(
            LocalSecondaryIndex.builder()
                .indexName("byRank")
                .keySchema(key("pk", KeyType.HASH), key("rank", KeyType.RANGE))
                .projection(Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build())
                .build());
  }

  void createTable(String name) {
    dynamoDb.createTable(tableRequest(name).build());
  }

  static KeySchemaElement key(String name, KeyType type) {
    return KeySchemaElement.builder().attributeName(name).keyType(type).build();
  }

  static AttributeDefinition attribute(String name, ScalarAttributeType type) {
    return AttributeDefinition.builder().attributeName(name).attributeType(type).build();
  }

  void put(String table, String pk, int sk, String color, int rank) {
    dynamoDb.putItem(
        b -> b.tableName(table)
            .item(Map.of(
                "pk", AttributeValue.fromS(pk),
                "sk", AttributeValue.fromN(Integer.toString(sk)),
                "color", AttributeValue.fromS(color),
                "rank", AttributeValue.fromN(Integer.toString(rank)))));
  }

  void delete(String table, String pk, int sk) {
    dynamoDb.deleteItem(
        b -> b.tableName(table)
            .key(Map.of(
                "pk", AttributeValue.fromS(pk), "sk", AttributeValue.fromN(Integer.toString(sk)))));
  }

  /** Every item of the table, as sorted strings (order-independent comparison). */
  List<String> items(String table) {
    List<String> items = new ArrayList<>();
    dynamoDb.scanPaginator(b -> b.tableName(table)).items().forEach(i -> items.add(canonical(i)));
    items.sort(Comparator.naturalOrder());
    return items;
  }

  static String canonical(Map<String, AttributeValue> item) {
    return new java.util.TreeMap<>(item).toString();
  }

  @Override
  public void close() {
    engine.close();
  }
}
