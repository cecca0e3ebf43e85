package io.sable.samples.flights;

import static org.assertj.core.api.Assertions.assertThat;

import io.sable.engine.SableEngine;
import io.sable.engine.server.SableServer;
import io.sable.samples.SampleRun;
import java.util.List;
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
  private SampleRun load;


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

  private static SampleRun run(String... args) {
    return SampleRun.of("flights", List.of(args));
  }

  @Test
  void load_whenEndpointIsServe_printsTheEmbeddedEnginesCounts() {
    SampleRun embedded = run("load");

    assertThat(load.exitCode()).as(load.err()).isZero();
    assertThat(load.lines()).isEqualTo(embedded.lines()).hasSize(3);
  }

  @ParameterizedTest
  @MethodSource("io.sable.samples.flights.FlightsCommandTest#commands")
  void command_whenEndpointIsServe_printsWhatTheEmbeddedEnginePrints(List<String> command) {
    SampleRun.assertSameOnEngineAndEndpoint(FlightsOverHttpTest::run, server.endpoint(), command);
  }

  @Test
  void query_whenTableMissingAtServe_saysRunLoadFirst() {
    SampleRun result = run("--endpoint", server.endpoint().toString(), "--table", "Missing", "routes", "SEA");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err().strip()).isEqualTo("error: table Missing does not exist at " + server.endpoint()
        + "; run `bin/flights --endpoint " + server.endpoint() + " --table Missing load` first");
  }

  @Test
  void load_overHttp_printsProgressWhileItRuns() {
    // 43,376 writes, each its own HTTP request: well over the first second.
    assertThat(load.err()).containsPattern("loading into " + server.endpoint() + ": [0-9,]+ of 43,376 writes \\(\\d+%\\), "
        + "[0-9,]+ writes/s");
  }

  @Test
  void command_whenNothingListensAtTheEndpoint_failsAtOnceInOneLine() {
    long start = System.nanoTime();
    SampleRun result = run("--endpoint", "http://127.0.0.1:1", "routes", "SEA");
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err().strip()).isEqualTo("error: cannot reach http://127.0.0.1:1 (connection refused); start it "
        + "first (bin/serve --port 1) or check --endpoint");
    assertThat(millis).as("a refused connection is not retried").isLessThan(2_000);
  }
}
