package io.sable.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One run of the samples' command line, in process: its exit code and what it printed.
 *
 * @param exitCode 0 on success, 1 on a reported error, 2 on a usage error
 * @param out standard output
 * @param err standard error
 */
public record SampleRun(int exitCode, String out, String err) {

  /** Runs {@code sable-samples <args>}. */
  public static SampleRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var commandLine = SamplesMain.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(args);
    return new SampleRun(exitCode, out.toString(), err.toString());
  }

  /** Runs {@code sable-samples <sample> <args>}. */
  public static SampleRun of(String sample, List<String> args) {
    List<String> all = new ArrayList<>();
    all.add(sample);
    all.addAll(args);
    return of(all.toArray(String[]::new));
  }

  /** Standard output's lines. */
  public List<String> lines() {
    return out.lines().toList();
  }

  /** {@code lines} followed by {@code count: N}, as the samples print results. */
  public static List<String> withCount(List<String> lines) {
    List<String> all = new ArrayList<>(lines);
    all.add("count: " + lines.size());
    return all;
  }

  /**
   * Runs {@code command} through {@code run} twice, on the embedded engine and with {@code
   * --endpoint endpoint}, and checks that both succeed and print the same lines, ending with a
   * count: {@code count: N} or, under a table, {@code N flights}.
   */
  public static void assertSameOnEngineAndEndpoint(
      Function<String[], SampleRun> run, URI endpoint, List<String> command) {
    SampleRun engine = run.apply(command.toArray(String[]::new));
    List<String> remoteArgs = new ArrayList<>(List.of("--endpoint", endpoint.toString()));
    remoteArgs.addAll(command);
    SampleRun remote = run.apply(remoteArgs.toArray(String[]::new));

    assertThat(engine.exitCode()).as(engine.err()).isZero();
    assertThat(remote.exitCode()).as(remote.err()).isZero();
    assertThat(remote.lines()).isEqualTo(engine.lines());
    assertThat(remote.lines()).last().asString().matches("count: \\d+|[\\d,]+ [a-z ]+");
  }
}
