package io.sable.engine.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sable.engine.ManualClock;
import io.sable.engine.SableEngine;
import io.sable.engine.value.Item;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ExportDescription;
import software.amazon.awssdk.services.dynamodb.model.ExportType;
import software.amazon.awssdk.services.dynamodb.model.ExportViewType;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;

/**
 * Incremental exports, by the Developer Guide ("DynamoDB table export output format", incremental
 * export: each line holds {@code Metadata.WriteTimestampMicros}, {@code Keys}, {@code NewImage} and,
 * with {@code NEW_AND_OLD_IMAGES}, {@code OldImage}; one line per changed item; data under the
 * shared {@code AWSDynamoDB/data/}; a summary with {@code exportFromTime}, {@code exportToTime},
 * {@code outputView} and {@code exportType}) and the API Reference ({@code
 * IncrementalExportSpecification}: start inclusive, end exclusive).
 */
class IncrementalExportTest {
  static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  static final String TABLE_ARN = "arn:aws:dynamodb:us-east-1:000000000000:table/orders";
  static final Map<String, AttributeValue> K1 = Map.of("pk", AttributeValue.fromS("k1"));
  static final Map<String, AttributeValue> K2 = Map.of("pk", AttributeValue.fromS("k2"));
  static final Map<String, AttributeValue> K3 = Map.of("pk", AttributeValue.fromS("k3"));

  @TempDir Path s3;
  final ManualClock clock = new ManualClock(T0.plus(Duration.ofHours(2)));
  final CurrentItemsSource source = new CurrentItemsSource(T0.minus(Duration.ofDays(1)));
  SableEngine engine;
  DynamoDbClient client;

