package io.sable.engine.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sable.engine.ManualClock;
import io.sable.engine.SableEngine;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.MultiRegionConsistency;
import software.amazon.awssdk.services.dynamodb.model.ReplicationGroupUpdate;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableClass;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest;

/**
 * CreateTable's and UpdateTable's settings beyond keys, indexes and throughput: deletion
 * protection and table class are stored, described and enforced; every setting the engine does not
 * implement is refused, never accepted and dropped (issue 15, item 5).
 */
class TableSettingsTest {
  private static final Instant START = Instant.parse("2026-11-22T10:00:00Z");
  private final ManualClock clock = new ManualClock(START);
  private final SableEngine engine = SableEngine.builder().clock(clock).build();
  private final DynamoDbClient dynamoDb = engine.dynamoDbClient();

  @AfterEach
  void close() {
    engine.close();
  }

  private static CreateTableRequest.Builder table(String name) {
    return CreateTableRequest.builder().tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
        .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH))
        .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S));
  }

  private TableDescription describe(String name) {
    return dynamoDb.describeTable(b -> b.tableName(name)).table();
  }

  @Test
  void deleteTable_whenDeletionProtectionEnabled_refusesUntilTurnedOff() {
    TableDescription created =
        dynamoDb.createTable(table("kept").deletionProtectionEnabled(true).build()).tableDescription();
    assertThat(created.deletionProtectionEnabled()).isTrue();
    assertThat(describe("kept").deletionProtectionEnabled()).isTrue();
    // DynamoDB's ValidationException and message, as captured from DynamoDB in nubo-db/dynoxide
    // issue 46 ("DeleteTable on a protected table returns the wrong message").
    assertThatThrownBy(() -> dynamoDb.deleteTable(b -> b.tableName("kept")))
        .isInstanceOfSatisfying(DynamoDbException.class,
            e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException"))
        .hasMessageStartingWith("Resource cannot be deleted as it is currently protected against"
            + " deletion. Disable deletion protection first.");
    assertThat(describe("kept").tableName()).isEqualTo("kept");
    // "You can enable or disable deletion protection ... by using UpdateTable" (Developer Guide,
    // "Using deletion protection"); a lone DeletionProtectionEnabled is a change on its own.
    TableDescription updated = dynamoDb.updateTable(b -> b.tableName("kept").deletionProtectionEnabled(false))
        .tableDescription();
    assertThat(updated.deletionProtectionEnabled()).isFalse();
    dynamoDb.deleteTable(b -> b.tableName("kept"));
    assertThatThrownBy(() -> describe("kept")).isInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void updateTable_whenDeletionProtectionTurnedOn_protectsAnUnprotectedTable() {
    dynamoDb.createTable(table("later").build());
    assertThat(describe("later").deletionProtectionEnabled()).isFalse();
    dynamoDb.updateTable(b -> b.tableName("later").deletionProtectionEnabled(true));
    assertThatThrownBy(() -> dynamoDb.deleteTable(b -> b.tableName("later")))
        .hasMessageStartingWith("Resource cannot be deleted as it is currently protected");
  }

  @Test
  void describeTable_whenTableClassGiven_reportsTableClassSummary() {
    // API Reference, TableDescription.TableClassSummary and UpdateTable.TableClass.
    dynamoDb.createTable(table("plain").build());
    assertThat(describe("plain").tableClassSummary()).isNull();
    dynamoDb.createTable(table("cold").tableClass(TableClass.STANDARD_INFREQUENT_ACCESS).build());
    assertThat(describe("cold").tableClassSummary().tableClass())
        .isEqualTo(TableClass.STANDARD_INFREQUENT_ACCESS);
    clock.advance(Duration.ofMinutes(3));
    dynamoDb.updateTable(b -> b.tableName("cold").tableClass(TableClass.STANDARD));
    assertThat(describe("cold").tableClassSummary().tableClass()).isEqualTo(TableClass.STANDARD);
    assertThat(describe("cold").tableClassSummary().lastUpdateDateTime())
        .isEqualTo(START.plus(Duration.ofMinutes(3)));
  }

  @Test
  void createTable_whenTableClassUnknown_throwsEnumValidationError() {
    // The service framework's enum message, as dynoxide pins it against DynamoDB
    // (nubo-db/dynoxide, create_table.rs).
    assertThatThrownBy(() -> dynamoDb.createTable(table("odd").tableClass("GLACIER").build()))
        .hasMessageStartingWith("1 validation error detected: Value 'GLACIER' at 'tableClass' failed"
            + " to satisfy constraint: Member must satisfy enum value set: [STANDARD,"
            + " STANDARD_INFREQUENT_ACCESS]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"SSESpecification (a KMS key)", "ResourcePolicy"})
  void createTable_whenSettingNotImplemented_refusesNamingIt(String parameter) {
    CreateTableRequest.Builder request = table("refused");
    switch (parameter) {
      case "ResourcePolicy" -> request.resourcePolicy("{\"Version\":\"2012-10-17\",\"Statement\":[]}");
      default -> request.sseSpecification(s -> s.enabled(true));
    }
    assertThatThrownBy(() -> dynamoDb.createTable(request.build()))
        .isInstanceOfSatisfying(DynamoDbException.class,
            e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException"))
        .hasMessageStartingWith("The Sable engine does not support the parameter " + parameter + " yet");
    assertThat(dynamoDb.listTables().tableNames()).doesNotContain("refused");
  }

  @Test
  void createTable_whenEncryptionWithAwsOwnedKey_acceptsDynamoDbsDefault() {
    // SSESpecification Enabled=false: "server-side encryption is set to AWS owned key", DynamoDB's
    // default (API Reference, SSESpecification), which changes nothing observable.
    dynamoDb.createTable(table("owned").sseSpecification(s -> s.enabled(false)).build());
    assertThat(describe("owned").tableName()).isEqualTo("owned");
  }

  @Test
  void updateTable_whenSettingNotImplemented_refusesNamingIt() {
    dynamoDb.createTable(table("global").build());
    assertRefused(b -> b.replicaUpdates(ReplicationGroupUpdate.builder().create(c -> c.regionName("eu-west-1")).build()),
        "ReplicaUpdates");
    assertRefused(b -> b.deletionProtectionEnabled(true).multiRegionConsistency(MultiRegionConsistency.STRONG),
        "MultiRegionConsistency");
    assertRefused(b -> b.sseSpecification(s -> s.sseType("KMS")), "SSESpecification (a KMS key)");
    // Nothing was applied.
    assertThat(describe("global").deletionProtectionEnabled()).isFalse();
  }

  private void assertRefused(Consumer<UpdateTableRequest.Builder> change, String parameter) {
    assertThatThrownBy(() -> dynamoDb.updateTable(b -> change.accept(b.tableName("global"))))
        .hasMessageStartingWith("The Sable engine does not support the parameter " + parameter + " yet");
  }

  @Test
  void updateTable_whenNothingToUpdate_throwsBeforeLookingUpTheTable() {
    // Responses captured from DynamoDB in the ack-api-quirks DynamoDB catalogue (DDB-TABLE-015):
    // with TableName alone, or GlobalSecondaryIndexUpdates=[] alone, even on a missing table.
    String required = "At least one of ProvisionedThroughput, BillingMode, UpdateStreamEnabled,"
        + " GlobalSecondaryIndexUpdates, SSESpecification, ReplicaUpdates, MultiAccountReplicaReady,"
        + " ReplicaTransitRoleArn, MultiRegionConsistency, DeletionProtectionEnabled,"
        + " OnDemandThroughput, WarmThroughput or TableClass is required";
    assertThatThrownBy(() -> dynamoDb.updateTable(b -> b.tableName("missing")))
        .hasMessageStartingWith(required);
    assertThatThrownBy(() -> dynamoDb.updateTable(b -> b.tableName("missing").globalSecondaryIndexUpdates(java.util.List.of())))
        .hasMessageStartingWith(required);
    // DDB-TABLE-160: an empty list next to a change.
    dynamoDb.createTable(table("indexed").build());
    assertThatThrownBy(() -> dynamoDb.updateTable(b -> b.tableName("indexed").deletionProtectionEnabled(true)
            .globalSecondaryIndexUpdates(java.util.List.of())))
        .hasMessageStartingWith("One or more parameter values were invalid: List of"
            + " GlobalSecondaryIndexUpdates is empty");
    assertThat(describe("indexed").deletionProtectionEnabled()).isFalse();
  }
}
