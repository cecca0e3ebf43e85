package io.sable.engine.storage;

import static io.sable.engine.storage.DurableEngines.item;
import static io.sable.engine.storage.DurableEngines.key;
import static io.sable.engine.storage.DurableEngines.scan;
import static org.assertj.core.api.Assertions.assertThat;

import io.sable.engine.ManualClock;
import io.sable.engine.SableEngine;
import io.sable.engine.backup.BackupSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PointInTimeRecoveryDescription;
import software.amazon.awssdk.services.dynamodb.model.PointInTimeRecoveryStatus;

/**
 * Point-in-time recovery survives a restart of a durable engine: its status, {@code
 * RecoveryPeriodInDays} and {@code EarliestRestorableDateTime} (API Reference, {@code
 * PointInTimeRecoveryDescription}), and its history, so that RestoreTableToPointInTime after the
 * restart restores any instant of the window from before it (API Reference, {@code
 * RestoreTableToPointInTime}: "any point in time during the last 35 days", or the recovery
 * period). The history is kept in snapshots and rebuilt from the log by replaying each change at
 * its original time.
 */
class PointInTimeRecoveryRestartTest {
  @TempDir Path directory;
  private final ManualClock clock = new ManualClock(DurableEngines.START);

  private SableEngine open() {
    return DurableEngines.builder(directory, clock).backupSettings(BackupSettings.IMMEDIATE).build();
  }

  private static PointInTimeRecoveryDescription describe(DynamoDbClient client) {
    return client.describeContinuousBackups(b -> b.tableName("orders"))
        .continuousBackupsDescription().pointInTimeRecoveryDescription();
  }

  private static List<Map<String, AttributeValue>> restoreAt(
      DynamoDbClient client, String target, Instant time) {
    client.restoreTableToPointInTime(b -> b.sourceTableName("orders").targetTableName(target)
        .restoreDateTime(time));
    return scan(client, target);
  }

  // The items of orders every 30 seconds from t0 to t0 + 4 minutes, and its changes in that time.
  private static List<Object> history(SableEngine engine, Instant t0) {
    List<Object> history = new ArrayList<>();
    for (int s = 0; s <= 240; s += 30) {
      history.add(engine.pointInTimeRecovery().itemsAt("orders", t0.plusSeconds(s)));
    }
    history.add(engine.pointInTimeRecovery().changesBetween("orders", t0, t0.plusSeconds(240)));
    return history;
  }

