package io.sable.engine.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.RestoreTableFromBackupRequest;
import software.amazon.awssdk.services.dynamodb.model.SSEType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * RestoreTableFromBackup's (and RestoreTableToPointInTime's, which shares them) overrides: API
 * Reference, {@code RestoreTableFromBackup}: {@code BillingModeOverride}, {@code
 * ProvisionedThroughputOverride}, {@code GlobalSecondaryIndexOverride}, {@code
 * LocalSecondaryIndexOverride} ("You can choose to exclude some or all of the indexes at the time
 * of restore"), {@code SSESpecificationOverride}.
 */
class RestoreOverridesTest {
  private final BackupFixture fixture = new BackupFixture(BackupSettings.IMMEDIATE);
  private final DynamoDbClient dynamoDb = fixture.dynamoDb;
  private String backupArn;

  @BeforeEach
  void backup() {
    fixture.createTable("orders");
    fixture.put("orders", "a", 1, "red", 1);
    fixture.put("orders", "a", 2, "blue", 2);
    backupArn = dynamoDb.createBackup(b -> b.tableName("orders").backupName("bk1"))
        .backupDetails().backupArn();
  }

  @AfterEach
  void close() {
    fixture.close();
  }

  private TableDescription restore(java.util.function.Consumer<RestoreTableFromBackupRequest.Builder> overrides) {
    return dynamoDb.restoreTableFromBackup(
        b -> {
          b.backupArn(backupArn).targetTableName("copy");
          overrides.accept(b);
        }).tableDescription();
  }

  private static final ProvisionedThroughput FIVE_AND_SEVEN =
      ProvisionedThroughput.builder().readCapacityUnits(5L).writeCapacityUnits(7L).build();

  @Test
  void restore_withoutOverrides_keepsBillingModeAndIndexes() {
    TableDescription restored = restore(b -> {});

    assertThat(restored.billingModeSummary().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
    assertThat(restored.globalSecondaryIndexes()).extracting(g -> g.indexName()).containsExactly("byColor");
    assertThat(restored.localSecondaryIndexes()).extracting(l -> l.indexName()).containsExactly("byRank");
    assertThat(restored.attributeDefinitions()).hasSize(4);
  }

  @Test
  void restore_withProvisionedOverride_appliesThroughputToTableAndIndexes() {
    TableDescription restored = restore(b -> b.billingModeOverride(BillingMode.PROVISIONED)
        .provisionedThroughputOverride(FIVE_AND_SEVEN));

    assertThat(restored.provisionedThroughput().readCapacityUnits()).isEqualTo(5);
    assertThat(restored.provisionedThroughput().writeCapacityUnits()).isEqualTo(7);
    assertThat(restored.globalSecondaryIndexes().get(0).provisionedThroughput().writeCapacityUnits())
        .isEqualTo(7);
    assertThat(restored.billingModeSummary()).isNull();
    assertThat(fixture.items("copy")).isEqualTo(fixture.items("orders"));
  }

  @Test
  void restore_withProvisionedOverrideButNoThroughput_failsAsCreateTable() {
    assertThatThrownBy(() -> restore(b -> b.billingModeOverride(BillingMode.PROVISIONED)))
        .isInstanceOf(DynamoDbException.class)
        .hasMessageStartingWith("No provisioned throughput specified for the table");
    assertThat(dynamoDb.listTables().tableNames()).containsExactly("orders");
  }

  @Test
  void restore_withThroughputOnDemand_failsAsCreateTable() {
    assertThatThrownBy(() -> restore(b -> b.provisionedThroughputOverride(FIVE_AND_SEVEN)))
        .isInstanceOf(DynamoDbException.class)
        .hasMessageStartingWith("One or more parameter values were invalid: Neither"
            + " ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is"
            + " PAY_PER_REQUEST");
  }

  @Test
  void restore_withEmptyIndexOverrides_excludesTheIndexesAndTheirAttributes() {
    TableDescription restored = restore(b -> b.globalSecondaryIndexOverride(List.of())
        .localSecondaryIndexOverride(List.of()));

    assertThat(restored.globalSecondaryIndexes()).isEmpty();
    assertThat(restored.localSecondaryIndexes()).isEmpty();
    assertThat(restored.attributeDefinitions()).extracting(AttributeDefinition::attributeName)
        .containsExactly("pk", "sk");
    assertThat(fixture.items("copy")).hasSize(2);
  }

  @Test
  void restore_withMatchingGlobalIndexOverride_keepsThatIndexQueryable() {
    restore(b -> b.globalSecondaryIndexOverride(GlobalSecondaryIndex.builder()
            .indexName("byColor")
            .keySchema(BackupFixture.key("color", KeyType.HASH))
            .projection(Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build())
            .build())
        .localSecondaryIndexOverride(List.of()));

    var items = dynamoDb.query(q -> q.tableName("copy").indexName("byColor")
        .keyConditionExpression("color = :c")
        .expressionAttributeValues(Map.of(":c", AttributeValue.fromS("red")))).items();
    assertThat(items).singleElement().satisfies(i -> assertThat(i).containsOnlyKeys("pk", "sk", "color"));
  }

  @Test
  void restore_withUnknownIndexOverride_throwsValidation() {
    assertThatThrownBy(() -> restore(b -> b.globalSecondaryIndexOverride(GlobalSecondaryIndex.builder()
            .indexName("byShape")
            .keySchema(BackupFixture.key("color", KeyType.HASH))
            .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
            .build())))
        .isInstanceOf(DynamoDbException.class)
        .hasMessageStartingWith("One or more parameter values were invalid: GlobalSecondaryIndexOverride"
            + " index byShape does not match a global secondary index of the source table");
    assertThat(dynamoDb.listTables().tableNames()).containsExactly("orders");
  }

  @Test
  void restore_withKmsEncryptionOverride_isRefusedAsCreateTableRefusesIt() {
    assertThatThrownBy(() -> restore(b -> b.sseSpecificationOverride(s -> s.enabled(true)
            .sseType(SSEType.KMS))))
        .isInstanceOf(DynamoDbException.class)
        .hasMessageStartingWith("The Sable engine does not support the parameter SSESpecification (a KMS key) yet");
  }
}