  @BeforeEach
  void start() throws Exception {
    Files.createDirectories(s3.resolve("bucket"));
    engine = SableEngine.builder().clock(clock).ttlSweepInterval(Duration.ZERO)
        .autoScalingInterval(Duration.ZERO).s3Root(s3).exportSource(source).build();
    client = engine.dynamoDbClient();
    client.createTable(b -> b.tableName("orders").billingMode(BillingMode.PAY_PER_REQUEST)
        .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build())
        .attributeDefinitions(AttributeDefinition.builder().attributeName("pk").attributeType("S").build()));
    Item v1 = Item.of(ordered("k1", "1"));
    Item v2 = Item.of(ordered("k1", "2"));
    Item k2 = Item.of(Map.of("pk", AttributeValue.fromS("k2")));
    Item k3 = Item.of(Map.of("pk", AttributeValue.fromS("k3")));
    source.record(new Change(K1, null, v1, T0.minusSeconds(1)));           // before the window
    source.record(new Change(K1, v1, v2, T0.plusSeconds(10)));            // updated
    source.record(new Change(K2, k2, null, T0.plusSeconds(20)));          // deleted
    source.record(new Change(K3, null, k3, T0.plusSeconds(30)));          // created
    source.record(new Change(K3, k3, null, T0.plusSeconds(40)));          // and deleted: nothing
    source.record(new Change(K2, null, k2, T0.plus(Duration.ofHours(1)))); // at the end: excluded
  }

  @AfterEach
  void close() {
    engine.close();
  }

  List<String> lines(ExportDescription export) throws Exception {
    String exportId = export.exportArn().substring(export.exportArn().lastIndexOf('/') + 1);
    Path folder = s3.resolve("bucket/inc/AWSDynamoDB");
    List<Map<String, Object>> files =
        TransferFiles.flatJsonLines(folder.resolve(exportId).resolve("manifest-files.json"));
    assertThat(files).hasSize(1);
    String key = (String) files.get(0).get("dataFileS3Key");
    assertThat(key).startsWith("inc/AWSDynamoDB/data/");
    return TransferFiles.gunzip(s3.resolve("bucket").resolve(key)).lines().toList();
  }

  @Test
  void exportTableToPointInTime_whenIncrementalNewAndOldImages_writesOneLinePerChangedItem()
      throws Exception {
    ExportDescription export = client.exportTableToPointInTime(b -> b.tableArn(TABLE_ARN)
            .s3Bucket("bucket").s3Prefix("inc").exportType(ExportType.INCREMENTAL_EXPORT)
            .incrementalExportSpecification(s -> s.exportFromTime(T0)
                .exportToTime(T0.plus(Duration.ofHours(1)))))
        .exportDescription();
    assertThat(export.exportType()).isEqualTo(ExportType.INCREMENTAL_EXPORT);
    assertThat(export.incrementalExportSpecification().exportViewType())
        .isEqualTo(ExportViewType.NEW_AND_OLD_IMAGES);
    long micros1 = T0.plusSeconds(10).toEpochMilli() * 1000;
    long micros2 = T0.plusSeconds(20).toEpochMilli() * 1000;
    assertThat(lines(export)).containsExactly(
        "{\"Metadata\":{\"WriteTimestampMicros\":{\"N\":\"" + micros1 + "\"}},"
            + "\"Keys\":{\"pk\":{\"S\":\"k1\"}},"
            + "\"OldImage\":" + image("k1", "1") + ","
            + "\"NewImage\":" + image("k1", "2") + "}",
        "{\"Metadata\":{\"WriteTimestampMicros\":{\"N\":\"" + micros2 + "\"}},"
            + "\"Keys\":{\"pk\":{\"S\":\"k2\"}},"
            + "\"OldImage\":{\"pk\":{\"S\":\"k2\"}}}");
    String exportId = export.exportArn().substring(export.exportArn().lastIndexOf('/') + 1);
    Map<String, Object> summary = TransferFiles.flatJson(Files.readString(
        s3.resolve("bucket/inc/AWSDynamoDB").resolve(exportId).resolve("manifest-summary.json")));
    assertThat(summary)
        .containsEntry("exportFromTime", T0.toString())
        .containsEntry("exportToTime", T0.plus(Duration.ofHours(1)).toString())
        .containsEntry("outputView", "NEW_AND_OLD_IMAGES")
        .containsEntry("exportType", "INCREMENTAL_EXPORT")
        .containsEntry("itemCount", 2L)
        .doesNotContainKey("exportTime");
  }

  @Test
  void exportTableToPointInTime_whenIncrementalNewImage_leavesOldImagesOut() throws Exception {
    ExportDescription export = client.exportTableToPointInTime(b -> b.tableArn(TABLE_ARN)
            .s3Bucket("bucket").s3Prefix("inc").exportType(ExportType.INCREMENTAL_EXPORT)
            .incrementalExportSpecification(s -> s.exportFromTime(T0)
                .exportToTime(T0.plus(Duration.ofHours(1))).exportViewType(ExportViewType.NEW_IMAGE)))
        .exportDescription();
    List<String> lines = lines(export);
    assertThat(lines).hasSize(2).noneMatch(line -> line.contains("OldImage"));
    assertThat(lines.get(1)).endsWith("\"Keys\":{\"pk\":{\"S\":\"k2\"}}}");
  }

  @Test
  void exportTableToPointInTime_whenIncrementalWindowOutOfBounds_isRefused() {
    // Developer Guide, incremental export: the period is 15 minutes to 24 hours.
    assertThatThrownBy(() -> client.exportTableToPointInTime(b -> b.tableArn(TABLE_ARN)
            .s3Bucket("bucket").exportType(ExportType.INCREMENTAL_EXPORT)
            .incrementalExportSpecification(s -> s.exportFromTime(T0)
                .exportToTime(T0.plus(Duration.ofMinutes(14))))))
        .isInstanceOf(DynamoDbException.class)
        .hasMessageContaining("between 15 minutes and 24 hours");
    assertThatThrownBy(() -> client.exportTableToPointInTime(b -> b.tableArn(TABLE_ARN)
            .s3Bucket("bucket").exportType(ExportType.INCREMENTAL_EXPORT)))
        .isInstanceOf(DynamoDbException.class)
        .hasMessageContaining("ExportFromTime is required");
    assertThatThrownBy(() -> client.exportTableToPointInTime(b -> b.tableArn(TABLE_ARN)
            .s3Bucket("bucket")
            .incrementalExportSpecification(s -> s.exportFromTime(T0))))
        .isInstanceOf(DynamoDbException.class)
        .hasMessageContaining("INCREMENTAL_EXPORT");
  }

  // Attributes in a fixed order, so that the expected lines can be written out.
  static Map<String, AttributeValue> ordered(String pk, String v) {
    Map<String, AttributeValue> item = new java.util.LinkedHashMap<>();
    item.put("pk", AttributeValue.fromS(pk));
    item.put("v", AttributeValue.fromN(v));
    return item;
  }

  static String image(String pk, String v) {
    return "{\"pk\":{\"S\":\"" + pk + "\"},\"v\":{\"N\":\"" + v + "\"}}";
  }
}
