package io.sable.engine.backup;

import static io.sable.engine.backup.BackupFixture.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BackupDescription;
import software.amazon.awssdk.services.dynamodb.model.BackupDetails;
import software.amazon.awssdk.services.dynamodb.model.BackupInUseException;
import software.amazon.awssdk.services.dynamodb.model.BackupNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.BackupStatus;
import software.amazon.awssdk.services.dynamodb.model.BackupSummary;
import software.amazon.awssdk.services.dynamodb.model.BackupType;
import software.amazon.awssdk.services.dynamodb.model.BackupTypeFilter;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ListBackupsResponse;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TableAlreadyExistsException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableInUseException;
import software.amazon.awssdk.services.dynamodb.model.TableNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.Tag;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/**
 * CreateBackup, DescribeBackup, ListBackups, DeleteBackup and RestoreTableFromBackup, with the
 * rules of the API Reference pages of those operations and the Developer Guide, "Backing up a
 * DynamoDB table" and "Restoring a DynamoDB table from a backup".
 */
class BackupOperationsTest {
  private final BackupFixture fixture = new BackupFixture();
  private final DynamoDbClient dynamoDb = fixture.dynamoDb;

  @AfterEach
  void close() {
    fixture.close();
  }

  private String backup(String table, String name) {
    return dynamoDb.createBackup(b -> b.tableName(table).backupName(name)).backupDetails().backupArn();
  }

  private void passBackupCreation() {
    fixture.clock.advance(BackupFixture.SETTINGS.backupCreation());
  }

  @Test
  void createBackup_whenTableExists_returnsCreatingDetailsWithDynamoDbArnShape() {
    fixture.createTable("orders");
    fixture.put("orders", "a", 1, "red", 1);

    BackupDetails details =
        dynamoDb.createBackup(b -> b.tableName("orders").backupName("nightly")).backupDetails();

    // API Reference, DescribeBackup example: ".../table/MusicCollection/backup/01576616366715-b4e58d3a".
    assertThat(details.backupArn())
        .matches("arn:aws:dynamodb:us-east-1:000000000000:table/orders/backup/\\d{14}-[0-9a-f]{8}")
        .contains("/backup/0" + START.toEpochMilli() + "-");
    assertThat(details.backupName()).isEqualTo("nightly");
    assertThat(details.backupStatus()).isEqualTo(BackupStatus.CREATING);
    assertThat(details.backupType()).isEqualTo(BackupType.USER);
    assertThat(details.backupCreationDateTime()).isEqualTo(START);
    assertThat(details.backupSizeBytes()).isPositive();
    assertThat(details.backupExpiryDateTime()).isNull();
  }

  @Test
  void createBackup_whenGivenTheTableArn_backsUpThatTable() {
    fixture.createTable("orders");
    String arn = dynamoDb.describeTable(b -> b.tableName("orders")).table().tableArn();

    // API Reference, CreateBackup: "You can also provide the Amazon Resource Name (ARN) of the table".
    BackupDetails details =
        dynamoDb.createBackup(b -> b.tableName(arn).backupName("byArn")).backupDetails();

    assertThat(details.backupArn()).startsWith(arn + "/backup/");
  }

  @Test
  void describeBackup_whenCreationTimePasses_turnsAvailable() {
    fixture.createTable("orders");
    String arn = backup("orders", "bk1");

    assertThat(status(arn)).isEqualTo(BackupStatus.CREATING);
    fixture.clock.advance(Duration.ofSeconds(9));
    assertThat(status(arn)).isEqualTo(BackupStatus.CREATING);
    fixture.clock.advance(Duration.ofSeconds(1));
    assertThat(status(arn)).isEqualTo(BackupStatus.AVAILABLE);
  }

  private BackupStatus status(String arn) {
    return dynamoDb.describeBackup(b -> b.backupArn(arn)).backupDescription().backupDetails()
        .backupStatus();
  }

