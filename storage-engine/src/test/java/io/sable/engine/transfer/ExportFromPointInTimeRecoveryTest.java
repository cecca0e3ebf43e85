package io.sable.engine.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sable.engine.ManualClock;
import io.sable.engine.SableEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ExportDescription;
import software.amazon.awssdk.services.dynamodb.model.ExportType;
import software.amazon.awssdk.services.dynamodb.model.ImportTableDescription;
import software.amazon.awssdk.services.dynamodb.model.InputCompressionType;
import software.amazon.awssdk.services.dynamodb.model.InputFormat;
import software.amazon.awssdk.services.dynamodb.model.InvalidExportTimeException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.PointInTimeRecoveryUnavailableException;

/**
 * ExportTableToPointInTime reading the engine's own point-in-time recovery (no test source): a
 * table is exportable only with point-in-time recovery enabled, from any instant of its window, and
 * the export holds the items as they were at {@code ExportTime} (Developer Guide, "DynamoDB data
 * export to Amazon S3: how it works": "you can export data from any time within your point-in-time
 * recovery window").
 */
class ExportFromPointInTimeRecoveryTest {
  static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  static final String TABLE_ARN = "arn:aws:dynamodb:us-east-1:000000000000:table/orders";

  @TempDir Path s3;
  final ManualClock clock = new ManualClock(T0);
  SableEngine engine;
  DynamoDbClient client;

