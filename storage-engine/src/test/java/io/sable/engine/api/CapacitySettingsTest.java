package io.sable.engine.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sable.engine.SableEngine;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.OnDemandThroughput;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest;

/**
 * CreateTable, UpdateTable and DescribeTable with {@code OnDemandThroughput} and {@code
 * WarmThroughput}, for the table and a global secondary index. Sources: API Reference, {@code
 * OnDemandThroughput} ("greater than or equal to 1", "-1" removes the maximum); Developer Guide,
 * "Understanding DynamoDB warm throughput in different scenarios" (a new on-demand table's warm
 * throughput is 12,000 reads and 4,000 writes per second; a provisioned table's follows its highest
 * provisioned throughput); and the messages of responses captured from DynamoDB in the
 * ack-api-quirks DynamoDB catalogue (2026-10): DDB-TABLE-038 and DDB-TABLE-059 (a maximum on a
 * provisioned table), DDB-TABLE-039 (values at CreateTable), DDB-TABLE-179 (a warm decrease),
 * DDB-TABLE-058 (a provisioned table's warm throughput stays at its highest), DDB-TABLE-178 (-1
 * removes a member; members merge).
 */
class CapacitySettingsTest {
  private static final String INVALID = "One or more parameter values were invalid: ";
  private final SableEngine engine = SableEngine.create();
  private final DynamoDbClient dynamoDb = engine.dynamoDbClient();

  @AfterEach
  void close() {
    engine.close();
  }

