package io.sable.engine.server.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sable.engine.server.crash.CrashRun.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@code serve --data-dir} survives {@code kill -9}: the crash test of issue 17, across processes,
 * on loopback (see {@link CrashRun}).
 *
 * <p>The suite runs the short version (20 rounds of up to 0.7 s of writes, fsync). {@code
 * bin/crash-test} runs the long one through the same test with system properties: {@code
 * sable.crash.rounds}, {@code sable.crash.durability} ({@code fsync} or {@code periodic:MS}),
 * {@code sable.crash.writers}, {@code sable.crash.writeMillis}, {@code sable.crash.roundsPerTable},
 * {@code sable.crash.seed}, and {@code sable.crash.report} (a file the summary is appended to).
 *
 * <p>Why nothing may be lost even with {@code periodic}: a SIGKILL ends the process, not the
 * machine, and what the server has written to its log file is in the OS page cache; the periodic
 * loss window is for a power or OS failure. DynamoDB's rule being pinned: a write is durable once
 * acknowledged, and "TransactWriteItems is an all-or-nothing operation" with a ClientRequestToken
 * that makes a retry within 10 minutes idempotent (Amazon DynamoDB Developer Guide, "Amazon
 * DynamoDB Transactions: How it works"; API Reference, "TransactWriteItems").
 */
class ServeCrashRecoveryTest {

  @Test
  void serve_whenKilledAtRandomMomentsWhileWriting_losesNoAcknowledgedWrite(@TempDir Path dir) throws IOException {
    CrashRun run = new CrashRun(dir.resolve("data"),
        System.getProperty("sable.crash.durability", "fsync"),
        Integer.getInteger("sable.crash.rounds", 20),
        Integer.getInteger("sable.crash.writers", 8),
        Integer.getInteger("sable.crash.writeMillis", 700),
        Integer.getInteger("sable.crash.roundsPerTable", 25),
        Long.getLong("sable.crash.seed", System.nanoTime()));

    Report report = run.run();

    String summary = report.summary() + " (seed " + run.seed() + ")";
    System.out.println("CRASH TEST " + summary);
    report.recoveryLog().stream().limit(20).forEach(line -> System.out.println("  serve: " + line));
    report.violations().stream().limit(50).forEach(line -> System.out.println("  VIOLATION " + line));
    String file = System.getProperty("sable.crash.report");
    if (file != null) {
      Files.writeString(Path.of(file), summary + System.lineSeparator()
          + String.join(System.lineSeparator(), report.violations().stream().limit(50).toList())
          + (report.violations().isEmpty() ? "" : System.lineSeparator()),
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
    assertThat(report.violations()).as(summary).isEmpty();
    assertThat(report.ackedWrites()).as("writes acknowledged before the kills").isGreaterThan(report.rounds());
  }

  @Test
  void crashRun_whenTheServerKeepsNothing_reportsTheLosses(@TempDir Path dir) {
    // The harness itself can fail: against serve in memory, a kill loses the table and its writes.
    Report report = new CrashRun(dir.resolve("data"), ServeProcess.IN_MEMORY, 1, 2, 300, 25, 17).run();

    assertThat(report.ackedWrites()).isPositive();
    assertThat(report.violations()).anyMatch(v -> v.contains("tables after restart are []"));
  }

  @Test
  void serve_whenTheDataDirectoryIsHeldByAnotherServer_refusesToStart(@TempDir Path dir) {
    Path data = dir.resolve("data");
    try (ServeProcess first = ServeProcess.start(data, "fsync")) {
      try (DynamoDbClient client = CrashRun.client(first.endpoint(), 1)) {
        client.createTable(b -> b.tableName("held").billingMode("PAY_PER_REQUEST")
            .keySchema(k -> k.attributeName("pk").keyType("HASH"))
            .attributeDefinitions(a -> a.attributeName("pk").attributeType("S")));
        client.putItem(b -> b.tableName("held").item(Map.of("pk", AttributeValue.fromS("a"))));
      }

      assertThatThrownBy(() -> ServeProcess.start(data, "fsync").close())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("did not start")
          .hasMessageContaining("is in use by another Sable engine");

      try (DynamoDbClient client = CrashRun.client(first.endpoint(), 1)) {
        assertThat(client.getItem(b -> b.tableName("held").consistentRead(true)
            .key(Map.of("pk", AttributeValue.fromS("a")))).item()).containsKey("pk");
      }
    }
  }
}
