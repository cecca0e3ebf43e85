package io.sable.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the whole harness in smoke mode (tiny sizes, one short iteration, JMH in this JVM) and checks
 * that it produces every figure. Asserts nothing about speed.
 */
class BenchmarksSmokeTest {

  @Test
  void run_whenSmoking_reportsEveryFigureAndGoal(@TempDir Path dir) throws Exception {
    Report report = BenchmarksMain.run(
        new Settings(true, dir), EnumSet.allOf(BenchmarksMain.Stage.class), "smoke test");
    Path file = dir.resolve("RESULTS.md");
    report.write(file);

    assertThat(report.sections()).extracting(Section::title).hasSize(13);
    assertThat(report.sections().get(0).rowNames()).containsExactly(
        "PutItem", "GetItem", "UpdateItem with a ConditionExpression", "Query, 10 items", "Query, 200 items",
        "Query on a GSI, 10 items", "Scan, 500 items (all pages)", "BatchWriteItem, 25 puts",
        "TransactWriteItems, 4 puts", "Start-up to first PutItem, fresh JVM (ms, median of 1)",
        "Start-up to first PutItem, new instance in a warm JVM (ms, median of 3)");
    assertThat(report.sections().get(1).rowNames()).containsExactly(
        "PutItem", "GetItem", "Query, 200 items", "warm-up rounds, engine", "warm-up rounds, dynamodb-local",
        "kinds of JVM thread before the first instance / after the last was closed");
    assertThat(report.sections().get(2).rowNames()).hasSize(6);
    assertThat(report.sections().get(3).rowNames()).hasSize(6);
    assertThat(report.sections().get(3).markdown()).doesNotContain("| n/a |");
    assertThat(report.sections().get(4).rowNames())
        .containsExactly("PutItem", "GetItem", "Query, 200 items");
    assertThat(report.sections().get(5).rowNames()).hasSize(4);
    assertThat(report.sections().get(6).rowNames()).hasSize(4);
    assertThat(report.sections().get(7).rowNames()).containsExactly("PutItem", "GetItem", "PutItem", "GetItem");
    assertThat(report.sections().get(8).rowNames()).contains("load rate (items/s)", "heap per item (bytes)");
    assertThat(report.sections().get(9).rowNames()).hasSize(3);
    assertThat(report.sections().get(10).rowNames()).containsExactly(
        "serve --data-dir (fsync)", "serve --data-dir --durability periodic:10", "DynamoDB Local -dbPath",
        "dynoxide --db-path", "serve --data-dir (fsync)", "serve --data-dir --durability periodic:10",
        "DynamoDB Local -dbPath", "dynoxide --db-path");
    assertThat(report.sections().get(11).rowNames())
        .containsExactly("serve --data-dir", "DynamoDB Local -dbPath", "dynoxide --db-path");
    assertThat(report.sections().get(12).rowNames()).containsExactly(
        "Fresh JVM to first PutItem in process, from main (ms)",
        "Fresh JVM to first PutItem in process, from JVM start (ms)",
        "Fresh server: first PutItem answered, from process start (ms)",
        "Fresh server: PutItem/s over the first 1 s from process start");
    List<String> goals = report.targets().section().rowNames();
    assertThat(goals).hasSize(17);
    assertThat(Files.readString(file)).contains("## Targets", "Machine:", "smoke test");
  }
}
