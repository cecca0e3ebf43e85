package io.sable.engine.storage;

import static io.sable.engine.storage.DurableEngines.item;
import static io.sable.engine.storage.DurableEngines.key;
import static io.sable.engine.storage.DurableEngines.scan;
import static org.assertj.core.api.Assertions.assertThat;

import io.sable.engine.ManualClock;
import io.sable.engine.SableEngine;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateGlobalSecondaryIndexAction;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TableClass;
import software.amazon.awssdk.services.dynamodb.model.Tag;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * What a durable engine keeps across a restart, after a clean close and after a crash: issue 17,
 * "Tables, indexes' definitions, items, TTL settings, tags, stream settings and the stream records
 * still within their 24-hour retention survive a restart".
 */
class RestartTest {
  @TempDir Path directory;
  private final ManualClock clock = new ManualClock(DurableEngines.START);

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void reopen_keepsTablesIndexesItemsTtlTagsStreamsAndOptions(boolean crash) {
    State before;
    SableEngine first = DurableEngines.open(directory, clock);
    DynamoDbClient client = first.dynamoDbClient();
    createIndexedTable(client);
    for (int i = 0; i < 40; i++) {
      String n = String.format("%03d", i);
      client.putItem(b -> b.tableName("orders").item(Map.of(
          "pk", AttributeValue.fromS("c" + (n.charAt(2) % 3)), "sk", AttributeValue.fromS(n),
          "status", AttributeValue.fromS(Integer.parseInt(n) % 2 == 0 ? "open" : "done"),
          "amount", AttributeValue.fromN(n), "exp", AttributeValue.fromN("1767225600"))));
      clock.advance(Duration.ofSeconds(1));
    }
    client.deleteItem(b -> b.tableName("orders").key(key("c0", "000")));
    client.updateItem(b -> b.tableName("orders").key(key("c1", "001"))
        .updateExpression("SET amount = :t").expressionAttributeValues(Map.of(":t", AttributeValue.fromN("99"))));
    // A GSI added by UpdateTable once the table has items (backfilled).
    client.updateTable(b -> b.tableName("orders")
        .attributeDefinitions(
            AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build(),
            AttributeDefinition.builder().attributeName("sk").attributeType(ScalarAttributeType.S).build(),
            AttributeDefinition.builder().attributeName("status").attributeType(ScalarAttributeType.S).build(),
            AttributeDefinition.builder().attributeName("amount").attributeType(ScalarAttributeType.N).build())
        .globalSecondaryIndexUpdates(GlobalSecondaryIndexUpdate.builder().create(
            CreateGlobalSecondaryIndexAction.builder().indexName("byTotal")
                .keySchema(KeySchemaElement.builder().attributeName("amount").keyType(KeyType.HASH).build())
                .projection(Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build())
                .build()).build()));
    client.updateTimeToLive(b -> b.tableName("orders")
        .timeToLiveSpecification(t -> t.enabled(true).attributeName("exp")));
    String arn = client.describeTable(b -> b.tableName("orders")).table().tableArn();
    client.tagResource(b -> b.resourceArn(arn).tags(Tag.builder().key("team").value("billing").build()));
    client.updateTable(b -> b.tableName("orders").deletionProtectionEnabled(true)
        .tableClass(TableClass.STANDARD_INFREQUENT_ACCESS));
    before = State.of(first);
    if (crash) {
      first.durableStore().crash();
    } else {
      first.close();
    }

    try (SableEngine second = DurableEngines.open(directory, clock)) {
      State after = State.of(second);
      assertThat(after.items()).isEqualTo(before.items()).hasSize(39);
      assertThat(after.byStatus()).isEqualTo(before.byStatus());
      assertThat(after.byTotal()).isEqualTo(before.byTotal());
      assertThat(after.local()).isEqualTo(before.local());
      assertThat(after.records()).isEqualTo(before.records()).hasSize(42);
      assertThat(after.description()).isEqualTo(before.description());
      assertThat(second.dynamoDbClient().describeTimeToLive(b -> b.tableName("orders"))
          .timeToLiveDescription().attributeName()).isEqualTo("exp");
      assertThat(second.dynamoDbClient().listTagsOfResource(b -> b.resourceArn(arn)).tags())
          .containsExactly(Tag.builder().key("team").value("billing").build());
    }
  }

  /** Everything compared before and after. */
  record State(
      List<Map<String, AttributeValue>> items,
      QueryResponse byStatus,
      QueryResponse byTotal,
      QueryResponse local,
      List<Record> records,
      DescribeTableResponse description) {
    static State of(SableEngine engine) {
      DynamoDbClient client = engine.dynamoDbClient();
      QueryResponse byStatus = client.query(b -> b.tableName("orders").indexName("byStatus")
          .keyConditionExpression("#s = :s").expressionAttributeNames(Map.of("#s", "status"))
          .expressionAttributeValues(Map.of(":s", AttributeValue.fromS("open"))));
      QueryResponse byTotal = client.query(b -> b.tableName("orders").indexName("byTotal")
          .keyConditionExpression("amount = :t").expressionAttributeValues(Map.of(":t", AttributeValue.fromN("99"))));
      QueryResponse local = client.query(b -> b.tableName("orders").indexName("localByTotal")
          .keyConditionExpression("pk = :p AND amount > :t")
          .expressionAttributeValues(Map.of(":p", AttributeValue.fromS("c1"), ":t", AttributeValue.fromN("5"))));
      DynamoDbStreamsClient streams = engine.dynamoDbStreamsClient();
      String streamArn = streams.listStreams(b -> b.tableName("orders")).streams().get(0).streamArn();
      String shard = streams.describeStream(b -> b.streamArn(streamArn)).streamDescription().shards().get(0).shardId();
      String iterator = streams.getShardIterator(b -> b.streamArn(streamArn).shardId(shard)
          .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
      List<Record> records = streams.getRecords(b -> b.shardIterator(iterator)).records();
      DescribeTableResponse description = client.describeTable(b -> b.tableName("orders"));
      return new State(scan(client, "orders"), byStatus, byTotal, local, records, description);
    }
  }

  static void createIndexedTable(DynamoDbClient client) {
    client.createTable(b -> b.tableName("orders")
        .billingMode(BillingMode.PAY_PER_REQUEST)
        .keySchema(
            KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
            KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build())
        .attributeDefinitions(
            AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build(),
            AttributeDefinition.builder().attributeName("sk").attributeType(ScalarAttributeType.S).build(),
            AttributeDefinition.builder().attributeName("status").attributeType(ScalarAttributeType.S).build(),
            AttributeDefinition.builder().attributeName("amount").attributeType(ScalarAttributeType.N).build())
        .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("byStatus")
            .keySchema(
                KeySchemaElement.builder().attributeName("status").keyType(KeyType.HASH).build(),
                KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build())
            .projection(Projection.builder().projectionType(ProjectionType.ALL).build()).build())
        .localSecondaryIndexes(LocalSecondaryIndex.builder().indexName("localByTotal")
            .keySchema(
                KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
                KeySchemaElement.builder().attributeName("amount").keyType(KeyType.RANGE).build())
            .projection(Projection.builder().projectionType(ProjectionType.INCLUDE)
                .nonKeyAttributes("status").build()).build())
        .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_AND_OLD_IMAGES)));
  }
}
