package io.sable.samples.flights;

import static org.assertj.core.api.Assertions.assertThat;

import io.sable.engine.SableEngine;
import io.sable.engine.server.SableServer;
import io.sable.samples.SamplesMain;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The flights sample with {@code --endpoint} pointed at Sable's server ({@code serve}, started in
 * process on a free port): {@code load} and the commands must print what they print on the
 * embedded engine.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FlightsOverHttpTest {
  private SableEngine engine;
  private SableServer server;
  private Result load;

  record Result(int exitCode, String out, String err) {
    List<String> lines() {
      return out.lines().toList();
    }
  }

  @BeforeAll
  void startAndLoad() {
    engine = SableEngine.create();
    server = SableServer.start(engine);
    load = run("--endpoint", server.endpoint().toString(), "load");
  }

  @AfterAll
  void stop() {
    server.close();
    engine.close();
  }

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var commandLine = SamplesMain.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    String[] full = Stream.concat(Stream.of("flights"), Stream.of(args)).toArray(String[]::new);
    return new Result(commandLine.execute(full), out.toString(), err.toString());
  }

  @Test
  void load_whenEndpointIsServe_printsTheEmbeddedEnginesCounts() {
    Result embedded = run("load");

    assertThat(load.exitCode()).as(load.err()).isZero();
    assertThat(load.lines()).isEqualTo(embedded.lines()).hasSize(3);
  }

  @ParameterizedTest
  @MethodSource("io.sable.samples.flights.FlightsCommandTest#commands")
  void command_whenEndpointIsServe_printsWhatTheEmbeddedEnginePrints(List<String> command) {
    Result embedded = run(command.toArray(String[]::new));
    List<String> remoteArgs = new ArrayList<>(List.of("--endpoint", server.endpoint().toString()));
    remoteArgs.addAll(command);
    Result overHttp = run(remoteArgs.toArray(String[]::new));

    assertThat(overHttp.exitCode()).as(overHttp.err()).isZero();
    assertThat(overHttp.lines()).isEqualTo(embedded.lines());
    assertThat(overHttp.lines()).last().asString().startsWith("count: ");
  }

  @Test
  void query_whenTableMissingAtServe_printsTheDynamoDbError() {
    Result result = run("--endpoint", server.endpoint().toString(), "--table", "Missing", "routes", "SEA");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).startsWith("error: ResourceNotFoundException");
  }
}
