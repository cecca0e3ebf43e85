package io.sable.engine.backup;

import static io.sable.engine.backup.BackupFixture.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sable.engine.value.Item;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ContinuousBackupsDescription;
import software.amazon.awssdk.services.dynamodb.model.ContinuousBackupsStatus;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.InvalidRestoreTimeException;
import software.amazon.awssdk.services.dynamodb.model.PointInTimeRecoveryDescription;
import software.amazon.awssdk.services.dynamodb.model.PointInTimeRecoveryStatus;
import software.amazon.awssdk.services.dynamodb.model.PointInTimeRecoveryUnavailableException;
import software.amazon.awssdk.services.dynamodb.model.TableAlreadyExistsException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * UpdateContinuousBackups, DescribeContinuousBackups and RestoreTableToPointInTime (API Reference
 * pages of those operations and of {@code PointInTimeRecoveryDescription}; Developer Guide,
 * "Point-in-time recovery for DynamoDB"), and the engine's point-in-time reads for exports.
 */
class PointInTimeRecoveryTest {
  private final BackupFixture fixture = new BackupFixture();
  private final DynamoDbClient dynamoDb = fixture.dynamoDb;

  @AfterEach
  void close() {
    fixture.close();
  }

  private ContinuousBackupsDescription enable(String table, Integer days) {
    return dynamoDb.updateContinuousBackups(b -> b.tableName(table)
            .pointInTimeRecoverySpecification(p -> p.pointInTimeRecoveryEnabled(true)
                .recoveryPeriodInDays(days)))
        .continuousBackupsDescription();
  }

  private PointInTimeRecoveryDescription describe(String table) {
    return dynamoDb.describeContinuousBackups(b -> b.tableName(table))
        .continuousBackupsDescription().pointInTimeRecoveryDescription();
  }

  @Test
  void describeContinuousBackups_whenNotEnabled_isDisabledWithContinuousBackupsEnabled() {
    fixture.createTable("orders");

    ContinuousBackupsDescription description =
        dynamoDb.describeContinuousBackups(b -> b.tableName("orders")).continuousBackupsDescription();

    // API Reference, UpdateContinuousBackups: "Continuous backups are ENABLED on all tables at table
    // creation".
    assertThat(description.continuousBackupsStatus()).isEqualTo(ContinuousBackupsStatus.ENABLED);
    assertThat(description.pointInTimeRecoveryDescription().pointInTimeRecoveryStatus())
        .isEqualTo(PointInTimeRecoveryStatus.DISABLED);
    assertThat(description.pointInTimeRecoveryDescription().earliestRestorableDateTime()).isNull();
  }

  @Test
  void updateContinuousBackups_whenEnabledWithoutPeriod_defaultsTo35Days() {
    fixture.createTable("orders");

    ContinuousBackupsDescription description = enable("orders", null);

    // API Reference, PointInTimeRecoverySpecification: "If no value is provided, the value will
    // default to 35."
    PointInTimeRecoveryDescription pitr = description.pointInTimeRecoveryDescription();
    assertThat(pitr.pointInTimeRecoveryStatus()).isEqualTo(PointInTimeRecoveryStatus.ENABLED);
    assertThat(pitr.recoveryPeriodInDays()).isEqualTo(35);
    assertThat(pitr.earliestRestorableDateTime()).isEqualTo(START);
    assertThat(pitr.latestRestorableDateTime()).isEqualTo(START);
  }

  @Test
  void describeContinuousBackups_asTimePasses_windowIsPeriodBackToLatestFiveMinutesAgo() {
    fixture.createTable("orders");
    enable("orders", 2);

    fixture.clock.advance(Duration.ofHours(1));
    // API Reference, PointInTimeRecoveryDescription: "LatestRestorableDateTime is typically 5
    // minutes before the current time."
    assertThat(describe("orders").earliestRestorableDateTime()).isEqualTo(START);
    assertThat(describe("orders").latestRestorableDateTime())
        .isEqualTo(START.plus(Duration.ofMinutes(55)));
    fixture.clock.advance(Duration.ofDays(3));
    Instant now = fixture.clock.instant();
    assertThat(describe("orders").earliestRestorableDateTime()).isEqualTo(now.minus(Duration.ofDays(2)));
    assertThat(describe("orders").recoveryPeriodInDays()).isEqualTo(2);
  }

