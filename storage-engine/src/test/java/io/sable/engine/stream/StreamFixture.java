package io.sable.engine.stream;

import io.sable.engine.ManualClock;
import io.sable.engine.SableEngine;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/** An engine on a manual clock with helpers to create stream tables and read whole streams. */
final class StreamFixture implements AutoCloseable {
  static final Instant START = Instant.parse("2026-11-22T10:00:00Z");

  final ManualClock clock = new ManualClock(START);
  final SableEngine engine;
  final DynamoDbClient dynamoDb;
  final DynamoDbStreamsClient streams;

  StreamFixture() {
    this(1);
  }

  StreamFixture(int streamShards) {
    engine = SableEngine.builder().clock(clock).streamShards(streamShards)
        .ttlSweepInterval(Duration.ZERO).build();
    dynamoDb = engine.dynamoDbClient();
    streams = engine.dynamoDbStreamsClient();
  }

  /** Creates table {@code name} (key {@code pk} S) with a stream; returns the stream ARN. */
  String createTable(String name, StreamViewType viewType) {
    return dynamoDb.createTable(b -> b.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
        .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build())
        .attributeDefinitions(AttributeDefinition.builder().attributeName("pk")
            .attributeType(ScalarAttributeType.S).build())
        .streamSpecification(s -> s.streamEnabled(true).streamViewType(viewType)))
        .tableDescription().latestStreamArn();
  }

  void put(String table, Object... nameValues) {
    dynamoDb.putItem(b -> b.tableName(table).item(item(nameValues)));
  }

  List<Shard> shards(String arn) {
    return streams.describeStream(b -> b.streamArn(arn)).streamDescription().shards();
  }

  /** Every record of every shard, shards in DescribeStream's order, each from TRIM_HORIZON. */
  List<Record> readAll(String arn) {
    List<Record> records = new ArrayList<>();
    for (Shard shard : shards(arn)) {
      records.addAll(readShard(arn, shard.shardId(), 1000));
    }
    return records;
  }

  /** A shard's records from TRIM_HORIZON, {@code limit} per GetRecords, until nothing more. */
  List<Record> readShard(String arn, String shardId, int limit) {
    List<Record> records = new ArrayList<>();
    String iterator = streams.getShardIterator(b -> b.streamArn(arn).shardId(shardId)
        .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
    while (iterator != null) {
      String current = iterator;
      GetRecordsResponse response = streams.getRecords(b -> b.shardIterator(current).limit(limit));
      records.addAll(response.records());
      iterator = response.records().isEmpty() ? null : response.nextShardIterator();
    }
    return records;
  }

  static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }

  static AttributeValue n(long value) {
    return AttributeValue.fromN(Long.toString(value));
  }

  static Map<String, AttributeValue> item(Object... nameValues) {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    for (int i = 0; i < nameValues.length; i += 2) {
      Object value = nameValues[i + 1];
      item.put((String) nameValues[i], value instanceof String text ? s(text)
          : value instanceof Number number ? n(number.longValue()) : (AttributeValue) value);
    }
    return item;
  }

  @Override
  public void close() {
    engine.close();
  }
}
