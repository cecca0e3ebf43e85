package io.sable.samples.ecommerce;

import io.sable.dynamodblocal.DynamoDbLocal;
import io.sable.engine.SableEngine;
import io.sable.samples.ecommerce.data.ShopData;
import io.sable.samples.ecommerce.model.ShopTable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The base of tests that run once on Sable's engine and once on DynamoDB Local ({@code
 * @ParameterizedClass} over {@link #ENGINE} and {@link #DYNAMODB_LOCAL}), each test on a fresh
 * table loaded with {@code catalog.json} as of {@link #TODAY}.
 */
abstract class ShopOnBothBackends {

  static final String ENGINE = "the engine";
  static final String DYNAMODB_LOCAL = "DynamoDB Local";
  static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  private static final AtomicInteger TABLES = new AtomicInteger();
  private static SableEngine engine;
  private static DynamoDbLocal local;
  private static DynamoDbClient localClient;

  @Parameter
  String backend;

  final ShopData data = ShopData.read(TODAY);
  DynamoDbClient dynamoDb;
  ShopTable shop;

  @BeforeAll
  static void startBackends() {
    engine = SableEngine.create();
    local = DynamoDbLocal.start();
    localClient = local.client();
  }

  @AfterAll
  static void stopBackends() {
    localClient.close();
    local.close();
    engine.close();
  }

  @BeforeEach
  void createAndLoad() {
    dynamoDb = backend.equals(ENGINE) ? engine.dynamoDbClient() : localClient;
    shop = ShopTable.of(dynamoDb, "Shop" + TABLES.incrementAndGet());
    shop.create();
    ShopSession.load(shop, data);
  }

  /** Every item of the table, by primary key: what "nothing changed" is checked against. */
  List<Map<String, AttributeValue>> everyItem() {
    return dynamoDb.scanPaginator(b -> b.tableName(shop.tableClient().tableName()).consistentRead(true)).items()
        .stream()
        .sorted(Comparator.comparing((Map<String, AttributeValue> item) -> item.get("PK").s())
            .thenComparing(item -> item.get("SK").s()))
        .toList();
  }
}
