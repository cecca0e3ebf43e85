package io.sable.engine.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sable.engine.SableEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputDescription;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * UpdateTable refuses throughput of 0 or less, for the table and for a global secondary index, as
 * a framework constraint violation before anything changes (issue 15, item 3). Source: responses
 * captured from DynamoDB, "2 validation errors detected: Value '0' at
 * 'provisionedThroughput.writeCapacityUnits' failed to satisfy constraint: Member must have value
 * greater than or equal to 1; Value '0' at 'provisionedThroughput.readCapacityUnits' ..."
 * (aaronbruckner's dynamodb autoscaling tool README, an UpdateTable error returned by the AWS SDK;
 * the ack-api-quirks catalogue, DDB-TABLE-437: "Any 0 capacity (table or GSI, either mode)"). The
 * order of the two violations is not stable in DynamoDB (DDB-TABLE-457), so only the set is pinned.
 * An on-demand table's index Update must change something it may change.
 */
class UpdateTableThroughputTest {
  private final SableEngine engine = SableEngine.create();
  private final DynamoDbClient dynamoDb = engine.dynamoDbClient();

  UpdateTableThroughputTest() {
    dynamoDb.createTable(b -> b.tableName("orders").billingMode(BillingMode.PROVISIONED)
        .provisionedThroughput(t -> t.readCapacityUnits(5L).writeCapacityUnits(5L))
        .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH))
        .attributeDefinitions(
            a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
            a -> a.attributeName("gsi1pk").attributeType(ScalarAttributeType.S))
        .globalSecondaryIndexes(g -> g.indexName("gsi1")
            .keySchema(k -> k.attributeName("gsi1pk").keyType(KeyType.HASH))
            .projection(p -> p.projectionType(ProjectionType.ALL))
            .provisionedThroughput(t -> t.readCapacityUnits(5L).writeCapacityUnits(5L))));
  }

  @AfterEach
  void close() {
    engine.close();
  }

  private ProvisionedThroughputDescription tableThroughput() {
    return dynamoDb.describeTable(b -> b.tableName("orders")).table().provisionedThroughput();
  }

  @ParameterizedTest
  @ValueSource(longs = {0L, -1L})
  void updateTable_whenTableThroughputNotPositive_throwsConstraintViolationAndKeepsThroughput(
      long units) {
    assertThatThrownBy(() -> dynamoDb.updateTable(b -> b.tableName("orders")
            .provisionedThroughput(t -> t.readCapacityUnits(units).writeCapacityUnits(units))))
        .isInstanceOfSatisfying(DynamoDbException.class,
            e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException"))
        .hasMessageStartingWith("2 validation errors detected: ")
        .hasMessageContaining("Value '" + units + "' at 'provisionedThroughput.readCapacityUnits'"
            + " failed to satisfy constraint: Member must have value greater than or equal to 1")
        .hasMessageContaining("Value '" + units + "' at 'provisionedThroughput.writeCapacityUnits'"
            + " failed to satisfy constraint: Member must have value greater than or equal to 1");
    assertThat(tableThroughput().readCapacityUnits()).isEqualTo(5L);
    assertThat(tableThroughput().writeCapacityUnits()).isEqualTo(5L);
  }

  @Test
  void updateTable_whenIndexThroughputZero_throwsConstraintViolationAtTheIndexUpdate() {
    assertThatThrownBy(() -> dynamoDb.updateTable(b -> b.tableName("orders")
            .globalSecondaryIndexUpdates(u -> u.update(g -> g.indexName("gsi1")
                .provisionedThroughput(t -> t.readCapacityUnits(0L).writeCapacityUnits(7L))))))
        .isInstanceOf(DynamoDbException.class)
        .hasMessageStartingWith("1 validation error detected: Value '0' at"
            + " 'globalSecondaryIndexUpdates.1.member.update.provisionedThroughput.readCapacityUnits'"
            + " failed to satisfy constraint: Member must have value greater than or equal to 1");
    ProvisionedThroughputDescription index = dynamoDb.describeTable(b -> b.tableName("orders"))
        .table().globalSecondaryIndexes().get(0).provisionedThroughput();
    assertThat(index.writeCapacityUnits()).isEqualTo(5L);
  }

  @Test
  void updateTable_whenOnDemandIndexUpdateNamesOnlyTheIndex_throwsTheOnlyUpdatesMessage() {
    dynamoDb.createTable(b -> b.tableName("events").billingMode(BillingMode.PAY_PER_REQUEST)
        .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH))
        .attributeDefinitions(
            a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
            a -> a.attributeName("gsi1pk").attributeType(ScalarAttributeType.S))
        .globalSecondaryIndexes(g -> g.indexName("gsi1")
            .keySchema(k -> k.attributeName("gsi1pk").keyType(KeyType.HASH))
            .projection(p -> p.projectionType(ProjectionType.ALL))));
    // Captured from DynamoDB: ack-api-quirks catalogue, DDB-TABLE-457, gsi_update_name_only_real.
    assertThatThrownBy(() -> dynamoDb.updateTable(b -> b.tableName("events")
            .globalSecondaryIndexUpdates(u -> u.update(g -> g.indexName("gsi1")))))
        .isInstanceOfSatisfying(DynamoDbException.class,
            e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException"))
        .hasMessageStartingWith("One or more parameter values were invalid: The only Updates for"
            + " index: gsi1 when TableThroughputMode is PAY_PER_REQUEST can be to"
            + " OnDemandThroughput, WarmThroughput");
  }
}
