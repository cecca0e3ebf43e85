package io.sable.engine.storage;

import static io.sable.engine.storage.DurableEngines.item;
import static io.sable.engine.storage.DurableEngines.scan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sable.engine.ManualClock;
import io.sable.engine.SableEngine;
import io.sable.engine.backup.BackupSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BackupDescription;
import software.amazon.awssdk.services.dynamodb.model.BackupNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.BackupStatus;
import software.amazon.awssdk.services.dynamodb.model.BackupSummary;
import software.amazon.awssdk.services.dynamodb.model.BackupType;
import software.amazon.awssdk.services.dynamodb.model.BackupTypeFilter;

/**
 * On-demand backups survive a restart of a durable engine, after a clean close and after a crash,
 * as DynamoDB keeps them until deleted (Developer Guide, "Backing up a DynamoDB table": backups are
 * retained "until you explicitly delete them", and "If you delete the table, the backup is
 * retained"); a deleted backup stays deleted; a corrupt backup file is a startup error naming it.
 */
class BackupsRestartTest {
  @TempDir Path directory;
  private final ManualClock clock = new ManualClock(DurableEngines.START);

  private SableEngine open() {
    return DurableEngines.builder(directory, clock).backupSettings(BackupSettings.IMMEDIATE).build();
  }

  private static void restart(SableEngine engine, boolean crash) {
    if (crash) {
      engine.durableStore().crash();
    } else {
      engine.close();
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void createBackup_whenEngineRestarts_backupIsListedDescribedAndRestorable(boolean crash) {
    String arn;
    BackupDescription before;
    SableEngine first = open();
    DynamoDbClient client = first.dynamoDbClient();
    DurableEngines.createTable(client, "orders");
    for (int i = 0; i < 5; i++) {
      String n = String.valueOf(i);
      client.putItem(b -> b.tableName("orders").item(item("p" + n, "s", "v" + n)));
    }
    clock.advance(Duration.ofSeconds(3));
    arn = client.createBackup(b -> b.tableName("orders").backupName("nightly"))
        .backupDetails().backupArn();
    before = client.describeBackup(b -> b.backupArn(arn)).backupDescription();
    // A write after the backup is not in it.
    client.putItem(b -> b.tableName("orders").item(item("late", "s", "x")));
    restart(first, crash);

    try (SableEngine second = open()) {
      DynamoDbClient again = second.dynamoDbClient();
      List<BackupSummary> listed = again.listBackups(b -> b.tableName("orders")).backupSummaries();
      assertThat(listed).extracting(BackupSummary::backupArn).containsExactly(arn);
      assertThat(listed.get(0).backupName()).isEqualTo("nightly");
      assertThat(listed.get(0).backupStatus()).isEqualTo(BackupStatus.AVAILABLE);
      assertThat(again.describeBackup(b -> b.backupArn(arn)).backupDescription()).isEqualTo(before);

      again.restoreTableFromBackup(b -> b.backupArn(arn).targetTableName("restored"));
      List<Map<String, AttributeValue>> restored = scan(again, "restored");
      assertThat(restored).hasSize(5).extracting(i -> i.get("pk").s())
          .containsExactlyInAnyOrder("p0", "p1", "p2", "p3", "p4");
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void deleteBackup_whenEngineRestarts_backupStaysDeleted(boolean crash) {
    SableEngine first = open();
    DynamoDbClient client = first.dynamoDbClient();
    DurableEngines.createTable(client, "orders");
    String kept = client.createBackup(b -> b.tableName("orders").backupName("kept"))
        .backupDetails().backupArn();
    clock.advance(Duration.ofMillis(5));
    String gone = client.createBackup(b -> b.tableName("orders").backupName("gone"))
        .backupDetails().backupArn();
    client.deleteBackup(b -> b.backupArn(gone));
    restart(first, crash);

    try (SableEngine second = open()) {
      DynamoDbClient again = second.dynamoDbClient();
      assertThat(again.listBackups(b -> b.backupType(BackupTypeFilter.ALL)).backupSummaries())
          .extracting(BackupSummary::backupArn).containsExactly(kept);
      assertThatThrownBy(() -> again.describeBackup(b -> b.backupArn(gone)))
          .isInstanceOf(BackupNotFoundException.class);
    }
  }

  // API Reference, BackupSummary: SYSTEM backups are made by DeleteTable of a table with
  // point-in-time recovery, to restore "the deleted table to the state it was in just before the
  // point of deletion".
  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void deleteTable_withPointInTimeRecovery_systemBackupSurvivesRestart(boolean crash) {
    SableEngine first = open();
    DynamoDbClient client = first.dynamoDbClient();
    DurableEngines.createTable(client, "orders");
    client.putItem(b -> b.tableName("orders").item(item("a", "s", "1")));
    client.updateContinuousBackups(b -> b.tableName("orders")
        .pointInTimeRecoverySpecification(s -> s.pointInTimeRecoveryEnabled(true)));
    client.deleteTable(b -> b.tableName("orders"));
    restart(first, crash);

    try (SableEngine second = open()) {
      DynamoDbClient again = second.dynamoDbClient();
      List<BackupSummary> system = again.listBackups(b -> b.backupType(BackupTypeFilter.SYSTEM))
          .backupSummaries();
      assertThat(system).singleElement().satisfies(s -> {
        assertThat(s.backupType()).isEqualTo(BackupType.SYSTEM);
        assertThat(s.backupName()).isEqualTo("orders$DeletedTableBackup");
      });
      again.restoreTableFromBackup(b -> b.backupArn(system.get(0).backupArn()).targetTableName("orders"));
      assertThat(scan(again, "orders")).containsExactly(item("a", "s", "1"));
    }
  }

  @Test
  void open_whenBackupFileIsCorrupt_failsNamingTheFile() throws Exception {
    try (SableEngine first = open()) {
      DynamoDbClient client = first.dynamoDbClient();
      DurableEngines.createTable(client, "orders");
      client.putItem(b -> b.tableName("orders").item(item("a", "s", "1")));
      client.createBackup(b -> b.tableName("orders").backupName("nightly"));
    }
    Path file;
    try (Stream<Path> files = Files.list(directory.resolve("backups"))) {
      file = files.filter(p -> p.toString().endsWith(".backup")).findFirst().orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length / 2] ^= 0x5A;
    Files.write(file, bytes);

    assertThatThrownBy(this::open)
        .isInstanceOf(CorruptDataException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("checksum mismatch");
    // The directory was released: a fixed file lets the engine start.
    Files.delete(file);
    try (SableEngine second = open()) {
      assertThat(second.dynamoDbClient().listBackups(b -> b.tableName("orders")).backupSummaries())
          .isEmpty();
    }
  }
}
