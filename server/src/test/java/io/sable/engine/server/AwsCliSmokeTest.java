package io.sable.engine.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.sable.engine.SableEngine;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A client Sable did not write: the AWS CLI ({@code aws dynamodb ...}, Debian package {@code
 * awscli}, which {@code .ci/run} installs) creates a table with a GSI, writes, reads and queries
 * the index against a server, and reads a table's stream ({@code aws dynamodbstreams ...}), with
 * dummy credentials from the environment.
 *
 * <p>Fails if the CLI is not on the PATH; skipped only with {@code -Dsable.awscli.skip=true}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AwsCliSmokeTest {
  private SableEngine engine;
  private SableServer server;
  private SableServer verifying;
  private Path aws;

  @BeforeAll
  void start() {
    Assumptions.assumeFalse(Boolean.getBoolean("sable.awscli.skip"), "sable.awscli.skip=true");
    aws = findOnPath("aws");
    assertThat(aws).as("the AWS CLI ('aws') is not on the PATH: install it (apt-get install awscli),"
        + " or skip this test with -Dsable.awscli.skip=true").isNotNull();
    engine = SableEngine.create();
    server = SableServer.start(engine);
    verifying = SableServer.builder(engine).credentials("sable", "sable").start();
  }

  @AfterAll
  void stop() {
    if (server != null) {
      server.close();
      verifying.close();
      engine.close();
    }
  }

  @Test
  void awsCli_whenCreatingWritingAndQueryingAGsi_worksUnchanged() throws Exception {
    String created = aws("create-table", "--table-name", "cli",
        "--attribute-definitions", "AttributeName=pk,AttributeType=S", "AttributeName=sk,AttributeType=N",
        "AttributeName=city,AttributeType=S",
        "--key-schema", "AttributeName=pk,KeyType=HASH", "AttributeName=sk,KeyType=RANGE",
        "--billing-mode", "PAY_PER_REQUEST",
        "--global-secondary-indexes",
        "IndexName=byCity,KeySchema=[{AttributeName=city,KeyType=HASH}],Projection={ProjectionType=ALL}");
    assertThat(created).contains("\"TableStatus\": \"ACTIVE\"").contains("\"IndexName\": \"byCity\"");

    aws("put-item", "--table-name", "cli", "--item",
        "{\"pk\":{\"S\":\"a\"},\"sk\":{\"N\":\"1\"},\"city\":{\"S\":\"Oslo\"},\"tags\":{\"SS\":[\"x\",\"y\"]}}");
    aws("put-item", "--table-name", "cli", "--item",
        "{\"pk\":{\"S\":\"b\"},\"sk\":{\"N\":\"2\"},\"city\":{\"S\":\"Oslo\"},\"blob\":{\"B\":\"AAEC\"}}");
    aws("put-item", "--table-name", "cli", "--item",
        "{\"pk\":{\"S\":\"c\"},\"sk\":{\"N\":\"3\"},\"city\":{\"S\":\"Lima\"}}");

    String item = aws("get-item", "--table-name", "cli", "--key", "{\"pk\":{\"S\":\"a\"},\"sk\":{\"N\":\"1\"}}");
    String oslo = aws("query", "--table-name", "cli", "--index-name", "byCity",
        "--key-condition-expression", "city = :c",
        "--expression-attribute-values", "{\":c\":{\"S\":\"Oslo\"}}");
    String tables = aws("list-tables");

    assertThat(item).contains("\"tags\"").contains("\"Oslo\"");
    assertThat(oslo).contains("\"Count\": 2").doesNotContain("Lima")
        // AWS CLI 1 sends a blob argument's text as bytes; AWS CLI 2 decodes it from base64.
        .containsAnyOf("\"B\": \"AAEC\"", "\"B\": \"QUFFQw==\"");
    assertThat(tables).contains("\"cli\"");
  }

  @Test
  void awsCli_whenReadingAStream_listsDescribesAndGetsRecords() throws Exception {
    String created = aws("create-table", "--table-name", "streamed",
        "--attribute-definitions", "AttributeName=pk,AttributeType=S",
        "--key-schema", "AttributeName=pk,KeyType=HASH",
        "--billing-mode", "PAY_PER_REQUEST",
        "--stream-specification", "StreamEnabled=true,StreamViewType=NEW_AND_OLD_IMAGES");
    assertThat(created).contains("\"LatestStreamArn\"");
    aws("put-item", "--table-name", "streamed", "--item", "{\"pk\":{\"S\":\"a\"},\"n\":{\"N\":\"1\"}}");
    aws("update-item", "--table-name", "streamed", "--key", "{\"pk\":{\"S\":\"a\"}}",
        "--update-expression", "SET n = :two", "--expression-attribute-values", "{\":two\":{\"N\":\"2\"}}");
    aws("delete-item", "--table-name", "streamed", "--key", "{\"pk\":{\"S\":\"a\"}}");

    String arn = engine.dynamoDbClient().describeTable(b -> b.tableName("streamed")).table().latestStreamArn();
    String listed = streams("list-streams", "--table-name", "streamed");
    String described = streams("describe-stream", "--stream-arn", arn);
    String shardId = engine.dynamoDbStreamsClient().describeStream(b -> b.streamArn(arn))
        .streamDescription().shards().get(0).shardId();
    String iterator = streams("get-shard-iterator", "--stream-arn", arn, "--shard-id", shardId,
        "--shard-iterator-type", "TRIM_HORIZON", "--query", "ShardIterator", "--output", "text").strip();
    String records = streams("get-records", "--shard-iterator", iterator);

    assertThat(listed).contains(arn);
    assertThat(described).contains("\"StreamStatus\": \"ENABLED\"").contains(shardId);
    assertThat(records).containsSubsequence("\"INSERT\"", "\"MODIFY\"", "\"REMOVE\"")
        .contains("\"NextShardIterator\"").contains("\"ApproximateCreationDateTime\"");
  }

  /**
   * The CLI (botocore) signs no {@code x-amz-content-sha256} header, unlike the AWS SDK for Java;
   * a server with {@code --credentials} verifies its signatures, for DynamoDB Streams (whose
   * signing name is {@code dynamodb} too) as well.
   */
  @Test
  void awsCli_whenServerVerifiesSignatures_isAcceptedWithItsKeyAndRefusedWithAnother() throws Exception {
    Result tables = runIn(verifying, "sable", "dynamodb", "list-tables");
    Result streams = runIn(verifying, "sable", "dynamodbstreams", "list-streams");
    Result wrongSecret = runIn(verifying, "not the secret", "dynamodb", "list-tables");

    assertThat(tables.exitCode()).as(tables.output()).isZero();
    assertThat(streams.exitCode()).as(streams.output()).isZero();
    assertThat(wrongSecret.exitCode()).isNotZero();
    assertThat(wrongSecret.output()).contains("InvalidSignatureException");
  }

  @Test
  void awsCli_whenTableMissing_reportsResourceNotFound() throws Exception {
    Result result = run("describe-table", "--table-name", "missing");

    assertThat(result.exitCode()).isNotZero();
    assertThat(result.output()).contains("ResourceNotFoundException");
  }

  private record Result(int exitCode, String output) {}

  private String aws(String... arguments) throws Exception {
    return succeed("dynamodb", arguments);
  }

  private String streams(String... arguments) throws Exception {
    return succeed("dynamodbstreams", arguments);
  }

  private String succeed(String service, String... arguments) throws Exception {
    Result result = runIn(service, arguments);
    assertThat(result.exitCode()).as(result.output()).isZero();
    return result.output();
  }

  private Result run(String... arguments) throws IOException, InterruptedException {
    return runIn("dynamodb", arguments);
  }

  // The last --output wins, so a test may ask for text after the default json.
  private Result runIn(String service, String... arguments) throws IOException, InterruptedException {
    return runIn(server, "sable", service, arguments);
  }

  private Result runIn(SableServer target, String secret, String service, String... arguments)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(aws.toString(), service));
    command.addAll(List.of("--endpoint-url", target.endpoint().toString(), "--output", "json"));
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    Map<String, String> environment = builder.environment();
    environment.put("AWS_ACCESS_KEY_ID", "sable");
    environment.put("AWS_SECRET_ACCESS_KEY", secret);
    environment.put("AWS_DEFAULT_REGION", "us-east-1");
    environment.put("AWS_REGION", "us-east-1");
    environment.put("AWS_PAGER", "");
    environment.put("AWS_EC2_METADATA_DISABLED", "true");
    environment.put("AWS_CONFIG_FILE", "/dev/null");
    environment.put("AWS_SHARED_CREDENTIALS_FILE", "/dev/null");
    Process process = builder.start();
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("aws " + String.join(" ", arguments) + " did not finish");
    }
    return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
  }

  private static Path findOnPath(String name) {
    for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(directory, name);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}
