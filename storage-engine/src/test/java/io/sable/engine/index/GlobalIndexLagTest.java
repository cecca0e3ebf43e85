package io.sable.engine.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sable.engine.ManualClock;
import io.sable.engine.SableEngine;
import io.sable.engine.differential.Fixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;

/**
 * The optional lag of global secondary indexes ({@code SableEngine.Builder.globalIndexLag}): a
 * write shows in a global secondary index only once the lag has passed on the engine's clock, as
 * DynamoDB's global secondary indexes are updated asynchronously (Developer Guide, "Global
 * secondary indexes", "Synchronizing data between tables and global secondary indexes"), while the
 * table and its local secondary indexes show it at once.
 */
class GlobalIndexLagTest {
  private static final Duration LAG = Duration.ofMillis(500);
  private final ManualClock clock = new ManualClock(Instant.parse("2025-01-01T00:00:00Z"));
  private SableEngine engine;
  private DynamoDbClient dynamoDb;

  @BeforeEach
  void create() {
    engine = SableEngine.builder().clock(clock).globalIndexLag(LAG).build();
    dynamoDb = engine.dynamoDbClient();
    Fixtures.create(dynamoDb, Fixtures.table("orders", 2, "pk", "S", "sk", "S", "status", "S")
        .globalSecondaryIndexes(Fixtures.gsi("byStatus", ProjectionType.ALL, "status"))
        .localSecondaryIndexes(Fixtures.lsi("byStatusLocal", ProjectionType.KEYS_ONLY, "pk", "status")));
  }

  @AfterEach
  void close() {
    engine.close();
  }

  private void put(String sk, String status) {
    dynamoDb.putItem(
        b ->
            b.tableName("orders")
                .item(
                    Map.of(
                        "pk", AttributeValue.fromS("c1"),
                        "sk", AttributeValue.fromS(sk),
                        "status", AttributeValue.fromS(status))));
  }

  private List<String> byStatus(String status) {
    return dynamoDb
        .query(
            b ->
                b.tableName("orders")
                    .indexName("byStatus")
                    .keyConditionExpression("#s = :s")
                    .expressionAttributeNames(Map.of("#s", "status"))
                    .expressionAttributeValues(Map.of(":s", AttributeValue.fromS(status))))
        .items()
        .stream()
        .map(item -> item.get("sk").s())
        .sorted()
        .toList();
  }

  private int localCount() {
    return dynamoDb
        .query(
            b ->
                b.tableName("orders")
                    .indexName("byStatusLocal")
                    .keyConditionExpression("pk = :p")
                    .expressionAttributeValues(Map.of(":p", AttributeValue.fromS("c1"))))
        .count();
  }

  @Test
  void query_whenLagNotYetPassed_globalIndexMissesTheWriteButTableAndLocalIndexSeeIt() {
    put("o1", "NEW");
    assertThat(byStatus("NEW")).isEmpty();
    assertThat(dynamoDb.scan(b -> b.tableName("orders").indexName("byStatus")).count()).isZero();
    assertThat(localCount()).isEqualTo(1);
    assertThat(dynamoDb.scan(b -> b.tableName("orders")).count()).isEqualTo(1);
    clock.advance(LAG.minusMillis(1));
    assertThat(byStatus("NEW")).isEmpty();
    clock.advance(Duration.ofMillis(1));
    assertThat(byStatus("NEW")).containsExactly("o1");
  }

  @Test
  void query_whenWritesLag_showsThemInWriteOrderAsEachComesDue() {
    put("o1", "NEW");
    clock.advance(Duration.ofMillis(200));
    put("o1", "SHIPPED");
    put("o2", "NEW");
    clock.advance(Duration.ofMillis(300));
    // The first write is due, the later two are not: o1 is still NEW in the index.
    assertThat(byStatus("NEW")).containsExactly("o1");
    assertThat(byStatus("SHIPPED")).isEmpty();
    clock.advance(Duration.ofMillis(200));
    assertThat(byStatus("NEW")).containsExactly("o2");
    assertThat(byStatus("SHIPPED")).containsExactly("o1");
  }

  @Test
  void deleteItem_whenLagNotYetPassed_globalIndexStillReturnsTheDeletedItem() {
    put("o1", "NEW");
    clock.advance(LAG);
    dynamoDb.deleteItem(
        b ->
            b.tableName("orders")
                .key(Map.of("pk", AttributeValue.fromS("c1"), "sk", AttributeValue.fromS("o1"))));
    assertThat(byStatus("NEW")).containsExactly("o1");
    clock.advance(LAG);
    assertThat(byStatus("NEW")).isEmpty();
  }

  @Test
  void builder_whenLagNegative_throwsIllegalArgumentException() {
    assertThatThrownBy(() -> SableEngine.builder().globalIndexLag(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("globalIndexLag must not be negative: PT-0.001S");
  }
}