  @BeforeEach
  void open() throws Exception {
    Files.createDirectories(s3.resolve("bucket"));
    engine =
        SableEngine.builder()
            .clock(clock)
            .ttlSweepInterval(Duration.ZERO)
            .autoScalingInterval(Duration.ZERO)
            .s3Root(s3)
            .build();
    client = engine.dynamoDbClient();
    client.createTable(
        b -> b.tableName("orders")
            .billingMode(BillingMode.PAY_PER_REQUEST)
            .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build())
            .attributeDefinitions(
                AttributeDefinition.builder().attributeName("pk").attributeType("S").build()));
  }

  @AfterEach
  void close() {
    engine.close();
  }

  void put(String pk, String value) {
    client.putItem(b -> b.tableName("orders")
        .item(Map.of("pk", AttributeValue.fromS(pk), "v", AttributeValue.fromS(value))));
  }

  @Test
  void exportTableToPointInTime_whenRecoveryDisabled_throwsPointInTimeRecoveryUnavailable() {
    assertThatThrownBy(
            () -> client.exportTableToPointInTime(b -> b.tableArn(TABLE_ARN).s3Bucket("bucket")))
        .isInstanceOf(PointInTimeRecoveryUnavailableException.class);
  }

  @Test
  void exportTableToPointInTime_whenExportTimeInThePast_exportsTheItemsAsTheyWereThen()
      throws Exception {
    client.updateContinuousBackups(b -> b.tableName("orders")
        .pointInTimeRecoverySpecification(p -> p.pointInTimeRecoveryEnabled(true)));
    put("a", "1");
    put("b", "1");
    clock.advance(Duration.ofMinutes(10));
    Instant exportTime = clock.instant();
    clock.advance(Duration.ofMinutes(10));
    put("a", "2");
    put("c", "2");
    client.deleteItem(b -> b.tableName("orders").key(Map.of("pk", AttributeValue.fromS("b"))));

    ExportDescription export = client.exportTableToPointInTime(b -> b.tableArn(TABLE_ARN)
            .s3Bucket("bucket").s3Prefix("full").exportTime(exportTime))
        .exportDescription();
    clock.advance(TransferSettings.DEFAULT_DURATION);
    assertThat(client.describeExport(b -> b.exportArn(export.exportArn()))
            .exportDescription().itemCount())
        .isEqualTo(2);

    String exportId = export.exportArn().substring(export.exportArn().lastIndexOf('/') + 1);
    ImportTableDescription imported = client.importTable(b -> b
            .s3BucketSource(s -> s.s3Bucket("bucket")
                .s3KeyPrefix("full/AWSDynamoDB/" + exportId + "/data/"))
            .inputFormat(InputFormat.DYNAMODB_JSON)
            .inputCompressionType(InputCompressionType.GZIP)
            .tableCreationParameters(t -> t.tableName("copy")
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build())
                .attributeDefinitions(
                    AttributeDefinition.builder().attributeName("pk").attributeType("S").build())))
        .importTableDescription();
    clock.advance(TransferSettings.DEFAULT_DURATION);
    assertThat(client.describeImport(b -> b.importArn(imported.importArn()))
            .importTableDescription().importedItemCount())
        .isEqualTo(2);
    Set<Map<String, AttributeValue>> copy =
        new HashSet<>(client.scan(b -> b.tableName("copy")).items());
    assertThat(copy).containsExactlyInAnyOrder(
        Map.of("pk", AttributeValue.fromS("a"), "v", AttributeValue.fromS("1")),
        Map.of("pk", AttributeValue.fromS("b"), "v", AttributeValue.fromS("1")));
  }

  @Test
  void exportTableToPointInTime_whenBeforeRecoveryWasEnabled_throwsInvalidExportTime() {
    clock.advance(Duration.ofMinutes(30));
    client.updateContinuousBackups(b -> b.tableName("orders")
        .pointInTimeRecoverySpecification(p -> p.pointInTimeRecoveryEnabled(true)));
    clock.advance(Duration.ofMinutes(30));
    assertThatThrownBy(() -> client.exportTableToPointInTime(b -> b.tableArn(TABLE_ARN)
            .s3Bucket("bucket").exportTime(T0.plus(Duration.ofMinutes(10)))))
        .isInstanceOf(InvalidExportTimeException.class);
  }

  @Test
  void exportTableToPointInTime_whenIncremental_writesEachChangedItemWithItsImageBeforeTheWindow()
      throws Exception {
    client.updateContinuousBackups(b -> b.tableName("orders")
        .pointInTimeRecoverySpecification(p -> p.pointInTimeRecoveryEnabled(true)));
    put("a", "1");
    put("b", "1");
    clock.advance(Duration.ofMinutes(5));
    Instant from = clock.instant();
    clock.advance(Duration.ofMinutes(1));
    put("a", "2");
    put("a", "3");
    client.deleteItem(b -> b.tableName("orders").key(Map.of("pk", AttributeValue.fromS("b"))));
    put("c", "1");
    put("d", "1");
    client.deleteItem(b -> b.tableName("orders").key(Map.of("pk", AttributeValue.fromS("d"))));
    clock.advance(Duration.ofMinutes(20));

    ExportDescription export = client.exportTableToPointInTime(b -> b.tableArn(TABLE_ARN)
            .s3Bucket("bucket").s3Prefix("inc").exportType(ExportType.INCREMENTAL_EXPORT)
            .incrementalExportSpecification(s -> s.exportFromTime(from)
                .exportToTime(from.plus(Duration.ofMinutes(15)))))
        .exportDescription();

    String exportId = export.exportArn().substring(export.exportArn().lastIndexOf('/') + 1);
    List<Map<String, Object>> files = TransferFiles.flatJsonLines(
        s3.resolve("bucket/inc/AWSDynamoDB").resolve(exportId).resolve("manifest-files.json"));
    String key = (String) files.get(0).get("dataFileS3Key");
    List<String> lines = TransferFiles.gunzip(s3.resolve("bucket").resolve(key)).lines().toList();
    // a: updated twice (old image v=1, new v=3); b: deleted (old image only); c: created (new
    // image only); d: created and deleted within the window, so left out.
    assertThat(lines).hasSize(3);
    assertThat(lines).anySatisfy(line -> assertThat(line)
        .contains("\"Keys\":{\"pk\":{\"S\":\"a\"}}")
        .contains("\"OldImage\":{").contains("\"v\":{\"S\":\"1\"}")
        .contains("\"v\":{\"S\":\"3\"}"));
    assertThat(lines).anySatisfy(line -> assertThat(line)
        .contains("\"Keys\":{\"pk\":{\"S\":\"b\"}}").contains("\"OldImage\"")
        .doesNotContain("\"NewImage\""));
    assertThat(lines).anySatisfy(line -> assertThat(line)
        .contains("\"Keys\":{\"pk\":{\"S\":\"c\"}}").contains("\"NewImage\"")
        .doesNotContain("\"OldImage\""));
    assertThat(lines).noneSatisfy(line -> assertThat(line).contains("\"S\":\"d\""));
  }
}
