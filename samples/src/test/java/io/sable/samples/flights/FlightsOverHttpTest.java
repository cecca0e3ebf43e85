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
  void query_whenTableMissingAtServe_printsTheDynamoDbError() {
    SampleRun result = run("--endpoint", server.endpoint().toString(), "--table", "Missing", "routes", "SEA");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).startsWith("error: ResourceNotFoundException");
  }
}