  @Test
  void updateContinuousBackups_whenDisabledAndEnabledAgain_restartsTheWindow() {
    fixture.createTable("orders");
    enable("orders", null);
    fixture.clock.advance(Duration.ofHours(1));

    dynamoDb.updateContinuousBackups(b -> b.tableName("orders")
        .pointInTimeRecoverySpecification(p -> p.pointInTimeRecoveryEnabled(false)));
    assertThat(describe("orders").pointInTimeRecoveryStatus())
        .isEqualTo(PointInTimeRecoveryStatus.DISABLED);
    fixture.clock.advance(Duration.ofHours(1));
    enable("orders", null);

    assertThat(describe("orders").earliestRestorableDateTime()).isEqualTo(fixture.clock.instant());
  }

  static Stream<Arguments> errors() {
    String arn = "arn:aws:dynamodb:us-east-1:000000000000:table/orders";
    return Stream.of(
        // Engine wording: AWS documents no answer to a period sent while disabling; refused
        // rather than accepted and ignored.
        Arguments.of("UpdateContinuousBackups, period while disabling",
            (Consumer<DynamoDbClient>) d -> d.updateContinuousBackups(b -> b.tableName("orders")
                .pointInTimeRecoverySpecification(p -> p.pointInTimeRecoveryEnabled(false)
                    .recoveryPeriodInDays(7))),
            DynamoDbException.class,
            "RecoveryPeriodInDays can only be set when PointInTimeRecoveryEnabled is true"),
        // API model: RecoveryPeriodInDays is 1 to 35.
        Arguments.of("UpdateContinuousBackups, period 0",
            (Consumer<DynamoDbClient>) d -> d.updateContinuousBackups(b -> b.tableName("orders")
                .pointInTimeRecoverySpecification(p -> p.pointInTimeRecoveryEnabled(true)
                    .recoveryPeriodInDays(0))),
            DynamoDbException.class,
            "1 validation error detected: Value '0' at"
                + " 'pointInTimeRecoverySpecification.recoveryPeriodInDays' failed to satisfy"
                + " constraint: Member must have value greater than or equal to 1"),
        Arguments.of("UpdateContinuousBackups, period 36",
            (Consumer<DynamoDbClient>) d -> d.updateContinuousBackups(b -> b.tableName("orders")
                .pointInTimeRecoverySpecification(p -> p.pointInTimeRecoveryEnabled(true)
                    .recoveryPeriodInDays(36))),
            DynamoDbException.class,
            "1 validation error detected: Value '36' at"
                + " 'pointInTimeRecoverySpecification.recoveryPeriodInDays' failed to satisfy"
                + " constraint: Member must have value less than or equal to 35"),
        Arguments.of("UpdateContinuousBackups, no specification",
            (Consumer<DynamoDbClient>) d -> d.updateContinuousBackups(b -> b.tableName("orders")),
            DynamoDbException.class,
            "1 validation error detected: Value null at 'pointInTimeRecoverySpecification' failed"
                + " to satisfy constraint: Member must not be null"),
        Arguments.of("UpdateContinuousBackups, missing table",
            (Consumer<DynamoDbClient>) d -> d.updateContinuousBackups(b -> b.tableName("nope")
                .pointInTimeRecoverySpecification(p -> p.pointInTimeRecoveryEnabled(true))),
            TableNotFoundException.class, "Table not found: nope"),
        Arguments.of("DescribeContinuousBackups, missing table",
            (Consumer<DynamoDbClient>) d -> d.describeContinuousBackups(b -> b.tableName("nope")),
            TableNotFoundException.class, "Table not found: nope"),
        Arguments.of("RestoreTableToPointInTime, missing source",
            (Consumer<DynamoDbClient>) d -> d.restoreTableToPointInTime(b -> b
                .sourceTableName("nope").targetTableName("copy").useLatestRestorableTime(true)),
            TableNotFoundException.class, "Table not found: nope"),
        // moto's AWS-verified test pins this message (test_dynamodb_export_table).
        Arguments.of("RestoreTableToPointInTime, recovery not enabled",
            (Consumer<DynamoDbClient>) d -> d.restoreTableToPointInTime(b -> b
                .sourceTableName("orders").targetTableName("copy").useLatestRestorableTime(true)),
            PointInTimeRecoveryUnavailableException.class,
            "Point in time recovery is not enabled for table 'orders'"),
        Arguments.of("RestoreTableToPointInTime, no source",
            (Consumer<DynamoDbClient>) d -> d.restoreTableToPointInTime(b -> b
                .targetTableName("copy").useLatestRestorableTime(true)),
            DynamoDbException.class,
            "Exactly one of SourceTableName and SourceTableArn must be specified"),
        Arguments.of("RestoreTableToPointInTime, both sources",
            (Consumer<DynamoDbClient>) d -> d.restoreTableToPointInTime(b -> b.sourceTableArn(arn)
                .sourceTableName("orders").targetTableName("copy").useLatestRestorableTime(true)),
            DynamoDbException.class,
            "Exactly one of SourceTableName and SourceTableArn must be specified"),
        Arguments.of("RestoreTableToPointInTime, no time",
            (Consumer<DynamoDbClient>) d -> d.restoreTableToPointInTime(b -> b
                .sourceTableName("orders").targetTableName("copy")),
            DynamoDbException.class,
            "Exactly one of RestoreDateTime and UseLatestRestorableTime (true) must be specified"),
        Arguments.of("RestoreTableToPointInTime, no target",
            (Consumer<DynamoDbClient>) d -> d.restoreTableToPointInTime(b -> b
                .sourceTableName("orders").useLatestRestorableTime(true)),
            DynamoDbException.class,
            "1 validation error detected: Value null at 'targetTableName' failed to satisfy"
                + " constraint: Member must not be null"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errors")
  void operation_whenRequestIsInvalid_failsAsDynamoDb(
      String name, Consumer<DynamoDbClient> call, Class<? extends Throwable> type, String message) {
    fixture.createTable("orders");

    assertThatThrownBy(() -> call.accept(dynamoDb))
        .isInstanceOf(type)
        .satisfies(e -> assertThat(((DynamoDbException) e).awsErrorDetails().errorMessage())
            .isEqualTo(message));
    assertThat(dynamoDb.listTables().tableNames()).containsExactly("orders");
  }

  @Test
  void restoreTableToPointInTime_whenTimeOutsideWindow_throwsInvalidRestoreTime() {
    fixture.createTable("orders");
    enable("orders", 1);
    fixture.clock.advance(Duration.ofDays(2));
    Instant now = fixture.clock.instant();

    // API Reference, RestoreTableToPointInTime, InvalidRestoreTimeException.
    for (Instant time : List.of(now.minus(Duration.ofDays(1)).minusMillis(1),
        now.minus(Duration.ofMinutes(5)).plusMillis(1), now)) {
      assertThatThrownBy(() -> dynamoDb.restoreTableToPointInTime(b -> b.sourceTableName("orders")
              .targetTableName("copy").restoreDateTime(time)))
          .isInstanceOf(InvalidRestoreTimeException.class)
          .hasMessageStartingWith("An invalid restore time was specified. RestoreDateTime must be"
              + " between EarliestRestorableDateTime and LatestRestorableDateTime.");
    }
    assertThat(dynamoDb.listTables().tableNames()).containsExactly("orders");
  }

  @Test
  void restoreTableToPointInTime_whenTargetExists_throwsTableAlreadyExists() {
    fixture.createTable("orders");
    fixture.createTable("copy");
    enable("orders", null);

    assertThatThrownBy(() -> dynamoDb.restoreTableToPointInTime(b -> b.sourceTableName("orders")
            .targetTableName("copy").useLatestRestorableTime(true)))
        .isInstanceOf(TableAlreadyExistsException.class);
  }

  @Test
  void restoreTableToPointInTime_atSeveralInstants_restoresTheItemsOfThatInstant() {
    fixture.createTable("orders");
    fixture.put("orders", "a", 1, "red", 1);
    enable("orders", null);
    Instant t0 = fixture.clock.instant();
    List<String> at0 = fixture.items("orders");
    fixture.clock.advance(Duration.ofMinutes(10));
    fixture.put("orders", "b", 1, "blue", 2);
    fixture.put("orders", "a", 1, "green", 3);
    Instant t1 = fixture.clock.instant();
    List<String> at1 = fixture.items("orders");
    fixture.clock.advance(Duration.ofMillis(1500));
    fixture.delete("orders", "a", 1);
    Instant t2 = fixture.clock.instant();
    List<String> at2 = fixture.items("orders");
    fixture.clock.advance(Duration.ofMinutes(10));
    fixture.put("orders", "c", 1, "red", 1);

    restore("at0", t0);
    restore("at1", t1);
    restore("between", t1.plusMillis(1499));
    restore("at2", t2);
    TableDescription latest = dynamoDb.restoreTableToPointInTime(b -> b.sourceTableName("orders")
        .targetTableName("latest").useLatestRestorableTime(true)).tableDescription();

    assertThat(fixture.items("at0")).isEqualTo(at0);
    assertThat(fixture.items("at1")).isEqualTo(at1);
    assertThat(fixture.items("between")).isEqualTo(at1);
    assertThat(fixture.items("at2")).isEqualTo(at2);
    // The latest restorable time is 5 minutes ago: before "c" was written.
    assertThat(fixture.items("latest")).isEqualTo(at2);
    assertThat(latest.restoreSummary().restoreDateTime())
        .isEqualTo(fixture.clock.instant().minus(Duration.ofMinutes(5)));
    assertThat(latest.restoreSummary().sourceBackupArn()).isNull();
    assertThat(latest.restoreSummary().sourceTableArn()).endsWith(":table/orders");
    assertThat(latest.tableStatus()).isEqualTo(TableStatus.CREATING);
    fixture.clock.advance(Duration.ofSeconds(20));
    assertThat(dynamoDb.describeTable(b -> b.tableName("latest")).table().tableStatus())
        .isEqualTo(TableStatus.ACTIVE);
  }

  private void restore(String target, Instant time) {
    dynamoDb.restoreTableToPointInTime(b -> b.sourceTableName("orders").targetTableName(target)
        .restoreDateTime(time));
  }

  @Test
  void restoreTableToPointInTime_whenGivenSourceTableArn_restoresThatTable() {
    fixture.createTable("orders");
    fixture.put("orders", "a", 1, "red", 1);
    enable("orders", null);
    String arn = dynamoDb.describeTable(b -> b.tableName("orders")).table().tableArn();

    dynamoDb.restoreTableToPointInTime(b -> b.sourceTableArn(arn).targetTableName("copy")
        .useLatestRestorableTime(true));

    assertThat(fixture.items("copy")).isEqualTo(fixture.items("orders"));
  }

  @Test
  void history_whenChangesAgeOutOfTheWindow_foldsThemAndStaysBounded() {
    fixture.createTable("orders");
    enable("orders", 1);
    var recovery = fixture.engine.pointInTimeRecovery();
    int perHour = 60;
    for (int hour = 0; hour < 72; hour++) {
      for (int i = 0; i < perHour; i++) {
        fixture.put("orders", "k" + (i % 7), 0, "red", hour * perHour + i);
        fixture.clock.advance(Duration.ofMinutes(1));
      }
    }
    List<String> now = fixture.items("orders");
    fixture.clock.advance(Duration.ofMinutes(5));

    // 72 hours of changes were made; only those of the last day (24 * 60, plus the ones of the
    // 5 minutes at its edge) are held, the rest folded into the base image.
    assertThat(recovery.changeCount("orders")).isBetween(24 * perHour - 10, 24 * perHour);
    Instant earliest = describe("orders").earliestRestorableDateTime();
    assertThat(earliest).isEqualTo(fixture.clock.instant().minus(Duration.ofDays(1)));
    restore("edge", earliest);
    restore("latest", fixture.clock.instant().minus(Duration.ofMinutes(5)));
    assertThat(fixture.items("latest")).isEqualTo(now);
    assertThat(fixture.items("edge")).hasSize(7);
  }

  @Test
  void itemsAtAndChangesBetween_forExports_giveStateAndFinalChangesPerKey() {
    fixture.createTable("orders");
    fixture.put("orders", "a", 1, "red", 1);
    enable("orders", null);
    Instant t0 = fixture.clock.instant();
    fixture.clock.advance(Duration.ofMinutes(1));
    fixture.put("orders", "b", 1, "blue", 2);
    fixture.put("orders", "b", 1, "blue", 3);
    fixture.delete("orders", "a", 1);
    Instant t1 = fixture.clock.instant();
    fixture.clock.advance(Duration.ofMinutes(10));
    PointInTimeRecovery recovery = fixture.engine.pointInTimeRecovery();

    List<Item> at0 = recovery.itemsAt("orders", t0);
    List<ItemChange> changes = recovery.changesBetween(
        "arn:aws:dynamodb:us-east-1:000000000000:table/orders", t0, t1);

    assertThat(at0).singleElement()
        .satisfies(i -> assertThat(i.attributes().get("pk").s()).isEqualTo("a"));
    assertThat(changes).hasSize(2);
    ItemChange deleted = changes.stream().filter(ItemChange::deleted).findFirst().orElseThrow();
    ItemChange put = changes.stream().filter(c -> !c.deleted()).findFirst().orElseThrow();
    assertThat(deleted.time()).isEqualTo(t1);
    assertThat(put.item().attributes().get("pk").s()).isEqualTo("b");
    assertThat(put.item().attributes().get("rank").n()).isEqualTo("3");
    assertThat(recovery.changesBetween("orders", t1, t1)).isEmpty();
    // Exports read up to now, not only up to LatestRestorableDateTime (5 minutes ago).
    fixture.put("orders", "c", 1, "red", 1);
    assertThat(recovery.itemsAt("orders", fixture.clock.instant())).hasSize(2);
    assertThat(recovery.changesBetween("orders", t1, fixture.clock.instant())).hasSize(1);
    assertThatThrownBy(() -> recovery.itemsAt("orders", fixture.clock.instant().plusMillis(1)))
        .isInstanceOf(PointInTimeRecoveryException.class);
    assertThatThrownBy(() -> recovery.itemsAt("orders", t0.minusSeconds(1)))
        .isInstanceOf(PointInTimeRecoveryException.class)
        .extracting(e -> ((PointInTimeRecoveryException) e).reason())
        .isEqualTo(PointInTimeRecoveryException.Reason.OUT_OF_WINDOW);
    fixture.createTable("users");
    assertThatThrownBy(() -> recovery.itemsAt("users", t1))
        .extracting(e -> ((PointInTimeRecoveryException) e).reason())
        .isEqualTo(PointInTimeRecoveryException.Reason.NOT_ENABLED);
    assertThatThrownBy(() -> recovery.itemsAt("nope", t1))
        .extracting(e -> ((PointInTimeRecoveryException) e).reason())
        .isEqualTo(PointInTimeRecoveryException.Reason.TABLE_NOT_FOUND);
  }

  @Test
  void pointInTimeRecovery_withAStreamOnTheTable_bothCaptureAndDisablingOneKeepsTheOther() {
    fixture.dynamoDb.createTable(BackupFixture.tableRequest("orders")
        .streamSpecification(s -> s.streamEnabled(true)
            .streamViewType(software.amazon.awssdk.services.dynamodb.model.StreamViewType.KEYS_ONLY))
        .build());
    enable("orders", null);
    fixture.put("orders", "a", 1, "red", 1);
    dynamoDb.updateTable(b -> b.tableName("orders").streamSpecification(s -> s.streamEnabled(false)));
    fixture.put("orders", "b", 1, "red", 1);
    var streams = fixture.engine.dynamoDbStreamsClient();
    String streamArn = dynamoDb.describeTable(b -> b.tableName("orders")).table().latestStreamArn();
    String shard = streams.describeStream(b -> b.streamArn(streamArn)).streamDescription().shards()
        .get(0).shardId();
    String iterator = streams.getShardIterator(b -> b.streamArn(streamArn).shardId(shard)
        .shardIteratorType(software.amazon.awssdk.services.dynamodb.model.ShardIteratorType.TRIM_HORIZON))
        .shardIterator();

    dynamoDb.restoreTableToPointInTime(b -> b.sourceTableName("orders").targetTableName("copy")
        .restoreDateTime(fixture.clock.instant()));

    assertThat(streams.getRecords(b -> b.shardIterator(iterator)).records()).hasSize(1);
    assertThat(fixture.items("copy")).isEqualTo(fixture.items("orders")).hasSize(2);
  }
}