  private static CreateTableRequest.Builder table(BillingMode billingMode) {
    CreateTableRequest.Builder request = CreateTableRequest.builder().tableName("tbl").billingMode(billingMode)
        .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH))
        .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S));
    if (billingMode == BillingMode.PROVISIONED) {
      request.provisionedThroughput(t -> t.readCapacityUnits(10L).writeCapacityUnits(10L));
    }
    return request;
  }

  private static CreateTableRequest.Builder withIndex(CreateTableRequest.Builder request, boolean provisioned) {
    return request.attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
        a -> a.attributeName("g").attributeType(ScalarAttributeType.S)).globalSecondaryIndexes(g -> {
      g.indexName("gsi").keySchema(k -> k.attributeName("g").keyType(KeyType.HASH))
          .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY));
      if (provisioned) {
        g.provisionedThroughput(t -> t.readCapacityUnits(3L).writeCapacityUnits(2L));
      }
    });
  }

  private TableDescription describe() {
    return dynamoDb.describeTable(b -> b.tableName("tbl")).table();
  }

  private void update(Consumer<UpdateTableRequest.Builder> change) {
    dynamoDb.updateTable(b -> change.accept(b.tableName("tbl")));
  }

  @Test
  void describeTable_whenOnDemandWithoutSettings_reportsDefaultWarmThroughputAndNoMaximum() {
    dynamoDb.createTable(withIndex(table(BillingMode.PAY_PER_REQUEST), false).build());

    TableDescription table = describe();
    assertThat(table.onDemandThroughput()).isNull();
    assertThat(table.warmThroughput().readUnitsPerSecond()).isEqualTo(12_000L);
    assertThat(table.warmThroughput().writeUnitsPerSecond()).isEqualTo(4_000L);
    assertThat(table.warmThroughput().status()).isEqualTo(TableStatus.ACTIVE);
    GlobalSecondaryIndexDescription index = table.globalSecondaryIndexes().get(0);
    assertThat(index.warmThroughput().readUnitsPerSecond()).isEqualTo(12_000L);
    assertThat(index.warmThroughput().writeUnitsPerSecond()).isEqualTo(4_000L);
    assertThat(index.onDemandThroughput()).isNull();
  }

  @Test
  void describeTable_whenProvisioned_reportsWarmThroughputAtTheHighestProvisionedThroughput() {
    dynamoDb.createTable(withIndex(table(BillingMode.PROVISIONED), true).build());
    update(b -> b.provisionedThroughput(t -> t.readCapacityUnits(30L).writeCapacityUnits(20L)));
    update(b -> b.provisionedThroughput(t -> t.readCapacityUnits(5L).writeCapacityUnits(5L)));

    TableDescription table = describe();
    assertThat(table.warmThroughput().readUnitsPerSecond()).isEqualTo(30L);
    assertThat(table.warmThroughput().writeUnitsPerSecond()).isEqualTo(20L);
    assertThat(table.globalSecondaryIndexes().get(0).warmThroughput().readUnitsPerSecond()).isEqualTo(3L);
  }

  @Test
  void createTable_whenOnDemandThroughputGiven_describesItOnTheTableAndIndex() {
    dynamoDb.createTable(table(BillingMode.PAY_PER_REQUEST)
        .onDemandThroughput(o -> o.maxReadRequestUnits(100L))
        .warmThroughput(w -> w.readUnitsPerSecond(12_001L))
        .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
            a -> a.attributeName("g").attributeType(ScalarAttributeType.S))
        .globalSecondaryIndexes(g -> g.indexName("gsi").keySchema(k -> k.attributeName("g").keyType(KeyType.HASH))
            .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY))
            .onDemandThroughput(o -> o.maxWriteRequestUnits(7L)))
        .build());

    TableDescription table = describe();
    assertThat(table.onDemandThroughput()).isEqualTo(OnDemandThroughput.builder().maxReadRequestUnits(100L).build());
    assertThat(table.warmThroughput().readUnitsPerSecond()).isEqualTo(12_001L);
    assertThat(table.warmThroughput().writeUnitsPerSecond()).isEqualTo(4_000L);
    assertThat(table.globalSecondaryIndexes().get(0).onDemandThroughput())
        .isEqualTo(OnDemandThroughput.builder().maxWriteRequestUnits(7L).build());
  }

  @ParameterizedTest
  @ValueSource(longs = {0L, -1L, -2L})
  void createTable_whenMaximumBelowOne_throwsOutsideOfValidRange(long units) {
    assertThatThrownBy(() -> dynamoDb.createTable(table(BillingMode.PAY_PER_REQUEST)
        .onDemandThroughput(o -> o.maxReadRequestUnits(units).maxWriteRequestUnits(units)).build()))
        .isInstanceOfSatisfying(DynamoDbException.class,
            e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException"))
        .hasMessageStartingWith(INVALID
            + "Requested MaxReadRequestUnits for OnDemandThroughput for table is outside of valid range");
  }

  @Test
  void createTable_whenMaximumOnProvisionedTable_refusesIt() {
    assertThatThrownBy(() -> dynamoDb.createTable(table(BillingMode.PROVISIONED)
        .onDemandThroughput(o -> o.maxReadRequestUnits(100L)).build()))
        .hasMessageStartingWith(INVALID
            + "MaxReadRequestUnits for OnDemandThroughput cannot be specified when table BillingMode is"
            + " PROVISIONED.");
  }

  @Test
  void createTable_whenWarmThroughputBelowTheInitialOrProvisionedThroughput_refusesIt() {
    assertThatThrownBy(() -> dynamoDb.createTable(table(BillingMode.PAY_PER_REQUEST)
        .warmThroughput(w -> w.readUnitsPerSecond(1L).writeUnitsPerSecond(1L)).build()))
        .hasMessageStartingWith(INVALID
            + "Requested ReadUnitsPerSecond for WarmThroughput for table is lower than initial throughput"
            + " for OnDemand. See: https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/"
            + "on-demand-capacity-mode.html#on-demand-capacity-mode-initial");
    assertThatThrownBy(() -> dynamoDb.createTable(table(BillingMode.PROVISIONED)
        .warmThroughput(w -> w.readUnitsPerSecond(5L).writeUnitsPerSecond(5L)).build()))
        .hasMessageStartingWith(INVALID
            + "Requested ReadUnitsPerSecond for WarmThroughput for table is lower than ReadCapacityUnits"
            + " of ProvisionedThroughput");
  }

  @Test
  void updateTable_whenMaximumsGiven_mergesMemberByMemberAndMinusOneRemovesOne() {
    dynamoDb.createTable(table(BillingMode.PAY_PER_REQUEST).build());
    update(b -> b.onDemandThroughput(o -> o.maxReadRequestUnits(100L)));
    update(b -> b.onDemandThroughput(o -> o.maxWriteRequestUnits(50L)));
    assertThat(describe().onDemandThroughput())
        .isEqualTo(OnDemandThroughput.builder().maxReadRequestUnits(100L).maxWriteRequestUnits(50L).build());

    update(b -> b.onDemandThroughput(o -> o.maxReadRequestUnits(-1L)));
    assertThat(describe().onDemandThroughput())
        .isEqualTo(OnDemandThroughput.builder().maxWriteRequestUnits(50L).build());
    update(b -> b.onDemandThroughput(o -> o.maxWriteRequestUnits(-1L)));
    assertThat(describe().onDemandThroughput()).isNull();
  }

  @Test
  void updateTable_whenMaximumOnProvisionedTable_refusesIt() {
    dynamoDb.createTable(table(BillingMode.PROVISIONED).build());
    assertThatThrownBy(() -> update(b -> b.onDemandThroughput(o -> o.maxReadRequestUnits(100L))))
        .hasMessageStartingWith(INVALID
            + "MaxReadRequestUnits for OnDemandThroughput cannot be specified when the table BillingMode"
            + " is PROVISIONED");
  }

  @Test
  void updateTable_whenWarmThroughputDecreases_refusesItAndAcceptsAnIncrease() {
    dynamoDb.createTable(table(BillingMode.PAY_PER_REQUEST).build());
    assertThatThrownBy(() -> update(b -> b.warmThroughput(w -> w.readUnitsPerSecond(6000L))))
        .hasMessageStartingWith(INVALID
            + "Requested ReadUnitsPerSecond for WarmThroughput for table is lower than current"
            + " WarmThroughput, decreasing WarmThroughput is not supported");

    update(b -> b.warmThroughput(w -> w.writeUnitsPerSecond(5000L)));
    assertThat(describe().warmThroughput().writeUnitsPerSecond()).isEqualTo(5000L);
    assertThat(describe().warmThroughput().readUnitsPerSecond()).isEqualTo(12_000L);
  }

  @Test
  void updateTable_whenIndexUpdateSetsOnlyMaximumAndWarmThroughput_appliesThem() {
    dynamoDb.createTable(withIndex(table(BillingMode.PAY_PER_REQUEST), false).build());
    update(b -> b.globalSecondaryIndexUpdates(GlobalSecondaryIndexUpdate.builder()
        .update(u -> u.indexName("gsi").onDemandThroughput(o -> o.maxReadRequestUnits(9L))
            .warmThroughput(w -> w.readUnitsPerSecond(20_000L)))
        .build()));

    GlobalSecondaryIndexDescription index = describe().globalSecondaryIndexes().get(0);
    assertThat(index.onDemandThroughput().maxReadRequestUnits()).isEqualTo(9L);
    assertThat(index.warmThroughput().readUnitsPerSecond()).isEqualTo(20_000L);
  }

  @Test
  void updateTable_whenSwitchedToProvisioned_dropsMaximumsAndKeepsWarmThroughput() {
    dynamoDb.createTable(table(BillingMode.PAY_PER_REQUEST).onDemandThroughput(o -> o.maxReadRequestUnits(5L)).build());
    update(b -> b.billingMode(BillingMode.PROVISIONED)
        .provisionedThroughput(t -> t.readCapacityUnits(1L).writeCapacityUnits(1L)));

    assertThat(describe().onDemandThroughput()).isNull();
    assertThat(describe().warmThroughput().readUnitsPerSecond()).isEqualTo(12_000L);
  }
}
