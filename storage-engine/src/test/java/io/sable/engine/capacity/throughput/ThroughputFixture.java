package io.sable.engine.capacity.throughput;

import io.sable.engine.ManualClock;
import io.sable.engine.SableEngine;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** An engine on a manual clock and helpers to drive one table "tbl" (pk, sk; optional GSI "g" on gk). */
final class ThroughputFixture implements AutoCloseable {
  final ManualClock clock = new ManualClock(Instant.parse("2026-12-01T00:00:00Z"));
  final SableEngine engine;
  final DynamoDbClient dynamoDb;

  ThroughputFixture(CapacitySimulation simulation) {
    this(b -> b.capacity(simulation));
  }

  ThroughputFixture(Consumer<SableEngine.Builder> options) {
    SableEngine.Builder builder =
        SableEngine.builder().clock(clock).ttlSweepInterval(Duration.ZERO);
    options.accept(builder);
    engine = builder.build();
    dynamoDb = engine.dynamoDbClient();
  }

  static ProvisionedThroughput throughput(long read, long write) {
    return ProvisionedThroughput.builder().readCapacityUnits(read).writeCapacityUnits(write).build();
  }

  /** Table "tbl" provisioned at {@code read}/{@code write}, with GSI "g" at {@code gsi} if not null. */
  void provisioned(long read, long write, ProvisionedThroughput gsi) {
    CreateTableRequest.Builder request =
        base().billingMode(BillingMode.PROVISIONED).provisionedThroughput(throughput(read, write));
    if (gsi != null) {
      request
          .attributeDefinitions(attribute("pk"), attribute("sk"), attribute("gk"))
          .globalSecondaryIndexes(index().provisionedThroughput(gsi).build());
    }
    dynamoDb.createTable(request.build());
  }

  /** Table "tbl" on demand, with GSI "g". */
  void onDemand() {
    dynamoDb.createTable(
        base()
            .billingMode(BillingMode.PAY_PER_REQUEST)
            .attributeDefinitions(attribute("pk"), attribute("sk"), attribute("gk"))
            .globalSecondaryIndexes(index().build())
            .build());
  }

  private static CreateTableRequest.Builder base() {
    return CreateTableRequest.builder()
        .tableName("tbl")
        .keySchema(
            KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
            KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build())
        .attributeDefinitions(attribute("pk"), attribute("sk"));
  }

  private static GlobalSecondaryIndex.Builder index() {
    return GlobalSecondaryIndex.builder()
        .indexName("gsi")
        .keySchema(KeySchemaElement.builder().attributeName("gk").keyType(KeyType.HASH).build())
        .projection(Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build());
  }

  private static AttributeDefinition attribute(String name) {
    return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
  }

  /** An item of exactly {@code bytes} bytes by DynamoDB's size rules (pk, sk, filler "d"). */
  static Map<String, AttributeValue> item(String pk, String sk, int bytes) {
    int filler = bytes - ("pk".length() + pk.length() + "sk".length() + sk.length() + "d".length());
    return Map.of(
        "pk", AttributeValue.fromS(pk),
        "sk", AttributeValue.fromS(sk),
        "d", AttributeValue.fromS("x".repeat(filler)));
  }

  static Map<String, AttributeValue> key(String pk, String sk) {
    return Map.of("pk", AttributeValue.fromS(pk), "sk", AttributeValue.fromS(sk));
  }

  void put(Map<String, AttributeValue> item) {
    dynamoDb.putItem(b -> b.tableName("tbl").item(item));
  }

  /** How many of {@code attempts} calls of {@code request} succeed before the first throttle. */
  static int admittedBeforeThrottle(int attempts, Runnable request) {
    for (int i = 0; i < attempts; i++) {
      try {
        request.run();
      } catch (DynamoDbException e) {
        if (isThrottle(e)) {
          return i;
        }
        throw e;
      }
    }
    return attempts;
  }

  static boolean isThrottle(DynamoDbException e) {
    String code = e.awsErrorDetails().errorCode();
    return code.equals("ProvisionedThroughputExceededException") || code.equals("ThrottlingException");
  }

  @Override
  public void close() {
    engine.close();
  }
}
