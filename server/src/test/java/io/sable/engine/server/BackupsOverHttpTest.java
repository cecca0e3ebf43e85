package io.sable.engine.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sable.engine.ManualClock;
import io.sable.engine.SableEngine;
import io.sable.engine.backup.BackupSettings;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BackupNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.BackupStatus;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.PointInTimeRecoveryUnavailableException;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * The backup and point-in-time recovery operations routed over HTTP with the AWS SDK (API
 * Reference, CreateBackup, DescribeBackup, RestoreTableFromBackup, UpdateContinuousBackups,
 * RestoreTableToPointInTime: members as in their Request and Response Syntax), and their modelled
 * errors arriving as the SDK's typed exceptions.
 */
class BackupsOverHttpTest {
  private static final Instant START = Instant.parse("2026-12-01T00:00:00Z");

  private final ManualClock clock = new ManualClock(START);
  private final SableEngine engine =
      SableEngine.builder().clock(clock).ttlSweepInterval(Duration.ZERO)
          .backupSettings(BackupSettings.DEFAULT).build();
  private final SableServer server = SableServer.start(engine);

  @AfterEach
  void stop() {
    server.close();
    engine.close();
  }

  @Test
  void createBackupAndRestore_overHttp_restoreTheItems() {
    try (DynamoDbClient client = HttpEngineClientProvider.client(server.endpoint())) {
      client.createTable(b -> b.tableName("tbl").billingMode(BillingMode.PAY_PER_REQUEST)
          .keySchema(k -> k.attributeName("pk").keyType("HASH"))
          .attributeDefinitions(a -> a.attributeName("pk").attributeType("S")));
      client.putItem(b -> b.tableName("tbl").item(Map.of("pk", AttributeValue.fromS("a"))));

      String arn = client.createBackup(b -> b.tableName("tbl").backupName("nightly"))
          .backupDetails().backupArn();
      assertThat(client.describeBackup(b -> b.backupArn(arn)).backupDescription().backupDetails()
          .backupStatus()).isEqualTo(BackupStatus.CREATING);
      clock.advance(Duration.ofSeconds(1));
      assertThat(client.listBackups().backupSummaries()).singleElement()
          .satisfies(s -> assertThat(s.backupStatus()).isEqualTo(BackupStatus.AVAILABLE));
      assertThat(client.restoreTableFromBackup(b -> b.backupArn(arn).targetTableName("copy"))
          .tableDescription().tableStatus()).isEqualTo(TableStatus.CREATING);
      clock.advance(Duration.ofSeconds(1));

      assertThat(client.describeTable(b -> b.tableName("copy")).table().tableStatus())
          .isEqualTo(TableStatus.ACTIVE);
      assertThat(client.scan(b -> b.tableName("copy")).items())
          .containsExactly(Map.of("pk", AttributeValue.fromS("a")));
      assertThatThrownBy(() -> client.describeBackup(b -> b.backupArn(arn + "0")))
          .isInstanceOf(BackupNotFoundException.class);
      assertThatThrownBy(() -> client.restoreTableToPointInTime(b -> b.sourceTableName("tbl")
              .targetTableName("pitr").useLatestRestorableTime(true)))
          .isInstanceOf(PointInTimeRecoveryUnavailableException.class);

      client.updateContinuousBackups(b -> b.tableName("tbl")
          .pointInTimeRecoverySpecification(p -> p.pointInTimeRecoveryEnabled(true)));
      clock.advance(Duration.ofMinutes(10));
      client.restoreTableToPointInTime(b -> b.sourceTableName("tbl").targetTableName("pitr")
          .restoreDateTime(START.plus(Duration.ofMinutes(2))));
      assertThat(client.scan(b -> b.tableName("pitr")).count()).isEqualTo(1);
    }
    HttpResponse<String> raw = Wire.post(server.endpoint(),
        "DynamoDB_20120810.DescribeContinuousBackups", "{\"TableName\":\"tbl\"}");
    assertThat(raw.statusCode()).isEqualTo(200);
    assertThat(raw.body()).contains(
        "\"ContinuousBackupsStatus\":\"ENABLED\"",
        "\"PointInTimeRecoveryStatus\":\"ENABLED\"",
        "\"RecoveryPeriodInDays\":35");
  }
}
