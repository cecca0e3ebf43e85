package io.sable.engine.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import io.sable.engine.SableEngine;
import io.sable.engine.capacity.scaling.AutoScalingPolicy;
import io.sable.engine.capacity.throughput.CapacitySimulation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** {@code serve} as a process: one line on start, serving, a clean stop on SIGTERM. */
class ServerMainTest {
  private static final Pattern STARTED =
      Pattern.compile("Sable serving DynamoDB's API at (http://127\\.0\\.0\\.1:\\d+) \\(signatures: .*\\)");

  @Test
  void serve_whenStartedThenSentSigterm_logsOneLineServesAndStopsCleanly() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // The test class path carries DynamoDB Local's Log4j, which the served jar does not; Netty
    // starts it on the accept thread, and when that happens during the SIGTERM, Log4j prints a
    // warning that it cannot register its own shutdown hook. Log4j needs no hook here.
    Process process = new ProcessBuilder(java, "-Dlog4j2.shutdownHookEnabled=false",
        "-cp", System.getProperty("java.class.path"),
        ServerMain.class.getName(), "serve", "--port", "0")
        .redirectErrorStream(true)
        .start();
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String first = out.readLine();
      Matcher started = STARTED.matcher(String.valueOf(first));
      assertThat(started.matches()).as(first).isTrue();
      URI endpoint = URI.create(started.group(1));

      assertThat(Wire.send(HttpRequest.newBuilder(endpoint).GET().build()).statusCode()).isEqualTo(200);
      assertThat(Wire.post(endpoint, "DynamoDB_20120810.ListTables", "{}").body())
          .isEqualTo("{\"TableNames\":[]}");

