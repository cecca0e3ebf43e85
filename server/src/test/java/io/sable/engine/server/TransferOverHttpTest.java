package io.sable.engine.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sable.engine.ManualClock;
import io.sable.engine.SableEngine;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ImportStatus;
import software.amazon.awssdk.services.dynamodb.model.ImportTableDescription;
import software.amazon.awssdk.services.dynamodb.model.InputFormat;
import software.amazon.awssdk.services.dynamodb.model.PointInTimeRecoveryUnavailableException;

/**
 * ImportTable, DescribeImport, ListImports and ExportTableToPointInTime routed over HTTP, and
 * {@code serve --s3-root}.
 */
class TransferOverHttpTest {
  private static final Instant START = Instant.parse("2026-12-01T00:00:00Z");

  @TempDir Path s3;

  @Test
  void importTable_overHttp_loadsTheTableAndIsDescribed() throws Exception {
    Files.createDirectories(s3.resolve("bucket/in"));
    Files.writeString(s3.resolve("bucket/in/data.json"),
        "{\"Item\":{\"pk\":{\"S\":\"a\"},\"n\":{\"N\":\"7\"}}}\nnot json\n", StandardCharsets.UTF_8);
    ManualClock clock = new ManualClock(START);
    try (SableEngine engine = SableEngine.builder().clock(clock).ttlSweepInterval(Duration.ZERO)
            .autoScalingInterval(Duration.ZERO).s3Root(s3).build();
        SableServer server = SableServer.start(engine);
        DynamoDbClient client = HttpEngineClientProvider.client(server.endpoint())) {
      ImportTableDescription started = client.importTable(b -> b
              .s3BucketSource(s -> s.s3Bucket("bucket").s3KeyPrefix("in/"))
              .inputFormat(InputFormat.DYNAMODB_JSON)
              .tableCreationParameters(t -> t.tableName("imported")
                  .billingMode(BillingMode.PAY_PER_REQUEST)
                  .keySchema(k -> k.attributeName("pk").keyType("HASH"))
                  .attributeDefinitions(a -> a.attributeName("pk").attributeType("S"))))
          .importTableDescription();
      assertThat(started.importStatus()).isEqualTo(ImportStatus.IN_PROGRESS);
      assertThat(started.startTime()).isEqualTo(START);
      clock.advance(Duration.ofSeconds(1));
      ImportTableDescription done =
          client.describeImport(b -> b.importArn(started.importArn())).importTableDescription();
      assertThat(done.importStatus()).isEqualTo(ImportStatus.COMPLETED);
      assertThat(done.importedItemCount()).isEqualTo(1);
      assertThat(done.errorCount()).isEqualTo(1);
      assertThat(client.listImports(b -> {}).importSummaryList()).hasSize(1);
      assertThat(client.getItem(b -> b.tableName("imported")
              .key(Map.of("pk", AttributeValue.fromS("a")))).item())
          .containsEntry("n", AttributeValue.fromN("7"));
      // The engine has no point-in-time recovery source until one is wired in.
      assertThatThrownBy(() -> client.exportTableToPointInTime(b -> b
              .tableArn("arn:aws:dynamodb:us-east-1:000000000000:table/imported").s3Bucket("bucket")))
          .isInstanceOf(PointInTimeRecoveryUnavailableException.class);
    }
  }

  @Test
  void serve_whenS3RootGiven_buildsTheEngineWithIt() throws Exception {
    Files.createDirectories(s3.resolve("bucket"));
    CommandLine.ParseResult result =
        new CommandLine(new ServerMain()).parseArgs("serve", "--s3-root", s3.toString());
    ServerMain.Serve serve = (ServerMain.Serve) result.subcommand().commandSpec().userObject();
    try (SableEngine engine = serve.engine()) {
      assertThat(engine.dynamoDbClient().listImports(b -> {}).importSummaryList()).isEmpty();
      assertThatThrownBy(() -> engine.dynamoDbClient().importTable(b -> b
              .s3BucketSource(s -> s.s3Bucket("bucket"))
              .inputFormat(InputFormat.CSV)
              .tableCreationParameters(t -> t.tableName("from-csv")
                  .billingMode(BillingMode.PAY_PER_REQUEST)
                  .keySchema(k -> k.attributeName("pk").keyType("HASH"))
                  .attributeDefinitions(a -> a.attributeName("other").attributeType("S")))))
          .isInstanceOf(DynamoDbException.class)
          .hasMessageContaining("Hash Key not specified in Attribute Definitions");
    }
  }

  @Test
  void serve_whenS3RootMissing_failsWithUsageError() {
    StringWriter err = new StringWriter();
    CommandLine commandLine = new CommandLine(new ServerMain());
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute("serve", "--port", "0", "--s3-root", s3.resolve("nope").toString());
    assertThat(exitCode).isEqualTo(2);
    assertThat(err.toString()).contains("--s3-root").contains("is not a directory");
  }
}
