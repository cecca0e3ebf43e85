package io.sable.engine.capacity.scaling;

import io.sable.engine.ManualClock;
import io.sable.engine.SableEngine;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputDescription;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * An engine on a manual clock, without background Time to Live sweeps, and helpers to create tables
 * (key "pk"; global secondary index {@value #INDEX} on "gk" when asked for), load them with one-KB
 * writes and read their throughput back.
 */
final class AutoScalingFixture implements AutoCloseable {
  static final String INDEX = "byGroup";

  final ManualClock clock = new ManualClock(Instant.parse("2026-12-01T00:00:00Z"));
  final SableEngine engine;
  final DynamoDbClient dynamoDb;
  private int next;

  /** An engine that evaluates auto scaling in the background every {@code interval} (zero: never). */
  AutoScalingFixture(Duration interval) {
    engine = SableEngine.builder().clock(clock).ttlSweepInterval(Duration.ZERO)
        .autoScalingInterval(interval).build();
    dynamoDb = engine.dynamoDbClient();
  }

  AutoScaling autoScaling() {
    return engine.autoScaling();
  }

  List<ScalingActivity> evaluate() {
    return engine.autoScaling().evaluate();
  }

  /** A provisioned table with 5 RCU and {@code writeCapacityUnits} WCU. */
  void provisioned(String table, long writeCapacityUnits) {
    dynamoDb.createTable(base(table).billingMode(BillingMode.PROVISIONED)
        .provisionedThroughput(t -> t.readCapacityUnits(5L).writeCapacityUnits(writeCapacityUnits)).build());
  }

  /** A provisioned table, and its index {@value #INDEX}, each with 5 RCU and {@code writeCapacityUnits} WCU. */
  void provisionedWithIndex(String table, long writeCapacityUnits) {
    dynamoDb.createTable(base(table).billingMode(BillingMode.PROVISIONED)
        .provisionedThroughput(t -> t.readCapacityUnits(5L).writeCapacityUnits(writeCapacityUnits))
        .attributeDefinitions(attribute("pk"), attribute("gk"))
        .globalSecondaryIndexes(i -> i.indexName(INDEX)
            .keySchema(k -> k.attributeName("gk").keyType(KeyType.HASH))
            .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY))
            .provisionedThroughput(t -> t.readCapacityUnits(5L).writeCapacityUnits(writeCapacityUnits)))
        .build());
  }

  /** An on-demand table with index {@value #INDEX}. */
  void onDemandWithIndex(String table) {
    dynamoDb.createTable(base(table).billingMode(BillingMode.PAY_PER_REQUEST)
        .attributeDefinitions(attribute("pk"), attribute("gk"))
        .globalSecondaryIndexes(i -> i.indexName(INDEX)
            .keySchema(k -> k.attributeName("gk").keyType(KeyType.HASH))
            .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY)))
        .build());
  }

  private static CreateTableRequest.Builder base(String table) {
    return CreateTableRequest.builder().tableName(table)
        .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH))
        .attributeDefinitions(attribute("pk"));
  }

  private static AttributeDefinition attribute(String name) {
    return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
  }

  TableDescription describe(String table) {
    return dynamoDb.describeTable(b -> b.tableName(table)).table();
  }

  ProvisionedThroughputDescription throughput(String table) {
    return describe(table).provisionedThroughput();
  }

  ProvisionedThroughputDescription indexThroughput(String table) {
    return describe(table).globalSecondaryIndexes().get(0).provisionedThroughput();
  }

  void setWrite(String table, long units) {
    dynamoDb.updateTable(b -> b.tableName(table)
        .provisionedThroughput(t -> t.readCapacityUnits(5L).writeCapacityUnits(units)));
  }

  /**
   * Tries {@code perSecond} writes of one KB (one WCU on the table, and on its index if it has one)
   * every second for {@code seconds} seconds of engine time, to each of {@code tables}; a throttled
   * write ends that table's second.
   */
  void writeLoad(int perSecond, int seconds, String... tables) {
    String filler = "x".repeat(1000);
    for (int s = 0; s < seconds; s++) {
      for (String table : tables) {
        for (int i = 0; i < perSecond; i++) {
          String pk = "p" + next++;
          try {
            dynamoDb.putItem(b -> b.tableName(table).item(Map.of("pk", AttributeValue.fromS(pk),
                "gk", AttributeValue.fromS("g" + pk), "d", AttributeValue.fromS(filler))));
          } catch (ProvisionedThroughputExceededException e) {
            break;
          }
        }
      }
      clock.advance(Duration.ofSeconds(1));
    }
  }

  @Override
  public void close() {
    engine.close();
  }
}
