package io.sable.engine.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sable.engine.ManualClock;
import io.sable.engine.SableEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ExportConflictException;
import software.amazon.awssdk.services.dynamodb.model.ExportDescription;
import software.amazon.awssdk.services.dynamodb.model.ExportFormat;
import software.amazon.awssdk.services.dynamodb.model.ExportNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ExportStatus;
import software.amazon.awssdk.services.dynamodb.model.ExportSummary;
import software.amazon.awssdk.services.dynamodb.model.InvalidExportTimeException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ListExportsResponse;
import software.amazon.awssdk.services.dynamodb.model.PointInTimeRecoveryUnavailableException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableNotFoundException;

/**
 * ExportTableToPointInTime, DescribeExport and ListExports: the request rules of the API Reference
 * ("ExportTableToPointInTime", "ListExports") and the files of the Developer Guide ("DynamoDB table
 * export output format").
 */
class ExportTableTest {
  static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  static final String TABLE_ARN = "arn:aws:dynamodb:us-east-1:000000000000:table/orders";

  @TempDir Path s3;
  final ManualClock clock = new ManualClock(T0);
  SableEngine engine;

  @AfterEach
  void close() {
    if (engine != null) {
      engine.close();
    }
  }

  DynamoDbClient engine(ExportSource source) throws Exception {
    Files.createDirectories(s3.resolve("bucket"));
    engine =
        SableEngine.builder()
            .clock(clock)
            .ttlSweepInterval(Duration.ZERO)
            .autoScalingInterval(Duration.ZERO)
            .s3Root(s3)
            .exportSource(source)
            .build();
    DynamoDbClient client = engine.dynamoDbClient();
    client.createTable(
        b -> b.tableName("orders")
            .billingMode(BillingMode.PAY_PER_REQUEST)
            .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build())
            .attributeDefinitions(
                AttributeDefinition.builder()
                    .attributeName("pk")
                    .attributeType(ScalarAttributeType.S)
                    .build()));
    for (int i = 0; i < 3; i++) {
      int n = i;
      client.putItem(
          b -> b.tableName("orders")
              .item(Map.of("pk", AttributeValue.fromS("o-" + n), "n", AttributeValue.fromN("" + n))));
    }
    return client;
  }

  DynamoDbClient engine() throws Exception {
    return engine(new CurrentItemsSource(T0.minus(Duration.ofDays(1))));
  }

  @Test
  void exportTableToPointInTime_whenNoS3Root_failsNamingTheOption() {
    engine = SableEngine.builder().clock(clock).ttlSweepInterval(Duration.ZERO).build();
    assertThatThrownBy(
            () -> engine.dynamoDbClient()
                .exportTableToPointInTime(b -> b.tableArn(TABLE_ARN).s3Bucket("bucket")))
        .isInstanceOf(DynamoDbException.class)
        .hasMessageContaining("ExportTableToPointInTime needs an S3 root")
        .hasMessageContaining("--s3-root")
        .satisfies(e -> assertThat(((DynamoDbException) e).awsErrorDetails().errorCode())
            .isEqualTo("ValidationException"));
  }

  @Test
  void exportTableToPointInTime_whenDefaultSource_failsAsWithoutPointInTimeRecovery() throws Exception {
    // API Reference, ExportTableToPointInTime, Errors: PointInTimeRecoveryUnavailableException
    // ("Point in time recovery has not yet been enabled for this source table").
    DynamoDbClient client = engine(ExportSource.UNAVAILABLE);
    assertThatThrownBy(
            () -> client.exportTableToPointInTime(b -> b.tableArn(TABLE_ARN).s3Bucket("bucket")))
        .isInstanceOf(PointInTimeRecoveryUnavailableException.class)
        .hasMessageContaining("orders");
    assertThat(Files.list(s3.resolve("bucket"))).isEmpty();
  }

  @Test
  void exportTableToPointInTime_whenTableMissing_throwsTableNotFound() throws Exception {
    DynamoDbClient client = engine();
    assertThatThrownBy(
            () -> client.exportTableToPointInTime(
                b -> b.tableArn(TABLE_ARN + "x").s3Bucket("bucket")))
        .isInstanceOf(TableNotFoundException.class);
  }

  @Test
  void exportTableToPointInTime_whenExportTimeInFuture_throwsInvalidExportTime() throws Exception {
    DynamoDbClient client = engine();
    assertThatThrownBy(
            () -> client.exportTableToPointInTime(
                b -> b.tableArn(TABLE_ARN).s3Bucket("bucket").exportTime(T0.plusSeconds(60))))
        .isInstanceOf(InvalidExportTimeException.class);
    assertThatThrownBy(
            () -> client.exportTableToPointInTime(
                b -> b.tableArn(TABLE_ARN).s3Bucket("bucket").exportTime(T0.minus(Duration.ofDays(2)))))
        .isInstanceOf(InvalidExportTimeException.class);
  }

  @Test
  void exportTableToPointInTime_whenDone_writesDynamoDbLayoutWithChecksums() throws Exception {
    // Developer Guide, "DynamoDB table export output format": manifest-summary.json,
    // manifest-files.json (JSON lines: itemCount, md5Checksum, etag, dataFileS3Key), their
    // checksum files, _started, and data/*.json.gz of {"Item":{...}} lines.
    DynamoDbClient client = engine();
    ExportDescription export =
        client.exportTableToPointInTime(
                b -> b.tableArn(TABLE_ARN).s3Bucket("bucket").s3Prefix("2026-Mar"))
            .exportDescription();
    assertThat(export.exportArn()).matches(TABLE_ARN + "/export/\\d{14}-[0-9a-f]{8}");
    String exportId = export.exportArn().substring(export.exportArn().lastIndexOf('/') + 1);
    Path folder = s3.resolve("bucket/2026-Mar/AWSDynamoDB").resolve(exportId);
    assertThat(folder.resolve("_started")).isEmptyFile();
    Map<String, Object> summary =
        TransferFiles.flatJson(Files.readString(folder.resolve("manifest-summary.json")));
    assertThat(summary)
        .containsEntry("version", "2020-06-30")
        .containsEntry("exportArn", export.exportArn())
        .containsEntry("tableArn", TABLE_ARN)
        .containsEntry("s3Bucket", "bucket")
        .containsEntry("s3Prefix", "2026-Mar")
        .containsEntry("exportTime", T0.toString())
        .containsEntry("itemCount", 3L)
        .containsEntry("outputFormat", "DYNAMODB_JSON")
        .containsEntry(
            "manifestFilesS3Key", "2026-Mar/AWSDynamoDB/" + exportId + "/manifest-files.json");
    assertThat(Files.readString(folder.resolve("manifest-summary.checksum")))
        .isEqualTo(hexMd5(Files.readAllBytes(folder.resolve("manifest-summary.json"))));
    assertThat(Files.readString(folder.resolve("manifest-files.checksum")))
        .isEqualTo(hexMd5(Files.readAllBytes(folder.resolve("manifest-files.json"))));
    List<Map<String, Object>> files = TransferFiles.flatJsonLines(folder.resolve("manifest-files.json"));
    assertThat(files).hasSize(1);
    Map<String, Object> file = files.get(0);
    String key = (String) file.get("dataFileS3Key");
    assertThat(key).matches("2026-Mar/AWSDynamoDB/" + exportId + "/data/[a-z2-7]{26}\\.json\\.gz");
    byte[] object = Files.readAllBytes(s3.resolve("bucket").resolve(key));
    byte[] md5 = MessageDigest.getInstance("MD5").digest(object);
    assertThat(file.get("md5Checksum")).isEqualTo(Base64.getEncoder().encodeToString(md5));
    assertThat(file.get("etag"))
        .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(md5)) + "-1");
    assertThat(file.get("itemCount")).isEqualTo(3L);
    List<String> lines = TransferFiles.gunzip(s3.resolve("bucket").resolve(key)).lines().toList();
    assertThat(lines).hasSize(3).allMatch(line -> line.startsWith("{\"Item\":{"));
    List<Map<String, AttributeValue>> items = new ArrayList<>();
    for (String line : lines) {
      items.add(DynamoDbJson.parseLine(line));
    }
    assertThat(items)
        .contains(Map.of("pk", AttributeValue.fromS("o-1"), "n", AttributeValue.fromN("1")));
  }

  @Test
  void exportTableToPointInTime_whenIon_writesIonLines() throws Exception {
    // Developer Guide, "DynamoDB table export output format", Amazon Ion: each line begins with
    // $ion_1_0, then {Item:{...}}, numbers as Ion decimals; files named .ion.gz.
    DynamoDbClient client = engine();
    ExportDescription export =
        client.exportTableToPointInTime(
                b -> b.tableArn(TABLE_ARN).s3Bucket("bucket").exportFormat(ExportFormat.ION))
            .exportDescription();
    String exportId = export.exportArn().substring(export.exportArn().lastIndexOf('/') + 1);
    Path data = s3.resolve("bucket/AWSDynamoDB").resolve(exportId).resolve("data");
    Path file;
    try (var list = Files.list(data)) {
      file = list.findFirst().orElseThrow();
    }
    assertThat(file.getFileName().toString()).endsWith(".ion.gz");
    assertThat(TransferFiles.gunzip(file).lines())
        .hasSize(3)
        .anyMatch(
            line -> line.startsWith("$ion_1_0 {Item:{")
                && line.contains("pk:\"o-2\"")
                && line.contains("n:2."));
  }

  @Test
  void describeExport_onManualClock_isInProgressThenCompleted() throws Exception {
    DynamoDbClient client = engine();
    ExportDescription started =
        client.exportTableToPointInTime(b -> b.tableArn(TABLE_ARN).s3Bucket("bucket"))
            .exportDescription();
    assertThat(started.exportStatus()).isEqualTo(ExportStatus.IN_PROGRESS);
    assertThat(started.itemCount()).isNull();
    assertThat(started.endTime()).isNull();
    clock.advance(TransferSettings.DEFAULT_DURATION.minusMillis(1));
    assertThat(client.describeExport(b -> b.exportArn(started.exportArn())).exportDescription()
            .exportStatus())
        .isEqualTo(ExportStatus.IN_PROGRESS);
    clock.advance(Duration.ofMillis(1));
    ExportDescription done =
        client.describeExport(b -> b.exportArn(started.exportArn())).exportDescription();
    assertThat(done.exportStatus()).isEqualTo(ExportStatus.COMPLETED);
    assertThat(done.itemCount()).isEqualTo(3);
    assertThat(done.billedSizeBytes()).isPositive();
    assertThat(done.startTime()).isEqualTo(T0);
    assertThat(done.endTime()).isEqualTo(T0.plus(TransferSettings.DEFAULT_DURATION));
    assertThat(done.exportManifest()).endsWith("/manifest-summary.json");
    assertThat(s3.resolve("bucket").resolve(done.exportManifest())).exists();
  }

  @Test
  void exportTableToPointInTime_whenBucketMissing_fails() throws Exception {
    DynamoDbClient client = engine();
    ExportDescription export =
        client.exportTableToPointInTime(b -> b.tableArn(TABLE_ARN).s3Bucket("nobucket"))
            .exportDescription();
    assertThat(export.exportStatus()).isEqualTo(ExportStatus.FAILED);
    assertThat(export.failureCode()).isEqualTo("S3NoSuchBucket");
    assertThat(s3.resolve("nobucket")).doesNotExist();
  }

  @Test
  void exportTableToPointInTime_whenClientTokenReused_isIdempotentOrConflicts() throws Exception {
    // API Reference, ExportTableToPointInTime, ClientToken: identical calls within 8 hours have
    // the effect of one; the same token with other parameters is a conflict.
    DynamoDbClient client = engine();
    String first =
        client.exportTableToPointInTime(
                b -> b.tableArn(TABLE_ARN).s3Bucket("bucket").clientToken("t-1"))
            .exportDescription()
            .exportArn();
    clock.advance(Duration.ofSeconds(5));
    String again =
        client.exportTableToPointInTime(
                b -> b.tableArn(TABLE_ARN).s3Bucket("bucket").clientToken("t-1"))
            .exportDescription()
            .exportArn();
    assertThat(again).isEqualTo(first);
    assertThat(client.listExports(b -> {}).exportSummaries()).hasSize(1);
    assertThatThrownBy(
            () -> client.exportTableToPointInTime(
                b -> b.tableArn(TABLE_ARN).s3Bucket("bucket").s3Prefix("p").clientToken("t-1")))
        .isInstanceOf(ExportConflictException.class);
  }

  @Test
  void listExports_whenMoreThanMaxResults_pagesWithNextToken() throws Exception {
    DynamoDbClient client = engine();
    List<String> arns = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      clock.advance(Duration.ofMillis(1));
      arns.add(
          client.exportTableToPointInTime(b -> b.tableArn(TABLE_ARN).s3Bucket("bucket"))
              .exportDescription()
              .exportArn());
    }
    List<String> listed = new ArrayList<>();
    String token = null;
    int pages = 0;
    do {
      String next = token;
      ListExportsResponse page =
          client.listExports(b -> b.tableArn(TABLE_ARN).maxResults(2).nextToken(next));
      assertThat(page.exportSummaries()).hasSizeLessThanOrEqualTo(2);
      page.exportSummaries().stream().map(ExportSummary::exportArn).forEach(listed::add);
      token = page.nextToken();
      pages++;
    } while (token != null);
    assertThat(pages).isEqualTo(3);
    assertThat(listed).isEqualTo(arns);
    assertThat(client.listExports(b -> b.tableArn(TABLE_ARN + "-other")).exportSummaries()).isEmpty();
    assertThatThrownBy(() -> client.listExports(b -> b.nextToken("00ff")))
        .isInstanceOf(DynamoDbException.class)
        .hasMessageContaining("Invalid NextToken");
  }

  @Test
  void listExports_whenMaxResultsAboveTwentyFive_failsValidation() throws Exception {
    // API Reference, ListExports, MaxResults: "Valid Range: Minimum value of 1. Maximum value of 25."
    DynamoDbClient client = engine();
    assertThatThrownBy(() -> client.listExports(b -> b.maxResults(26)))
        .isInstanceOf(DynamoDbException.class)
        .hasMessageContaining("1 validation error detected: Value '26' at 'maxResults' failed to"
            + " satisfy constraint: Member must have value less than or equal to 25");
  }

  @Test
  void describeExport_whenUnknown_throwsExportNotFound() throws Exception {
    DynamoDbClient client = engine();
    assertThatThrownBy(
            () -> client.describeExport(b -> b.exportArn(TABLE_ARN + "/export/01234567890123-abcdef01")))
        .isInstanceOf(ExportNotFoundException.class);
  }

  static String hexMd5(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
  }
}
