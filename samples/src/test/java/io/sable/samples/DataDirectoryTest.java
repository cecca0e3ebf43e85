package io.sable.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.sable.engine.SableEngine;
import io.sable.samples.store.SampleDataDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The samples' embedded engine kept in a data directory (shown on the e-commerce sample, whose
 * catalogue loads in well under a second; the flights sample shares the code): loaded once, reused,
 * reloaded by {@code --fresh} or when stale, a foreign directory left alone, a locked one refused.
 */
class DataDirectoryTest {

  private static final String TODAY = "2026-11-22";

  @TempDir
  Path dir;

  private SampleRun run(String... args) {
    List<String> all = new ArrayList<>(List.of("--data-dir", dir.toString(), "--today", TODAY));
    all.addAll(List.of(args));
    return SampleRun.of("ecommerce", all);
  }

  @Test
  void command_whenDataDirectoryIsNew_loadsIt_andTheNextRunReusesItWithItsWrites() {
    SampleRun first = run("place-order", "tomas", "LAMP-300:1");
    SampleRun second = run("order", "tomas-0003");

    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.err()).startsWith("loaded the shop into the embedded engine (" + dir + ")");
    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(second.err()).as("no second load").isEmpty();
    assertThat(second.lines().get(1)).startsWith("tomas-0003  tomas   2026-11-22  PENDING");
    assertThat(dir.resolve(SampleDataDirectory.MARKER)).content().contains("state=ready", "sample=ecommerce");
  }

  @Test
  void fresh_reloadsTheSampleData_droppingEarlierWrites() {
    run("place-order", "tomas", "LAMP-300:1");

    SampleRun fresh = run("--fresh", "order", "tomas-0003");

    assertThat(fresh.exitCode()).as(fresh.err()).isZero();
    assertThat(fresh.err()).startsWith("loaded the shop");
    assertThat(fresh.lines()).containsExactly("0 orders", "", "0 order lines");
  }

  @Test
  void command_whenTheDirectoryHoldsAnotherDataSet_saysSoAndReloads() {
    run("catalogue");

    SampleRun otherDay = SampleRun.of("ecommerce", "--data-dir", dir.toString(), "--today", "2026-11-23",
        "pending-orders", "--days", "1");

    assertThat(otherDay.exitCode()).as(otherDay.err()).isZero();
    assertThat(otherDay.err()).startsWith("reloading " + dir + ": it holds catalog.json for 2026-11-22 in table Shop, "
        + "not catalog.json for 2026-11-23 in table Shop");
  }

  @Test
  void command_whenTheLastLoadDidNotFinish_reloads() throws Exception {
    run("catalogue");
    Path marker = dir.resolve(SampleDataDirectory.MARKER);
    Files.writeString(marker, Files.readString(marker).replace("state=ready", "state=loading"));

    SampleRun result = run("catalogue");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err()).startsWith("reloading " + dir + ": its last load did not finish");
  }

  @Test
  void command_whenTheEngineCannotReadTheSamplesDirectory_saysSoAndReloads() throws Exception {
    run("catalogue");
    try (Stream<Path> files = Files.list(dir)) {
      for (Path snapshot : files.filter(f -> f.getFileName().toString().startsWith("snapshot-")).toList()) {
        byte[] bytes = Files.readAllBytes(snapshot);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(snapshot, bytes);
      }
    }

    SampleRun result = run("catalogue");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err()).startsWith("reloading " + dir + ": the engine cannot read it (");
    assertThat(result.lines()).last().asString().isEqualTo("12 products");
  }

  @Test
  void command_whenTheDirectoryIsNotTheSamples_leavesItAloneWithOneLine() throws Exception {
    Files.writeString(dir.resolve("notes.txt"), "mine");

    SampleRun result = run("--fresh", "catalogue");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err().strip()).isEqualTo("error: " + dir + " is not the ecommerce sample's data directory (it has "
        + "no sable-sample.properties), so it is left alone; choose another --data-dir, or empty it");
    assertThat(dir.resolve("notes.txt")).hasContent("mine");
  }

  @Test
  void command_whenAnotherRunHoldsTheDirectory_failsWithOneLine() {
    run("catalogue");

    try (SableEngine other = SableEngine.builder().dataDirectory(dir).build()) {
      SampleRun result = run("catalogue");

      assertThat(result.exitCode()).isEqualTo(1);
      assertThat(result.err().strip()).isEqualTo("error: the data directory " + dir + " is in use by another run of the "
          + "ecommerce sample (or a server); wait for it to finish, or choose another --data-dir");
    }
  }

  @Test
  void load_onTheEmbeddedEngine_reloadsTheDataDirectory() {
    run("place-order", "tomas", "LAMP-300:1");

    SampleRun load = run("load");

    assertThat(load.exitCode()).as(load.err()).isZero();
    assertThat(run("order", "tomas-0003").lines()).containsExactly("0 orders", "", "0 order lines");
  }

  @Test
  void defaultPath_isUnderTheSystemPropertysRootInTests() {
    assertThat(SampleDataDirectory.defaultPath("flights"))
        .isEqualTo(Path.of(System.getProperty(SampleDataDirectory.ROOT_PROPERTY), "flights"));
  }
}
