package io.sable.samples.flights;

import static org.assertj.core.api.Assertions.assertThat;

import io.sable.samples.SampleRun;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Help, version and usage errors of {@code bin/flights}: none of them opens a backend. */
class FlightsHelpTest {

  private static SampleRun run(String... args) {
    return SampleRun.of("flights", List.of(args));
  }

  @ParameterizedTest
  @ValueSource(strings = {"delayed --help", "delayed -h", "help delayed"})
  void help_whenAskedForASubcommand_printsThatSubcommandsUsage(String args) {
    SampleRun result = run(args.split(" "));

    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).startsWith("Usage: sable-samples flights delayed ")
        .contains("IATA MIN_DELAY", "--count", "--format=FORMAT", "--data-dir=DIR");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-V", "--version", "delayed -V"})
  void version_printsTheSamplesVersion(String args) {
    SampleRun result = run(args.split(" "));

    assertThat(result.exitCode()).isZero();
    assertThat(result.out().strip()).matches("Sable samples \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
  }

  @Test
  void delayed_whenAParameterIsMissing_printsDelayedsUsage() {
    SampleRun result = run("delayed", "ORD");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("Missing required parameter: 'MIN_DELAY'")
        .contains("Usage: sable-samples flights delayed ");
  }

  @Test
  void departures_whenToIsBeforeFrom_printsDeparturesUsageNotTheSamples() {
    SampleRun result = run("departures", "SEA", "2001-01-07", "2001-01-01");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("TO (2001-01-01) is before FROM (2001-01-07)")
        .contains("Usage: sable-samples flights departures ")
        .doesNotContain("Commands:");
  }

  @Test
  void format_whenUnknown_isAUsageErrorNamingTheChoices() {
    SampleRun result = run("routes", "SEA", "--format", "xml");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--format", "table, json, csv");
  }
}
