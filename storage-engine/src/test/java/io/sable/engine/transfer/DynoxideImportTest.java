package io.sable.engine.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import io.sable.dynoxide.DynoxideBinary;
import io.sable.engine.ManualClock;
import io.sable.engine.SableEngine;
import io.sable.loopback.LoopbackEndpoint;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ExportDescription;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * A real consumer reads Sable's export: {@code dynoxide import} (dynoxide 1.2.1, which CI installs;
 * {@link DynoxideBinary} finds or installs it and fails the test if it cannot) loads a DynamoDB
 * JSON export written by the engine, and the loaded dynoxide answers the same Query, Scan and
 * GetItem as the engine. dynoxide reads {@code <source>/<TableName>/data/*.json.gz}, the layout of a
 * downloaded export folder ({@code AWSDynamoDB/<ExportId>}) named after its table.
 */
class DynoxideImportTest {
  static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  @TempDir Path work;

  @Test
  void dynoxideImport_ofAnExport_answersTheSameQueries() throws Exception {
    Path s3 = work.resolve("s3");
    Files.createDirectories(s3.resolve("bucket"));
    ManualClock clock = new ManualClock(T0);
    try (SableEngine engine = SableEngine.builder().clock(clock).ttlSweepInterval(Duration.ZERO)
        .autoScalingInterval(Duration.ZERO).s3Root(s3)
        .exportSource(new CurrentItemsSource(T0.minus(Duration.ofDays(1)))).build()) {
      DynamoDbClient sable = engine.dynamoDbClient();
      sable.createTable(b -> b.tableName("flights").billingMode(BillingMode.PAY_PER_REQUEST)
          .keySchema(
              KeySchemaElement.builder().attributeName("origin").keyType(KeyType.HASH).build(),
              KeySchemaElement.builder().attributeName("departure").keyType(KeyType.RANGE).build())
          .attributeDefinitions(
              AttributeDefinition.builder().attributeName("origin").attributeType("S").build(),
              AttributeDefinition.builder().attributeName("departure").attributeType("N").build()));
      String[] origins = {"ORD", "SFO", "JFK", "LAX"};
      for (int i = 0; i < 120; i++) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("origin", AttributeValue.fromS(origins[i % origins.length]));
        item.put("departure", AttributeValue.fromN(Integer.toString(1000 + i * 7)));
        item.put("delay", AttributeValue.fromN(Integer.toString((i * 37) % 240 - 20)));
        item.put("destination", AttributeValue.fromS(origins[(i + 1) % origins.length]));
        item.put("cancelled", AttributeValue.fromBool(i % 11 == 0));
        item.put("crew", AttributeValue.fromSs(List.of("c" + i, "c" + (i + 1))));
        item.put("legs", AttributeValue.fromL(List.of(
            AttributeValue.fromM(Map.of("n", AttributeValue.fromN("1.5"))), AttributeValue.fromNul(true))));
        item.put("blob", AttributeValue.fromB(SdkBytes.fromUtf8String("b" + i)));
        sable.putItem(b -> b.tableName("flights").item(item));
      }
      ExportDescription export = sable.exportTableToPointInTime(b -> b
              .tableArn("arn:aws:dynamodb:us-east-1:000000000000:table/flights")
              .s3Bucket("bucket").s3Prefix("exports"))
          .exportDescription();
      String exportId = export.exportArn().substring(export.exportArn().lastIndexOf('/') + 1);

      Path source = work.resolve("source");
      Files.createDirectories(source);
      Files.createSymbolicLink(
          source.resolve("flights"), s3.resolve("bucket/exports/AWSDynamoDB").resolve(exportId));
      Path schema = work.resolve("schema.json");
      Files.writeString(schema, "[{\"Table\":{\"TableName\":\"flights\",\"KeySchema\":["
          + "{\"AttributeName\":\"origin\",\"KeyType\":\"HASH\"},"
          + "{\"AttributeName\":\"departure\",\"KeyType\":\"RANGE\"}],\"AttributeDefinitions\":["
          + "{\"AttributeName\":\"origin\",\"AttributeType\":\"S\"},"
          + "{\"AttributeName\":\"departure\",\"AttributeType\":\"N\"}]}}]");
      Path database = work.resolve("flights.db");
      Path binary = DynoxideBinary.locate();
      run(List.of(binary.toString(), "import", "--source", source.toString(),
          "--schema", schema.toString(), "--output", database.toString()));

      Process server = null;
      LoopbackEndpoint endpoint = LoopbackEndpoint.of(LoopbackEndpoint.freePort());
      Path log = work.resolve("dynoxide.log");
      try {
        server = new ProcessBuilder(binary.toString(), "--db-path", database.toString(),
                "--host", LoopbackEndpoint.HOST,
                "--port", Integer.toString(endpoint.address().getPort()))
            .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try (DynamoDbClient dynoxide = awaitClient(server, endpoint, log)) {
          for (String origin : origins) {
            QueryRequest query = QueryRequest.builder().tableName("flights")
                .keyConditionExpression("origin = :o AND departure BETWEEN :a AND :b")
                .filterExpression("delay > :d")
                .expressionAttributeValues(Map.of(
                    ":o", AttributeValue.fromS(origin), ":a", AttributeValue.fromN("1100"),
                    ":b", AttributeValue.fromN("1600"), ":d", AttributeValue.fromN("30")))
                .build();
            assertThat(dynoxide.query(query).items()).isEqualTo(sable.query(query).items());
          }
          assertThat(scan(dynoxide)).hasSize(120).isEqualTo(scan(sable));
          Map<String, AttributeValue> key = Map.of(
              "origin", AttributeValue.fromS("SFO"), "departure", AttributeValue.fromN("1007"));
          assertThat(dynoxide.getItem(b -> b.tableName("flights").key(key)).item())
              .isNotEmpty()
              .isEqualTo(sable.getItem(b -> b.tableName("flights").key(key)).item());
        }
      } finally {
        if (server != null) {
          server.destroy();
          if (!server.waitFor(5, TimeUnit.SECONDS)) {
            server.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
          }
        }
      }
    }
  }

  static Set<Map<String, AttributeValue>> scan(DynamoDbClient client) {
    return new HashSet<>(client.scan(b -> b.tableName("flights")).items());
  }

  static void run(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(String.join(" ", command) + " did not finish");
    }
    assertThat(process.exitValue())
        .as("%s: %s", String.join(" ", command), new String(output, StandardCharsets.UTF_8))
        .isZero();
  }

  // The child process's startup, not the engine: there is no clock to advance here.
  static DynamoDbClient awaitClient(Process server, LoopbackEndpoint endpoint, Path log)
      throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < deadline && server.isAlive()) {
      if (listening(endpoint.address())) {
        DynamoDbClient client = endpoint.client();
        try {
          client.listTables();
          return client;
        } catch (SdkException e) {
          client.close();
        }
      }
      TimeUnit.MILLISECONDS.sleep(20);
    }
    throw new AssertionError("dynoxide did not answer: " + Files.readString(log));
  }

  static boolean listening(InetSocketAddress address) {
    try (Socket socket = new Socket()) {
      socket.connect(address, 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
