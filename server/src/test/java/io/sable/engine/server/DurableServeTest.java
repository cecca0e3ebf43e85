package io.sable.engine.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.sable.engine.SableEngine;
import io.sable.engine.storage.Durability;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code serve --data-dir}: data survives a SIGTERM and restart; options are checked. */
class DurableServeTest {
  private static final Pattern STARTED =
      Pattern.compile("Sable serving DynamoDB's API at (http://127\\.0\\.0\\.1:\\d+) .*; data in .* \\(durability (.*)\\)");

  @TempDir Path directory;

  @Test
  void serve_whenDataDirGivenAndRestartedAfterSigterm_keepsTablesAndItems() throws Exception {
    Process first = start("--durability", "periodic:5");
    try (BufferedReader out = reader(first)) {
      Matcher started = STARTED.matcher(String.valueOf(out.readLine()));
      assertThat(started.matches()).isTrue();
      assertThat(started.group(2)).isEqualTo("periodic:5");
      URI endpoint = URI.create(started.group(1));
      var created = Wire.post(endpoint, "DynamoDB_20120810.CreateTable", "{\"TableName\":\"things\","
          + "\"BillingMode\":\"PAY_PER_REQUEST\",\"KeySchema\":[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"}],"
          + "\"AttributeDefinitions\":[{\"AttributeName\":\"pk\",\"AttributeType\":\"S\"}]}");
      assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
      assertThat(Wire.post(endpoint, "DynamoDB_20120810.PutItem",
          "{\"TableName\":\"things\",\"Item\":{\"pk\":{\"S\":\"a\"},\"v\":{\"N\":\"1\"}}}").statusCode()).isEqualTo(200);
      first.toHandle().destroy(); // SIGTERM
      List<String> rest = out.lines().toList();
      assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(rest).containsExactly("Sable server stopped");
    } finally {
      first.destroyForcibly();
    }
    try (Stream<Path> files = Files.list(directory)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .anyMatch(name -> name.startsWith("snapshot-"));
    }
    Process second = start();
    try (BufferedReader out = reader(second)) {
      Matcher started = STARTED.matcher(String.valueOf(out.readLine()));
      assertThat(started.matches()).isTrue();
      URI endpoint = URI.create(started.group(1));
      assertThat(Wire.post(endpoint, "DynamoDB_20120810.GetItem",
          "{\"TableName\":\"things\",\"Key\":{\"pk\":{\"S\":\"a\"}}}").body())
          .isEqualTo("{\"Item\":{\"pk\":{\"S\":\"a\"},\"v\":{\"N\":\"1\"}}}");
      second.toHandle().destroy();
      assertThat(second.waitFor(30, TimeUnit.SECONDS)).isTrue();
    } finally {
      second.destroyForcibly();
    }
  }

  @Test
  void serve_whenDataDirInUse_failsWithAClearMessage() {
    try (SableEngine holder = SableEngine.builder().dataDirectory(directory).build()) {
      StringWriter err = new StringWriter();
      CommandLine commandLine = new CommandLine(new ServerMain());
      commandLine.setErr(new PrintWriter(err, true));

      int exitCode = commandLine.execute("serve", "--port", "0", "--data-dir", directory.toString());

      assertThat(exitCode).isEqualTo(1);
      assertThat(err.toString()).contains("is in use by another Sable engine");
    }
  }

  @Test
  void serve_whenDurabilityGiven_buildsTheEngineWithIt() {
    try (SableEngine engine = parse("serve", "--data-dir", directory.toString(),
        "--durability", "periodic:10").engine()) {
      assertThat(engine.durableStore().durability())
          .isEqualTo(Durability.periodic(Duration.ofMillis(10)));
      assertThat(engine.durableStore().directory()).isEqualTo(directory);
    }
    try (SableEngine engine = parse("serve", "--data-dir", directory.toString()).engine()) {
      assertThat(engine.durableStore().durability()).isEqualTo(Durability.fsync());
    }
    try (SableEngine engine = parse("serve").engine()) {
      assertThat(engine.durableStore()).isNull();
    }
  }

  @Test
  void serve_whenDurabilityInvalid_failsWithUsageError() {
    StringWriter err = new StringWriter();
    CommandLine commandLine = new CommandLine(new ServerMain());
    commandLine.setErr(new PrintWriter(err, true));

    int exitCode = commandLine.execute("serve", "--port", "0", "--data-dir", directory.toString(),
        "--durability", "periodic:0");

    assertThat(exitCode).isEqualTo(2);
    assertThat(err.toString()).contains("durability must be fsync or periodic:MS");
  }

  private Process start(String... extra) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new java.util.ArrayList<>(List.of(java, "-Dlog4j2.shutdownHookEnabled=false",
        "-cp", System.getProperty("java.class.path"), ServerMain.class.getName(), "serve", "--port", "0",
        "--data-dir", directory.toString()));
    command.addAll(List.of(extra));
    return new ProcessBuilder(command).redirectErrorStream(false).start();
  }

  private static BufferedReader reader(Process process) {
    return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
  }

  private static ServerMain.Serve parse(String... args) {
    CommandLine.ParseResult result = new CommandLine(new ServerMain()).parseArgs(args);
    return (ServerMain.Serve) result.subcommand().commandSpec().userObject();
  }
}
