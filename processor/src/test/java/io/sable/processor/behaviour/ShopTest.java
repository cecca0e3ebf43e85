package io.sable.processor.behaviour;

import io.sable.dynamodblocal.DynamoDbLocal;
import io.sable.engine.SableEngine;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * The base of the tests of the {@link Shop} model's generated code: each concrete class runs once on
 * Sable's engine and once on DynamoDB Local ({@code @ParameterizedClass} over {@link #BACKENDS}),
 * with a fresh table per test.
 */
abstract class ShopTest {

  static final String ENGINE = "the engine";
  static final String DYNAMODB_LOCAL = "DynamoDB Local";

  private static final AtomicInteger TABLES = new AtomicInteger();
  private static SableEngine engine;
  private static DynamoDbLocal local;
  private static DynamoDbClient localClient;
  private static DynamoDbStreamsClient localStreams;

  @Parameter
  String backend;

  DynamoDbClient dynamoDb;
  ShopTable shop;

  @BeforeAll
  static void startBackends() {
    engine = SableEngine.create();
    local = DynamoDbLocal.start();
    localClient = local.client();
    localStreams = local.streamsClient();
  }

  @AfterAll
  static void stopBackends() {
    localClient.close();
    localStreams.close();
    local.close();
    engine.close();
  }

  @BeforeEach
  void createTable() {
    dynamoDb = backend.equals(ENGINE) ? engine.dynamoDbClient() : localClient;
    shop = ShopTable.of(dynamoDb, "Shop" + TABLES.incrementAndGet());
    shop.create();
  }

  /** The engine, for what only it does (Time to Live deletions); other backends skip the test. */
  SableEngine engineOnly() {
    Assumptions.assumeTrue(backend.equals(ENGINE), "only the engine deletes expired items at once");
    return engine;
  }

  /** The backend's DynamoDB Streams client. */
  DynamoDbStreamsClient streams() {
    return backend.equals(ENGINE) ? engine.dynamoDbStreamsClient() : localStreams;
  }

  String tableName() {
    return shop.tableClient().tableName();
  }
}