  @Test
  void describeBackup_describesTheSourceTableAndItsFeatures() {
    fixture.dynamoDb.createTable(
        BackupFixture.tableRequest("orders")
            .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_IMAGE))
            .build());
    dynamoDb.updateTimeToLive(b -> b.tableName("orders")
        .timeToLiveSpecification(t -> t.enabled(true).attributeName("expires")));
    fixture.put("orders", "a", 1, "red", 1);
    fixture.put("orders", "b", 2, "blue", 2);
    TableDescription table = dynamoDb.describeTable(b -> b.tableName("orders")).table();

    BackupDescription description =
        dynamoDb.describeBackup(b -> b.backupArn(backup("orders", "bk1"))).backupDescription();

    var source = description.sourceTableDetails();
    assertThat(source.tableName()).isEqualTo("orders");
    assertThat(source.tableArn()).isEqualTo(table.tableArn());
    assertThat(source.tableId()).isEqualTo(table.tableId());
    assertThat(source.itemCount()).isEqualTo(2);
    assertThat(source.tableSizeBytes()).isEqualTo(table.tableSizeBytes());
    assertThat(source.billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
    assertThat(source.keySchema()).isEqualTo(table.keySchema());
    assertThat(source.tableCreationDateTime()).isEqualTo(START);
    assertThat(source.provisionedThroughput().readCapacityUnits()).isZero();
    var features = description.sourceTableFeatureDetails();
    assertThat(features.globalSecondaryIndexes()).singleElement()
        .satisfies(g -> {
          assertThat(g.indexName()).isEqualTo("byColor");
          assertThat(g.projection().projectionType()).isEqualTo(ProjectionType.ALL);
        });
    assertThat(features.localSecondaryIndexes()).singleElement()
        .satisfies(l -> assertThat(l.indexName()).isEqualTo("byRank"));
    assertThat(features.streamDescription().streamViewType()).isEqualTo(StreamViewType.NEW_IMAGE);
    assertThat(features.timeToLiveDescription().timeToLiveStatus())
        .isEqualTo(TimeToLiveStatus.ENABLED);
    assertThat(features.timeToLiveDescription().attributeName()).isEqualTo("expires");
    assertThat(description.backupDetails().backupSizeBytes()).isEqualTo(table.tableSizeBytes());
  }

  static Stream<Arguments> errors() {
    return Stream.of(
        // moto's DynamoDB model words TableNotFoundException "Table not found: <name>".
        Arguments.of("CreateBackup, missing table",
            (Consumer<DynamoDbClient>) d -> d.createBackup(b -> b.tableName("nope").backupName("bk1")),
            TableNotFoundException.class, "Table not found: nope"),
        // API model: BackupName pattern [a-zA-Z0-9_.-]+, length 3 to 255.
        Arguments.of("CreateBackup, bad name",
            (Consumer<DynamoDbClient>) d -> d.createBackup(b -> b.tableName("orders").backupName("a b")),
            DynamoDbException.class,
            "1 validation error detected: Value 'a b' at 'backupName' failed to satisfy constraint:"
                + " Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+"),
        Arguments.of("CreateBackup, no name",
            (Consumer<DynamoDbClient>) d -> d.createBackup(b -> b.tableName("orders")),
            DynamoDbException.class,
            "1 validation error detected: Value null at 'backupName' failed to satisfy constraint:"
                + " Member must not be null"),
        Arguments.of("DescribeBackup, unknown ARN",
            (Consumer<DynamoDbClient>) d -> d.describeBackup(b -> b.backupArn(UNKNOWN)),
            BackupNotFoundException.class, "Backup not found: " + UNKNOWN),
        Arguments.of("DeleteBackup, unknown ARN",
            (Consumer<DynamoDbClient>) d -> d.deleteBackup(b -> b.backupArn(UNKNOWN)),
            BackupNotFoundException.class, "Backup not found: " + UNKNOWN),
        Arguments.of("RestoreTableFromBackup, unknown ARN",
            (Consumer<DynamoDbClient>) d -> d.restoreTableFromBackup(
                b -> b.backupArn(UNKNOWN).targetTableName("copy")),
            BackupNotFoundException.class, "Backup not found: " + UNKNOWN),
        // API model: ListBackups Limit is 1 to 100.
        Arguments.of("ListBackups, Limit 0",
            (Consumer<DynamoDbClient>) d -> d.listBackups(b -> b.limit(0)),
            DynamoDbException.class,
            "1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: Member"
                + " must have value greater than or equal to 1"),
        Arguments.of("ListBackups, Limit 101",
            (Consumer<DynamoDbClient>) d -> d.listBackups(b -> b.limit(101)),
            DynamoDbException.class,
            "1 validation error detected: Value '101' at 'limit' failed to satisfy constraint: Member"
                + " must have value less than or equal to 100"));
  }

  private static final String UNKNOWN =
      "arn:aws:dynamodb:us-east-1:000000000000:table/orders/backup/01764583200000-0badf00d";

  @ParameterizedTest(name = "{0}")
  @MethodSource("errors")
  void operation_whenRequestIsInvalid_failsAsDynamoDb(
      String name, Consumer<DynamoDbClient> call, Class<? extends Throwable> type, String message) {
    fixture.createTable("orders");

    assertThatThrownBy(() -> call.accept(dynamoDb))
        .isInstanceOf(type)
        .satisfies(e -> assertThat(((DynamoDbException) e).awsErrorDetails().errorMessage())
            .isEqualTo(message));
  }

  @Test
  void deleteBackup_whenCreating_throwsBackupInUse() {
    fixture.createTable("orders");
    String arn = backup("orders", "bk1");

    // API Reference, DeleteBackup, BackupInUseException.
    assertThatThrownBy(() -> dynamoDb.deleteBackup(b -> b.backupArn(arn)))
        .isInstanceOf(BackupInUseException.class)
        .hasMessageStartingWith("There is another ongoing conflicting backup control plane operation");
  }

  @Test
  void deleteBackup_whenAvailable_returnsDeletedDescriptionAndForgetsIt() {
    fixture.createTable("orders");
    String arn = backup("orders", "bk1");
    passBackupCreation();

    BackupDescription deleted = dynamoDb.deleteBackup(b -> b.backupArn(arn)).backupDescription();

    assertThat(deleted.backupDetails().backupStatus()).isEqualTo(BackupStatus.DELETED);
    assertThat(deleted.sourceTableDetails().tableName()).isEqualTo("orders");
    assertThatThrownBy(() -> dynamoDb.describeBackup(b -> b.backupArn(arn)))
        .isInstanceOf(BackupNotFoundException.class);
  }

  @Test
  void restoreTableFromBackup_whenBackupCreating_throwsBackupInUse() {
    fixture.createTable("orders");
    String arn = backup("orders", "bk1");

    assertThatThrownBy(
            () -> dynamoDb.restoreTableFromBackup(b -> b.backupArn(arn).targetTableName("copy")))
        .isInstanceOf(BackupInUseException.class);
    assertThat(dynamoDb.listTables().tableNames()).containsExactly("orders");
  }

  @Test
  void restoreTableFromBackup_whenTargetExists_throwsTableAlreadyExists() {
    fixture.createTable("orders");
    String arn = backup("orders", "bk1");
    passBackupCreation();

    assertThatThrownBy(
            () -> dynamoDb.restoreTableFromBackup(b -> b.backupArn(arn).targetTableName("orders")))
        .isInstanceOf(TableAlreadyExistsException.class)
        .hasMessageStartingWith("Table already exists: orders");
  }

  @Test
  void restoreTableFromBackup_whenTargetIsBeingRestored_throwsTableInUse() {
    fixture.createTable("orders");
    String arn = backup("orders", "bk1");
    passBackupCreation();
    dynamoDb.restoreTableFromBackup(b -> b.backupArn(arn).targetTableName("copy"));

    // API Reference, RestoreTableFromBackup, TableInUseException.
    assertThatThrownBy(
            () -> dynamoDb.restoreTableFromBackup(b -> b.backupArn(arn).targetTableName("copy")))
        .isInstanceOf(TableInUseException.class)
        .hasMessageStartingWith(
            "A target table with the specified name is either being created or deleted.");
    assertThatThrownBy(() -> dynamoDb.createBackup(b -> b.tableName("copy").backupName("bk2")))
        .isInstanceOf(TableInUseException.class);
  }

  @Test
  void restoreTableFromBackup_restoresItemsAtBackupTime_creatingThenActive() {
    fixture.createTable("orders");
    fixture.put("orders", "a", 1, "red", 1);
    fixture.put("orders", "a", 2, "blue", 5);
    fixture.put("orders", "b", 1, "red", 3);
    List<String> atBackup = fixture.items("orders");
    String arn = backup("orders", "bk1");
    fixture.put("orders", "c", 1, "green", 1);
    fixture.delete("orders", "a", 1);
    passBackupCreation();

    TableDescription restored =
        dynamoDb.restoreTableFromBackup(b -> b.backupArn(arn).targetTableName("copy"))
            .tableDescription();

    assertThat(restored.tableStatus()).isEqualTo(TableStatus.CREATING);
    assertThat(restored.restoreSummary().sourceBackupArn()).isEqualTo(arn);
    assertThat(restored.restoreSummary().sourceTableArn()).endsWith(":table/orders");
    assertThat(restored.restoreSummary().restoreDateTime()).isEqualTo(START);
    assertThat(restored.restoreSummary().restoreInProgress()).isTrue();
    assertThat(restored.itemCount()).isEqualTo(3);
    fixture.clock.advance(Duration.ofSeconds(19));
    assertThat(describe("copy").tableStatus()).isEqualTo(TableStatus.CREATING);
    fixture.clock.advance(Duration.ofSeconds(1));
    TableDescription active = describe("copy");
    assertThat(active.tableStatus()).isEqualTo(TableStatus.ACTIVE);
    assertThat(active.restoreSummary().restoreInProgress()).isFalse();
    assertThat(fixture.items("copy")).isEqualTo(atBackup);
    assertThat(active.globalSecondaryIndexes()).singleElement()
        .satisfies(g -> assertThat(g.itemCount()).isEqualTo(3));
    // The indexes are queryable and hold the restored items.
    assertThat(dynamoDb.query(b -> b.tableName("copy").indexName("byColor")
            .keyConditionExpression("color = :c")
            .expressionAttributeValues(Map.of(":c", AttributeValue.fromS("red")))).count())
        .isEqualTo(2);
    assertThat(dynamoDb.query(b -> b.tableName("copy").indexName("byRank")
            .keyConditionExpression("pk = :p AND #r > :r")
            .expressionAttributeNames(Map.of("#r", "rank"))
            .expressionAttributeValues(Map.of(":p", AttributeValue.fromS("a"),
                ":r", AttributeValue.fromN("2")))).count())
        .isEqualTo(1);
  }

  private TableDescription describe(String table) {
    return dynamoDb.describeTable(b -> b.tableName(table)).table();
  }

  @Test
  void restoreTableFromBackup_doesNotCarryTagsStreamTtlOrDeletionProtection() {
    // Developer Guide, "Restoring a DynamoDB table from a backup": tags, stream settings, TTL
    // settings and point-in-time recovery settings must be set up manually on the restored table.
    fixture.dynamoDb.createTable(
        BackupFixture.tableRequest("orders")
            .tags(Tag.builder().key("team").value("red").build())
            .deletionProtectionEnabled(true)
            .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.KEYS_ONLY))
            .build());
    dynamoDb.updateTimeToLive(b -> b.tableName("orders")
        .timeToLiveSpecification(t -> t.enabled(true).attributeName("expires")));
    String arn = backup("orders", "bk1");
    passBackupCreation();

    TableDescription restored =
        dynamoDb.restoreTableFromBackup(b -> b.backupArn(arn).targetTableName("copy"))
            .tableDescription();

    assertThat(restored.streamSpecification()).isNull();
    assertThat(restored.latestStreamArn()).isNull();
    assertThat(restored.deletionProtectionEnabled()).isFalse();
    assertThat(dynamoDb.listTagsOfResource(b -> b.resourceArn(restored.tableArn())).tags()).isEmpty();
    assertThat(dynamoDb.describeTimeToLive(b -> b.tableName("copy")).timeToLiveDescription()
        .timeToLiveStatus()).isEqualTo(TimeToLiveStatus.DISABLED);
  }

  @Test
  void deleteTable_whenTableHasBackups_keepsThem() {
    // Developer Guide, "Backing up a DynamoDB table": backups are kept after the table is deleted.
    fixture.createTable("orders");
    fixture.put("orders", "a", 1, "red", 1);
    String arn = backup("orders", "bk1");
    passBackupCreation();

    dynamoDb.deleteTable(b -> b.tableName("orders"));

    assertThat(status(arn)).isEqualTo(BackupStatus.AVAILABLE);
    assertThat(dynamoDb.listBackups().backupSummaries()).extracting(BackupSummary::backupArn)
        .containsExactly(arn);
    dynamoDb.restoreTableFromBackup(b -> b.backupArn(arn).targetTableName("orders"));
    assertThat(fixture.items("orders")).hasSize(1);
  }

  @Test
  void deleteTable_whenPointInTimeRecoveryEnabled_addsSystemBackupKept35Days() {
    fixture.createTable("orders");
    dynamoDb.updateContinuousBackups(b -> b.tableName("orders")
        .pointInTimeRecoverySpecification(p -> p.pointInTimeRecoveryEnabled(true)));
    fixture.put("orders", "a", 1, "red", 1);
    fixture.clock.advance(Duration.ofMinutes(1));

    dynamoDb.deleteTable(b -> b.tableName("orders"));

    // API Reference, BackupSummary: "If you delete a table with point-in-time recovery enabled, a
    // SYSTEM backup is automatically created and is retained for 35 days".
    assertThat(dynamoDb.listBackups().backupSummaries()).isEmpty();
    List<BackupSummary> system =
        dynamoDb.listBackups(b -> b.backupType(BackupTypeFilter.SYSTEM)).backupSummaries();
    assertThat(system).singleElement().satisfies(s -> {
      assertThat(s.backupType()).isEqualTo(BackupType.SYSTEM);
      assertThat(s.backupName()).isEqualTo("orders$DeletedTableBackup");
      assertThat(s.backupExpiryDateTime()).isEqualTo(fixture.clock.instant().plus(Duration.ofDays(35)));
    });
    assertThat(dynamoDb.listBackups(b -> b.backupType(BackupTypeFilter.ALL)).backupSummaries())
        .hasSize(1);
    passBackupCreation();
    dynamoDb.restoreTableFromBackup(b -> b.backupArn(system.get(0).backupArn()).targetTableName("orders"));
    assertThat(fixture.items("orders")).hasSize(1);
    fixture.clock.advance(Duration.ofDays(35));
    assertThat(dynamoDb.listBackups(b -> b.backupType(BackupTypeFilter.ALL)).backupSummaries())
        .isEmpty();
  }

  @Test
  void listBackups_filtersByTableTimeRangeAndPagesByArn() {
    fixture.createTable("orders");
    fixture.createTable("users");
    List<String> orders = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      orders.add(backup("orders", "ord" + i));
      backup("users", "usr" + i);
      fixture.clock.advance(Duration.ofSeconds(1));
    }

    assertThat(dynamoDb.listBackups().backupSummaries()).hasSize(10);
    assertThat(dynamoDb.listBackups(b -> b.tableName("orders")).backupSummaries())
        .extracting(BackupSummary::backupArn).containsExactlyElementsOf(orders);
    // API Reference, ListBackups: "start time is inclusive, but end time is exclusive".
    assertThat(dynamoDb.listBackups(b -> b.tableName("orders")
            .timeRangeLowerBound(START.plusSeconds(1)).timeRangeUpperBound(START.plusSeconds(3)))
        .backupSummaries()).extracting(BackupSummary::backupArn)
        .containsExactly(orders.get(1), orders.get(2));

    List<String> paged = new ArrayList<>();
    String start = null;
    int pages = 0;
    do {
      String from = start;
      ListBackupsResponse page =
          dynamoDb.listBackups(b -> b.tableName("orders").limit(2).exclusiveStartBackupArn(from));
      page.backupSummaries().forEach(s -> paged.add(s.backupArn()));
      start = page.lastEvaluatedBackupArn();
      pages++;
    } while (start != null);
    assertThat(paged).containsExactlyElementsOf(orders);
    assertThat(pages).isEqualTo(3);
  }
}