  // mode 0: clean close (the history is in the final snapshot); 1: crash (the history is rebuilt
  // from the log); 2: a snapshot in the middle of the history, more changes, then a crash.
  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2})
  void restoreToPointInTime_afterRestart_restoresInstantsBeforeIt(int mode) {
    Instant t0 = clock.instant();
    SableEngine first = open();
    DynamoDbClient client = first.dynamoDbClient();
    DurableEngines.createTable(client, "orders");
    client.updateContinuousBackups(b -> b.tableName("orders").pointInTimeRecoverySpecification(
        s -> s.pointInTimeRecoveryEnabled(true).recoveryPeriodInDays(7)));
    PointInTimeRecoveryDescription enabled = describe(client);
    clock.advance(Duration.ofMinutes(1));
    client.putItem(b -> b.tableName("orders").item(item("a", "s", "v1")));
    clock.advance(Duration.ofMinutes(1));
    client.putItem(b -> b.tableName("orders").item(item("a", "s", "v2")));
    client.putItem(b -> b.tableName("orders").item(item("b", "s", "v1")));
    if (mode == 2) {
      first.durableStore().snapshot();
    }
    clock.advance(Duration.ofMinutes(1));
    client.deleteItem(b -> b.tableName("orders").key(key("b", "s")));
    client.putItem(b -> b.tableName("orders").item(item("c", "s", "v1")));
    clock.advance(Duration.ofMinutes(1));
    List<Object> history = history(first, t0);
    if (mode == 0) {
      first.close();
    } else {
      first.durableStore().crash();
    }
    clock.advance(Duration.ofMinutes(10));

    try (SableEngine second = open()) {
      DynamoDbClient again = second.dynamoDbClient();
      PointInTimeRecoveryDescription after = describe(again);
      assertThat(after.pointInTimeRecoveryStatus()).isEqualTo(PointInTimeRecoveryStatus.ENABLED);
      assertThat(after.recoveryPeriodInDays()).isEqualTo(7);
      assertThat(after.earliestRestorableDateTime())
          .isEqualTo(enabled.earliestRestorableDateTime()).isEqualTo(t0);
      // What exports read: the items at each instant and the changes between two.
      assertThat(history(second, t0)).isEqualTo(history);
      assertThat(restoreAt(again, "at90s", t0.plusSeconds(90)))
          .containsExactly(item("a", "s", "v1"));
      assertThat(restoreAt(again, "at150s", t0.plusSeconds(150)))
          .containsExactlyInAnyOrder(item("a", "s", "v2"), item("b", "s", "v1"));
      assertThat(restoreAt(again, "at200s", t0.plusSeconds(200)))
          .containsExactlyInAnyOrder(item("a", "s", "v2"), item("c", "s", "v1"));
      // A change after the restart is captured too.
      clock.advance(Duration.ofMinutes(1));
      again.putItem(b -> b.tableName("orders").item(item("d", "s", "v1")));
    }

    // A second restart: the recovered history, with the change made after the first, is kept.
    clock.advance(Duration.ofMinutes(1));
    try (SableEngine third = open()) {
      DynamoDbClient client3 = third.dynamoDbClient();
      assertThat(describe(client3).earliestRestorableDateTime()).isEqualTo(t0);
      assertThat(restoreAt(client3, "again90s", t0.plusSeconds(90)))
          .containsExactly(item("a", "s", "v1"));
      assertThat(restoreAt(client3, "latest", clock.instant())).extracting(i -> i.get("pk").s())
          .containsExactlyInAnyOrder("a", "c", "d");
    }
  }

  // A history larger than a snapshot chunk (1 MB): its base and changes span several chunks.
  @Test
  void restoreToPointInTime_afterRestartWithLargeHistory_restoresBothHalves() {
    Instant t0 = clock.instant();
    SableEngine first = open();
    DynamoDbClient client = first.dynamoDbClient();
    DurableEngines.createTable(client, "orders");
    String padding = "x".repeat(200);
    for (int i = 0; i < 6000; i++) {
      String n = String.valueOf(i);
      client.putItem(b -> b.tableName("orders").item(item("base" + n, "s", padding)));
    }
    client.updateContinuousBackups(b -> b.tableName("orders").pointInTimeRecoverySpecification(
        s -> s.pointInTimeRecoveryEnabled(true)));
    clock.advance(Duration.ofMinutes(1));
    for (int i = 0; i < 6000; i++) {
      String n = String.valueOf(i);
      client.putItem(b -> b.tableName("orders").item(item("later" + n, "s", padding)));
    }
    clock.advance(Duration.ofMinutes(1));
    first.close();

    try (SableEngine second = open()) {
      DynamoDbClient again = second.dynamoDbClient();
      assertThat(restoreAt(again, "atStart", t0.plusSeconds(30))).hasSize(6000)
          .allSatisfy(i -> assertThat(i.get("pk").s()).startsWith("base"));
      assertThat(restoreAt(again, "atEnd", t0.plusSeconds(90))).hasSize(12000);
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void updateContinuousBackups_periodChangedThenRestart_keepsPeriodAndEarliest(boolean crash) {
    Instant t0 = clock.instant();
    SableEngine first = open();
    DynamoDbClient client = first.dynamoDbClient();
    DurableEngines.createTable(client, "orders");
    client.updateContinuousBackups(b -> b.tableName("orders").pointInTimeRecoverySpecification(
        s -> s.pointInTimeRecoveryEnabled(true)));
    clock.advance(Duration.ofMinutes(1));
    client.updateContinuousBackups(b -> b.tableName("orders").pointInTimeRecoverySpecification(
        s -> s.pointInTimeRecoveryEnabled(true).recoveryPeriodInDays(3)));
    if (crash) {
      first.durableStore().crash();
    } else {
      first.close();
    }

    try (SableEngine second = open()) {
      PointInTimeRecoveryDescription after = describe(second.dynamoDbClient());
      assertThat(after.pointInTimeRecoveryStatus()).isEqualTo(PointInTimeRecoveryStatus.ENABLED);
      assertThat(after.recoveryPeriodInDays()).isEqualTo(3);
      assertThat(after.earliestRestorableDateTime()).isEqualTo(t0);
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void updateContinuousBackups_disabledThenRestart_staysDisabled(boolean crash) {
    SableEngine first = open();
    DynamoDbClient client = first.dynamoDbClient();
    DurableEngines.createTable(client, "orders");
    client.updateContinuousBackups(b -> b.tableName("orders").pointInTimeRecoverySpecification(
        s -> s.pointInTimeRecoveryEnabled(true)));
    first.durableStore().snapshot();
    client.updateContinuousBackups(b -> b.tableName("orders").pointInTimeRecoverySpecification(
        s -> s.pointInTimeRecoveryEnabled(false)));
    if (crash) {
      first.durableStore().crash();
    } else {
      first.close();
    }

    try (SableEngine second = open()) {
      assertThat(describe(second.dynamoDbClient()).pointInTimeRecoveryStatus())
          .isEqualTo(PointInTimeRecoveryStatus.DISABLED);
    }
  }

  // Developer Guide, "Point-in-time recovery for DynamoDB": disabling and enabling again resets
  // the earliest restorable time; a restart must not bring the older history back.
  @Test
  void updateContinuousBackups_reenabledThenCrash_windowStartsAtReenabling() {
    SableEngine first = open();
    DynamoDbClient client = first.dynamoDbClient();
    DurableEngines.createTable(client, "orders");
    client.updateContinuousBackups(b -> b.tableName("orders").pointInTimeRecoverySpecification(
        s -> s.pointInTimeRecoveryEnabled(true)));
    client.putItem(b -> b.tableName("orders").item(item("a", "s", "v1")));
    first.durableStore().snapshot();
    clock.advance(Duration.ofMinutes(5));
    client.updateContinuousBackups(b -> b.tableName("orders").pointInTimeRecoverySpecification(
        s -> s.pointInTimeRecoveryEnabled(false)));
    clock.advance(Duration.ofMinutes(5));
    Instant reenabled = clock.instant();
    client.updateContinuousBackups(b -> b.tableName("orders").pointInTimeRecoverySpecification(
        s -> s.pointInTimeRecoveryEnabled(true)));
    first.durableStore().crash();

    try (SableEngine second = open()) {
      DynamoDbClient again = second.dynamoDbClient();
      assertThat(describe(again).earliestRestorableDateTime()).isEqualTo(reenabled);
      assertThat(restoreAt(again, "then", reenabled)).containsExactly(item("a", "s", "v1"));
    }
  }
}
