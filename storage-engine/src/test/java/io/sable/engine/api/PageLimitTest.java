package io.sable.engine.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.sable.engine.SableEngine;
import io.sable.engine.differential.Fixtures;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * The 1 MB page limit of Query and Scan, hand-written from the documentation (DynamoDB Local is
 * not taken as the reference for the page limit on index reads). Developer Guide, "Paginating table query results
 * in DynamoDB": "A single Query only returns a result set that fits within the 1 MB size limit";
 * "Querying tables": "the 1 MB limit applies before any filter expression is evaluated"; "Global
 * secondary indexes", "Reading data from a global secondary index": an index holds only its
 * projected attributes, so a page of a KEYS_ONLY index counts the sizes of its small entries.
 * Thirty items of 100,000 bytes (about 2.9 MB) are read here.
 */
class PageLimitTest {
  private SableEngine engine;
  private DynamoDbClient dynamoDb;

  @BeforeEach
  void create() {
    engine = SableEngine.create();
    dynamoDb = engine.dynamoDbClient();
    Fixtures.create(dynamoDb, Fixtures.table("docs", 2, "pk", "S", "sk", "S", "gk", "S")
        .globalSecondaryIndexes(Fixtures.gsi("byGroup", ProjectionType.KEYS_ONLY, "gk")));
    for (int i = 0; i < 30; i++) {
      String sk = String.format("s%02d", i);
      // 100,000 bytes: "pk" + "p" (3), "sk" + sk (5), "gk" + "g" (3), "d" (1) and the filler.
      String filler = "x".repeat(100_000 - 12);
      dynamoDb.putItem(
          b ->
              b.tableName("docs")
                  .item(
                      Map.of(
                          "pk", AttributeValue.fromS("p"),
                          "sk", AttributeValue.fromS(sk),
                          "gk", AttributeValue.fromS("g"),
                          "d", AttributeValue.fromS(filler))));
    }
  }

  @AfterEach
  void close() {
    engine.close();
  }

  @Test
  void query_whenItemsPassOneMegabyte_stopsAfterTheItemThatReachesIt() {
    QueryResponse page =
        dynamoDb.query(
            b ->
                b.tableName("docs")
                    .keyConditionExpression("pk = :p")
                    .expressionAttributeValues(Map.of(":p", AttributeValue.fromS("p"))));
    // 10 items are 1,000,000 bytes, under 1,048,576; the 11th reaches it.
    assertThat(page.count()).isEqualTo(11);
    assertThat(page.lastEvaluatedKey())
        .isEqualTo(Map.of("pk", AttributeValue.fromS("p"), "sk", AttributeValue.fromS("s10")));
  }

  @Test
  void scan_whenFilterMatchesNothing_stillStopsAtOneMegabyteRead() {
    ScanResponse page =
        dynamoDb.scan(b -> b.tableName("docs").filterExpression("attribute_not_exists(d)"));
    assertThat(page.count()).isZero();
    assertThat(page.scannedCount()).isEqualTo(11);
    assertThat(page.hasLastEvaluatedKey()).isTrue();
  }

  @Test
  void query_whenKeysOnlyIndexRead_countsTheIndexEntriesNotTheTableItems() {
    QueryResponse page =
        dynamoDb.query(
            b ->
                b.tableName("docs")
                    .indexName("byGroup")
                    .keyConditionExpression("gk = :g")
                    .expressionAttributeValues(Map.of(":g", AttributeValue.fromS("g"))));
    assertThat(page.count()).isEqualTo(30);
    assertThat(page.hasLastEvaluatedKey()).isFalse();
    assertThat(page.items().get(0)).containsOnlyKeys("pk", "sk", "gk");
  }
}
