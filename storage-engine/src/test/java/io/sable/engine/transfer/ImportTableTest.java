package io.sable.engine.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.airlift.compress.zstd.ZstdOutputStream;
import io.sable.engine.ManualClock;
import io.sable.engine.SableEngine;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ImportConflictException;
import software.amazon.awssdk.services.dynamodb.model.ImportNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ImportStatus;
import software.amazon.awssdk.services.dynamodb.model.ImportSummary;
import software.amazon.awssdk.services.dynamodb.model.ImportTableDescription;
import software.amazon.awssdk.services.dynamodb.model.ImportTableRequest;
import software.amazon.awssdk.services.dynamodb.model.InputCompressionType;
import software.amazon.awssdk.services.dynamodb.model.InputFormat;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ListImportsResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableCreationParameters;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * ImportTable, DescribeImport and ListImports, by the API Reference ("ImportTable",
 * "ImportTableDescription", "CsvOptions", "ListImports") and the Developer Guide ("DynamoDB data
 * import from Amazon S3", "Import format quotas and validation").
 */
class ImportTableTest {
  static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  @TempDir Path s3;
  final ManualClock clock = new ManualClock(T0);
  SableEngine engine;
  DynamoDbClient client;

  @BeforeEach
  void start() throws Exception {
    Files.createDirectories(s3.resolve("bucket"));
    engine =
        SableEngine.builder()
            .clock(clock)
            .ttlSweepInterval(Duration.ZERO)
            .autoScalingInterval(Duration.ZERO)
            .s3Root(s3)
            .build();
    client = engine.dynamoDbClient();
  }

  @AfterEach
  void close() {
    engine.close();
  }

  static TableCreationParameters table(String name, ScalarAttributeType sortType) {
    TableCreationParameters.Builder table =
        TableCreationParameters.builder()
            .tableName(name)
            .billingMode(BillingMode.PAY_PER_REQUEST);
    if (sortType == null) {
      return table
          .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build())
          .attributeDefinitions(
              AttributeDefinition.builder().attributeName("pk").attributeType("S").build())
          .build();
    }
    return table
        .keySchema(
            KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
            KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build())
        .attributeDefinitions(
            AttributeDefinition.builder().attributeName("pk").attributeType("S").build(),
            AttributeDefinition.builder().attributeName("sk").attributeType(sortType).build())
        .build();
  }

  ImportTableDescription importTable(Consumer<ImportTableRequest.Builder> request) {
    return client.importTable(request).importTableDescription();
  }

  Map<String, AttributeValue> get(String table, Map<String, AttributeValue> key) {
    return client.getItem(b -> b.tableName(table).key(key)).item();
  }

  @Test
  void importTable_whenNoS3Root_failsNamingTheOption() {
    SableEngine bare = SableEngine.builder().ttlSweepInterval(Duration.ZERO).build();
    try {
      assertThatThrownBy(
              () -> bare.dynamoDbClient().importTable(
                  b -> b.s3BucketSource(s -> s.s3Bucket("bucket"))
                      .inputFormat(InputFormat.DYNAMODB_JSON)
                      .tableCreationParameters(table("tb1", null))))
          .isInstanceOf(DynamoDbException.class)
          .hasMessageContaining("ImportTable needs an S3 root")
          .hasMessageContaining("s3Root");
    } finally {
      bare.close();
    }
  }

  @Test
  void importTable_whenCsvWithHeaderListAndDelimiter_typesOnlyKeyAttributes() throws Exception {
    // API Reference, CsvOptions: with HeaderList, the first line of each file is data. Developer
    // Guide, "Import format quotas and validation": CSV values are imported as strings, except the
    // key attributes, typed by the AttributeDefinitions.
    TransferFiles.put(s3, "bucket", "csv/part-1.csv",
        "a;1;10;x\nb;2;20;\n".getBytes(StandardCharsets.UTF_8));
    ImportTableDescription done =
        importTable(b -> b.s3BucketSource(s -> s.s3Bucket("bucket").s3KeyPrefix("csv/"))
            .inputFormat(InputFormat.CSV)
            .inputFormatOptions(o -> o.csv(c -> c.delimiter(";").headerList("pk", "sk", "qty", "note")))
            .tableCreationParameters(table("csv1", ScalarAttributeType.N)));
    clock.advance(TransferSettings.DEFAULT_DURATION);
    assertThat(get("csv1", Map.of("pk", AttributeValue.fromS("a"), "sk", AttributeValue.fromN("1"))))
        .isEqualTo(Map.of(
            "pk", AttributeValue.fromS("a"),
            "sk", AttributeValue.fromN("1"),
            "qty", AttributeValue.fromS("10"),
            "note", AttributeValue.fromS("x")));
    assertThat(get("csv1", Map.of("pk", AttributeValue.fromS("b"), "sk", AttributeValue.fromN("2"))))
        .containsOnlyKeys("pk", "sk", "qty");
    ImportTableDescription described =
        client.describeImport(b -> b.importArn(done.importArn())).importTableDescription();
    assertThat(described.importedItemCount()).isEqualTo(2);
    assertThat(described.errorCount()).isZero();
  }

  @Test
  void importTable_whenCsvWithoutHeaderList_readsFirstLineAsHeader() throws Exception {
    TransferFiles.put(s3, "bucket", "h/one.csv",
        "pk,city\np1,\"Paris, FR\"\np2,Lyon\n".getBytes(StandardCharsets.UTF_8));
    TransferFiles.put(s3, "bucket", "h/two.csv",
        "city,pk\nRome,p3\n".getBytes(StandardCharsets.UTF_8));
    ImportTableDescription done =
        importTable(b -> b.s3BucketSource(s -> s.s3Bucket("bucket").s3KeyPrefix("h/"))
            .inputFormat(InputFormat.CSV)
            .tableCreationParameters(table("csv2", null)));
    clock.advance(TransferSettings.DEFAULT_DURATION);
    assertThat(get("csv2", Map.of("pk", AttributeValue.fromS("p1"))))
        .containsEntry("city", AttributeValue.fromS("Paris, FR"));
    assertThat(get("csv2", Map.of("pk", AttributeValue.fromS("p3"))))
        .containsEntry("city", AttributeValue.fromS("Rome"));
    assertThat(client.describeImport(b -> b.importArn(done.importArn())).importTableDescription()
            .importedItemCount())
        .isEqualTo(3);
  }

  @Test
  void importTable_whenGzipDynamoDbJson_importsItems() throws Exception {
    TransferFiles.put(s3, "bucket", "g/data.json.gz", TransferFiles.gzip(
        "{\"Item\":{\"pk\":{\"S\":\"k1\"},\"tags\":{\"SS\":[\"a\",\"b\"]}}}\n"
            + "{\"Item\":{\"pk\":{\"S\":\"k2\"},\"m\":{\"M\":{\"x\":{\"N\":\"1.50\"}}}}}\n"));
    ImportTableDescription done =
        importTable(b -> b.s3BucketSource(s -> s.s3Bucket("bucket").s3KeyPrefix("g/"))
            .inputFormat(InputFormat.DYNAMODB_JSON)
            .inputCompressionType(InputCompressionType.GZIP)
            .tableCreationParameters(table("gzp", null)));
    clock.advance(TransferSettings.DEFAULT_DURATION);
    assertThat(get("gzp", Map.of("pk", AttributeValue.fromS("k1"))))
        .containsEntry("tags", AttributeValue.fromSs(List.of("a", "b")));
    ImportTableDescription described =
        client.describeImport(b -> b.importArn(done.importArn())).importTableDescription();
    assertThat(described.importedItemCount()).isEqualTo(2);
    assertThat(described.processedSizeBytes())
        .isEqualTo(Files.size(s3.resolve("bucket/g/data.json.gz")));
    assertThat(described.inputCompressionType()).isEqualTo(InputCompressionType.GZIP);
  }

  @Test
  void importTable_whenZstdIon_importsItems() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZstdOutputStream zstd = new ZstdOutputStream(bytes)) {
      zstd.write(("$ion_1_0 {Item:{pk:\"z1\",n:6d2,b:{{aGk=}},s:$dynamodb_NS::[1.,2.]}}\n"
          + "$ion_1_0 {Item:{pk:\"z2\",nothing:null,flag:true,l:[\"x\",1.]}}\n")
          .getBytes(StandardCharsets.UTF_8));
    }
    TransferFiles.put(s3, "bucket", "z/data.ion.zst", bytes.toByteArray());
    importTable(b -> b.s3BucketSource(s -> s.s3Bucket("bucket").s3KeyPrefix("z/"))
        .inputFormat(InputFormat.ION)
        .inputCompressionType(InputCompressionType.ZSTD)
        .tableCreationParameters(table("zst", null)));
    clock.advance(TransferSettings.DEFAULT_DURATION);
    Map<String, AttributeValue> z1 = get("zst", Map.of("pk", AttributeValue.fromS("z1")));
    assertThat(z1.get("n")).isEqualTo(AttributeValue.fromN("600"));
    assertThat(z1.get("b").b().asUtf8String()).isEqualTo("hi");
    assertThat(z1.get("s").ns()).containsExactlyInAnyOrder("1", "2");
    assertThat(get("zst", Map.of("pk", AttributeValue.fromS("z2"))))
        .containsEntry("nothing", AttributeValue.fromNul(true))
        .containsEntry("flag", AttributeValue.fromBool(true))
        .containsEntry("l", AttributeValue.fromL(List.of(AttributeValue.fromS("x"), AttributeValue.fromN("1"))));
  }

  @Test
  void importTable_whenLinesAreMalformed_skipsAndCountsThem() throws Exception {
    // Developer Guide, "Import format quotas and validation": invalid items are skipped and
    // logged (here counted in ErrorCount); ProcessedItemCount counts every line read.
    TransferFiles.put(s3, "bucket", "bad/data.json", String.join("\n",
            "{\"Item\":{\"pk\":{\"S\":\"ok1\"}}}",
            "{\"Item\":{\"pk\":{\"S\":\"broken\"}",
            "{\"Item\":{\"other\":{\"S\":\"no key\"}}}",
            "{\"Item\":{\"pk\":{\"N\":\"1\"}}}",
            "{\"Item\":{\"pk\":{\"S\":\"x\"},\"n\":{\"N\":\"not a number\"}}}",
            "{\"Thing\":{\"pk\":{\"S\":\"ok2\"}}}",
            "{\"Item\":{\"pk\":{\"S\":\"ok2\"}}}",
            "")
        .getBytes(StandardCharsets.UTF_8));
    ImportTableDescription started =
        importTable(b -> b.s3BucketSource(s -> s.s3Bucket("bucket").s3KeyPrefix("bad/"))
            .inputFormat(InputFormat.DYNAMODB_JSON)
            .tableCreationParameters(table("bad", null)));
    clock.advance(TransferSettings.DEFAULT_DURATION);
    ImportTableDescription done =
        client.describeImport(b -> b.importArn(started.importArn())).importTableDescription();
    assertThat(done.importStatus()).isEqualTo(ImportStatus.COMPLETED);
    assertThat(done.processedItemCount()).isEqualTo(7);
    assertThat(done.importedItemCount()).isEqualTo(2);
    assertThat(done.errorCount()).isEqualTo(5);
    assertThat(client.scan(b -> b.tableName("bad")).count()).isEqualTo(2);
  }

  @Test
  void importTable_withGlobalSecondaryIndex_indexesItemsAndSkipsMistypedIndexKeys() throws Exception {
    // Developer Guide, "DynamoDB data import from Amazon S3": global secondary indexes can be
    // created with the table; an item whose index key has the wrong type is an error.
    TransferFiles.put(s3, "bucket", "gsi/data.json", String.join("\n",
            "{\"Item\":{\"pk\":{\"S\":\"a\"},\"city\":{\"S\":\"Paris\"}}}",
            "{\"Item\":{\"pk\":{\"S\":\"b\"},\"city\":{\"N\":\"7\"}}}",
            "{\"Item\":{\"pk\":{\"S\":\"c\"}}}")
        .getBytes(StandardCharsets.UTF_8));
    TableCreationParameters withIndex = table("gsi", null).toBuilder()
        .attributeDefinitions(
            AttributeDefinition.builder().attributeName("pk").attributeType("S").build(),
            AttributeDefinition.builder().attributeName("city").attributeType("S").build())
        .globalSecondaryIndexes(g -> g.indexName("by-city")
            .keySchema(KeySchemaElement.builder().attributeName("city").keyType(KeyType.HASH).build())
            .projection(p -> p.projectionType("ALL")))
        .build();
    ImportTableDescription started =
        importTable(b -> b.s3BucketSource(s -> s.s3Bucket("bucket").s3KeyPrefix("gsi/"))
            .inputFormat(InputFormat.DYNAMODB_JSON)
            .tableCreationParameters(withIndex));
    clock.advance(TransferSettings.DEFAULT_DURATION);
    ImportTableDescription done =
        client.describeImport(b -> b.importArn(started.importArn())).importTableDescription();
    assertThat(done.importedItemCount()).isEqualTo(2);
    assertThat(done.errorCount()).isEqualTo(1);
    assertThat(client.query(b -> b.tableName("gsi").indexName("by-city")
            .keyConditionExpression("city = :c")
            .expressionAttributeValues(Map.of(":c", AttributeValue.fromS("Paris"))))
        .items())
        .extracting(item -> item.get("pk").s())
        .containsExactly("a");
  }

  @Test
  void importTable_onManualClock_isInProgressWithTableCreatingThenCompletedAndActive() throws Exception {
    TransferFiles.put(s3, "bucket", "s/data.json",
        "{\"Item\":{\"pk\":{\"S\":\"a\"}}}\n".getBytes(StandardCharsets.UTF_8));
    ImportTableDescription started =
        importTable(b -> b.s3BucketSource(s -> s.s3Bucket("bucket").s3KeyPrefix("s/"))
            .inputFormat(InputFormat.DYNAMODB_JSON)
            .tableCreationParameters(table("sta", null)));
    assertThat(started.importStatus()).isEqualTo(ImportStatus.IN_PROGRESS);
    assertThat(started.endTime()).isNull();
    assertThat(started.tableArn()).isEqualTo("arn:aws:dynamodb:us-east-1:000000000000:table/sta");
    assertThat(started.importArn()).matches(started.tableArn() + "/import/\\d{14}-[0-9a-f]{8}");
    assertThat(client.describeTable(b -> b.tableName("sta")).table().tableStatus())
        .isEqualTo(TableStatus.CREATING);
    assertThatThrownBy(() -> get("sta", Map.of("pk", AttributeValue.fromS("a"))))
        .isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(() -> client.deleteTable(b -> b.tableName("sta")))
        .isInstanceOf(ResourceInUseException.class)
        .hasMessageContaining("Table is being created");
    clock.advance(TransferSettings.DEFAULT_DURATION);
    ImportTableDescription done =
        client.describeImport(b -> b.importArn(started.importArn())).importTableDescription();
    assertThat(done.importStatus()).isEqualTo(ImportStatus.COMPLETED);
    assertThat(done.endTime()).isEqualTo(T0.plus(TransferSettings.DEFAULT_DURATION));
    assertThat(done.importedItemCount()).isEqualTo(1);
    assertThat(client.describeTable(b -> b.tableName("sta")).table().tableStatus())
        .isEqualTo(TableStatus.ACTIVE);
    assertThat(get("sta", Map.of("pk", AttributeValue.fromS("a")))).isNotNull();
  }

  @Test
  void importTable_whenTableExists_throwsResourceInUse() {
    client.createTable(b -> b.tableName("taken")
        .billingMode(BillingMode.PAY_PER_REQUEST)
        .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build())
        .attributeDefinitions(
            AttributeDefinition.builder().attributeName("pk").attributeType("S").build()));
    assertThatThrownBy(
            () -> importTable(b -> b.s3BucketSource(s -> s.s3Bucket("bucket"))
                .inputFormat(InputFormat.DYNAMODB_JSON)
                .tableCreationParameters(table("taken", null))))
        .isInstanceOf(ResourceInUseException.class)
        .hasMessageContaining("taken");
    assertThat(client.listImports(b -> {}).importSummaryList()).isEmpty();
  }

  @Test
  void importTable_whenTableCreationParametersInvalid_failsAsCreateTable() {
    TableCreationParameters noDefinition =
        table("bad-def", null).toBuilder()
            .attributeDefinitions(
                AttributeDefinition.builder().attributeName("other").attributeType("S").build())
            .build();
    String createTableMessage;
    try {
      client.createTable(b -> b.tableName("bad-def")
          .billingMode(BillingMode.PAY_PER_REQUEST)
          .keySchema(noDefinition.keySchema())
          .attributeDefinitions(noDefinition.attributeDefinitions()));
      throw new AssertionError("CreateTable accepted it");
    } catch (DynamoDbException e) {
      createTableMessage = e.awsErrorDetails().errorMessage();
    }
    assertThatThrownBy(
            () -> importTable(b -> b.s3BucketSource(s -> s.s3Bucket("bucket"))
                .inputFormat(InputFormat.DYNAMODB_JSON)
                .tableCreationParameters(noDefinition)))
        .isInstanceOf(DynamoDbException.class)
        .satisfies(e -> assertThat(((DynamoDbException) e).awsErrorDetails().errorMessage())
            .isEqualTo(createTableMessage));
  }

  @Test
  void importTable_whenBucketMissing_failsWithoutCreatingTheTable() {
    ImportTableDescription done =
        importTable(b -> b.s3BucketSource(s -> s.s3Bucket("nobucket"))
            .inputFormat(InputFormat.DYNAMODB_JSON)
            .tableCreationParameters(table("nob", null)));
    assertThat(done.importStatus()).isEqualTo(ImportStatus.FAILED);
    assertThat(done.failureCode()).isEqualTo("S3NoSuchBucket");
    assertThatThrownBy(() -> client.describeTable(b -> b.tableName("nob")))
        .isInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void importTable_whenClientTokenReused_isIdempotentOrConflicts() {
    // API Reference, ImportTable, ClientToken: the same token with other parameters within 8
    // hours is an ImportConflictException.
    ImportTableDescription first =
        importTable(b -> b.s3BucketSource(s -> s.s3Bucket("bucket"))
            .inputFormat(InputFormat.DYNAMODB_JSON).clientToken("c-1")
            .tableCreationParameters(table("idem", null)));
    ImportTableDescription again =
        importTable(b -> b.s3BucketSource(s -> s.s3Bucket("bucket"))
            .inputFormat(InputFormat.DYNAMODB_JSON).clientToken("c-1")
            .tableCreationParameters(table("idem", null)));
    assertThat(again.importArn()).isEqualTo(first.importArn());
    assertThatThrownBy(
            () -> importTable(b -> b.s3BucketSource(s -> s.s3Bucket("bucket"))
                .inputFormat(InputFormat.ION).clientToken("c-1")
                .tableCreationParameters(table("idem", null))))
        .isInstanceOf(ImportConflictException.class);
  }

  @Test
  void listImports_whenMoreThanPageSize_pagesWithNextToken() {
    List<String> arns = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      int n = i;
      clock.advance(Duration.ofMillis(1));
      arns.add(importTable(b -> b.s3BucketSource(s -> s.s3Bucket("bucket"))
              .inputFormat(InputFormat.DYNAMODB_JSON)
              .tableCreationParameters(table("page" + n, null)))
          .importArn());
    }
    List<String> listed = new ArrayList<>();
    String token = null;
    int pages = 0;
    do {
      String next = token;
      ListImportsResponse page = client.listImports(b -> b.pageSize(2).nextToken(next));
      page.importSummaryList().stream().map(ImportSummary::importArn).forEach(listed::add);
      token = page.nextToken();
      pages++;
    } while (token != null);
    assertThat(pages).isEqualTo(3);
    assertThat(listed).isEqualTo(arns);
    assertThat(client.listImports(
            b -> b.tableArn("arn:aws:dynamodb:us-east-1:000000000000:table/page3"))
        .importSummaryList())
        .extracting(ImportSummary::importArn)
        .containsExactly(arns.get(3));
  }

  @Test
  void importTable_whenCsvDelimiterNotAllowed_failsValidation() {
    // API Reference, CsvOptions, Delimiter: "Fixed length of 1. Pattern: [,;:|\t ]".
    assertThatThrownBy(
            () -> importTable(b -> b.s3BucketSource(s -> s.s3Bucket("bucket"))
                .inputFormat(InputFormat.CSV)
                .inputFormatOptions(o -> o.csv(c -> c.delimiter("x")))
                .tableCreationParameters(table("delim", null))))
        .isInstanceOf(DynamoDbException.class)
        .hasMessageContaining("at 'inputFormatOptions.csv.delimiter' failed to satisfy constraint:"
            + " Member must satisfy regular expression pattern: [,;:|\\t ]");
    assertThatThrownBy(
            () -> importTable(b -> b.s3BucketSource(s -> s.s3Bucket("bucket"))
                .inputFormat(InputFormat.ION)
                .inputFormatOptions(o -> o.csv(c -> c.delimiter(";")))
                .tableCreationParameters(table("delim", null))))
        .isInstanceOf(DynamoDbException.class)
        .hasMessageContaining("InputFormatOptions.Csv can only be specified when InputFormat is CSV");
  }

  @Test
  void describeImport_whenUnknown_throwsImportNotFound() {
    assertThatThrownBy(() -> client.describeImport(
            b -> b.importArn("arn:aws:dynamodb:us-east-1:000000000000:table/x/import/01234567890123-abcdef01")))
        .isInstanceOf(ImportNotFoundException.class);
  }
}
