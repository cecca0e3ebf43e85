package io.sable.samples;

import java.io.PrintWriter;
import java.net.URI;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What every sample's command line shares: where the table lives ({@code --endpoint}, {@code
 * --region}) and how results are printed (one line each, then {@code count: N}).
 */
public abstract class SampleCommand {

  @Spec
  private CommandSpec spec;

  @Option(names = "--endpoint", paramLabel = "URL",
      description = "A DynamoDB endpoint, such as http://localhost:8000 for DynamoDB Local. Default: the embedded "
          + "engine.")
  private URI endpoint;

  @Option(names = "--region", defaultValue = "us-east-1", description = "The region of --endpoint (${DEFAULT-VALUE}).")
  private String region;

  /** The backend the options name: a fresh embedded engine, or a client of {@code --endpoint}. */
  protected final Backend backend() {
    return endpoint == null ? Backend.embedded() : Backend.remote(endpoint, region);
  }

  /** Whether {@code --endpoint} names a DynamoDB endpoint (rather than the embedded engine). */
  public final boolean isRemote() {
    return endpoint != null;
  }

  /** This command's picocli spec, for {@code ParameterException}s. */
  protected final CommandSpec spec() {
    return spec;
  }

  /** Prints one line per result, then {@code count: N}. */
  protected final <T> void print(List<T> results, Function<T, String> line) {
    PrintWriter out = out();
    results.forEach(result -> out.println(line.apply(result)));
    out.printf("count: %d%n", results.size());
    out.flush();
  }

  /** Standard output. */
  protected final PrintWriter out() {
    return spec.commandLine().getOut();
  }

  /** Standard error, where loading reports its time. */
  protected final PrintWriter err() {
    return spec.commandLine().getErr();
  }
}