      process.toHandle().destroy();  // SIGTERM; Process.destroy() would also close our end of stdout
      List<String> rest = out.lines().toList();
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(rest).containsExactly("Sable server stopped");
      assertThat(process.exitValue()).isEqualTo(143);
    } finally {
      process.destroyForcibly();
    }
  }

  @Test
  void serve_whenThePortIsInUse_failsWithOneLineNamingTheFix() throws Exception {
    StringWriter err = new StringWriter();
    CommandLine commandLine = new CommandLine(new ServerMain());
    commandLine.setErr(new PrintWriter(err, true));

    try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      String port = String.valueOf(taken.getLocalPort());
      // Were the port free, serve would run until stopped: the timeout turns that into a failure.
      int exitCode = assertTimeoutPreemptively(Duration.ofSeconds(60),
          () -> commandLine.execute("serve", "--host", "127.0.0.1", "--port", port));

      assertThat(exitCode).isEqualTo(1);
      assertThat(err.toString().strip()).isEqualTo("sable-server: port " + port + " on 127.0.0.1 is already in use "
          + "(another bin/serve, or DynamoDB Local?); stop it, or choose another port with --port (0 picks a free one)");
    }
  }

  @Test
  void serve_whenCredentialsLackASecret_failsWithUsageError() {
    StringWriter err = new StringWriter();
    CommandLine commandLine = new CommandLine(new ServerMain());
    commandLine.setErr(new PrintWriter(err, true));

    int exitCode = commandLine.execute("serve", "--port", "0", "--credentials", "keyonly");

    assertThat(exitCode).isEqualTo(2);
    assertThat(err.toString()).contains("--credentials wants ACCESS_KEY:SECRET, got 'keyonly'");
  }

  @Test
  void serve_whenATimeoutIsNotPositive_failsWithUsageError() {
    StringWriter err = new StringWriter();
    CommandLine commandLine = new CommandLine(new ServerMain());
    commandLine.setErr(new PrintWriter(err, true));

    int exitCode = commandLine.execute("serve", "--port", "0", "--body-timeout", "0");

    assertThat(exitCode).isEqualTo(2);
    assertThat(err.toString()).contains("--body-timeout wants a whole number of seconds, at least 1, got 0");
  }

  @Test
  void serve_help_statesTheTimeoutsAndLimitsWithTheirDefaults() {
    StringWriter out = new StringWriter();
    CommandLine commandLine = new CommandLine(new ServerMain());
    commandLine.setOut(new PrintWriter(out, true));

    commandLine.execute("serve", "--help");

    assertThat(out.toString()).contains("--header-timeout=SECONDS", "--body-timeout=SECONDS",
        "--idle-timeout=SECONDS", "--max-connections-per-address=", "Default 10.", "Default 30.",
        "Default 75.", "Default 128.");
  }

  @ParameterizedTest
  @CsvSource({"off, OFF", "provisioned, PROVISIONED", "all, ALL", "ALL, ALL"})
  void serve_whenCapacityGiven_buildsTheEngineWithThatSimulation(String value, CapacitySimulation expected) {
    ServerMain.Serve serve = parse("serve", "--capacity", value);

    try (SableEngine engine = serve.engine()) {
      assertThat(engine.capacity().simulation()).isEqualTo(expected);
    }
  }

  @Test
  void serve_whenCapacityOmitted_throttlesProvisionedTables() {
    try (SableEngine engine = parse("serve").engine()) {
      assertThat(engine.capacity().simulation()).isEqualTo(CapacitySimulation.PROVISIONED);
    }
  }

  @Test
  void serve_whenCapacityUnknown_failsWithUsageError() {
    StringWriter err = new StringWriter();
    CommandLine commandLine = new CommandLine(new ServerMain());
    commandLine.setErr(new PrintWriter(err, true));

    int exitCode = commandLine.execute("serve", "--port", "0", "--capacity", "some");

    assertThat(exitCode).isEqualTo(2);
    assertThat(err.toString()).contains("--capacity wants off, provisioned or all, got 'some'");
  }

  @Test
  void serve_help_statesTheCapacityChoicesAndDefault() {
    StringWriter out = new StringWriter();
    CommandLine commandLine = new CommandLine(new ServerMain());
    commandLine.setOut(new PrintWriter(out, true));

    commandLine.execute("serve", "--help");

    assertThat(out.toString().replaceAll("\\s+", " "))
        .contains("--capacity=off|provisioned|all", "off (none;", "all (on-demand tables too)",
            "Default provisioned.");
  }

  @ParameterizedTest
  @CsvSource({"5:1000:70, 5, 1000, 70", "1:1:20, 1, 1, 20", "10:40000:90, 10, 40000, 90", "5:100:62.5, 5, 100, 62.5"})
  void serve_whenAutoScalingGiven_registersItAsTheDefaultPolicy(String value, long min, long max, double target) {
    try (SableEngine engine = parse("serve", "--auto-scaling", value).engine()) {
      assertThat(engine.autoScaling().defaultPolicy()).contains(new AutoScalingPolicy(min, max, target));
    }
  }

  @Test
  void serve_whenAutoScalingOmitted_registersNoDefaultPolicy() {
    try (SableEngine engine = parse("serve").engine()) {
      assertThat(engine.autoScaling().defaultPolicy()).isEmpty();
    }
  }

  static Stream<Arguments> invalidAutoScaling() {
    return Stream.of(
        Arguments.of("5:1000", ""),
        Arguments.of("5:1000:70:1", ""),
        Arguments.of("a:1000:70", " (For input string: \"a\")"),
        Arguments.of("5:1000:95", " (targetUtilization must be from 20 to 90 percent: 95.0)"),
        Arguments.of("5:1000:10", " (targetUtilization must be from 20 to 90 percent: 10.0)"),
        Arguments.of("10:5:70", " (need 1 <= minCapacity <= maxCapacity: 10, 5)"),
        Arguments.of("0:5:70", " (need 1 <= minCapacity <= maxCapacity: 0, 5)"));
  }

  @ParameterizedTest
  @MethodSource("invalidAutoScaling")
  void serve_whenAutoScalingInvalid_failsWithUsageError(String value, String reason) {
    StringWriter err = new StringWriter();
    CommandLine commandLine = new CommandLine(new ServerMain());
    commandLine.setErr(new PrintWriter(err, true));

    int exitCode = commandLine.execute("serve", "--port", "0", "--auto-scaling", value);

    assertThat(exitCode).isEqualTo(2);
    assertThat(err.toString()).contains("--auto-scaling wants MIN:MAX:TARGET, capacity units 1 <= MIN <= MAX"
        + " and TARGET percent from 20 to 90, got '" + value + "'" + reason);
  }

  @Test
  void serve_help_statesTheAutoScalingOption() {
    StringWriter out = new StringWriter();
    CommandLine commandLine = new CommandLine(new ServerMain());
    commandLine.setOut(new PrintWriter(out, true));

    commandLine.execute("serve", "--help");

    assertThat(out.toString().replaceAll("\\s+", " "))
        .contains("--auto-scaling=MIN:MAX:TARGET", "percent utilization (20 to 90)",
            "out after 2 minutes above the target, in after 15 below", "example 5:1000:70",
            "Default none");
  }

  private static ServerMain.Serve parse(String... args) {
    CommandLine.ParseResult result = new CommandLine(new ServerMain()).parseArgs(args);
    return (ServerMain.Serve) result.subcommand().commandSpec().userObject();
  }
}
