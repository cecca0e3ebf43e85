package io.sable.samples;

import io.sable.engine.SableEngine;
import io.sable.samples.output.OutputFormat;
import io.sable.samples.output.ResultTable;
import io.sable.samples.store.SampleDataDirectory;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * What every sample's command line shares: where the table lives ({@code --endpoint}, {@code
 * --region}, or the embedded engine in {@code --data-dir}, reloaded by {@code --fresh}) and how
 * results are printed. The options may stand before or after the command.
 */
public abstract class SampleCommand {

  @Spec
  private CommandSpec spec;

  @Option(names = "--endpoint", paramLabel = "URL", scope = ScopeType.INHERIT,
      description = "A DynamoDB endpoint, such as http://localhost:8000 for bin/serve or DynamoDB Local. Default: "
          + "the embedded engine, kept in --data-dir.")
  private URI endpoint;

  @Option(names = "--region", defaultValue = "us-east-1", scope = ScopeType.INHERIT,
      description = "The region of --endpoint (${DEFAULT-VALUE}).")
  private String region;

  @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
      description = "Where the embedded engine keeps the loaded sample between runs. Default: "
          + "$XDG_CACHE_HOME/sable/samples/<sample>, that is ~/.cache/sable/samples/<sample>.")
  private Path dataDir;

  @Option(names = "--fresh", scope = ScopeType.INHERIT,
      description = "Reload the embedded engine's data directory with the sample data first.")
  private boolean fresh;

  /** The sample's name, as in {@code bin/<name>}: names its default data directory. */
  protected abstract String sampleName();

  /** The table the commands use ({@code --table}). */
  public abstract String tableName();

  /** The table's name when {@code --table} is not given. */
  public abstract String defaultTableName();

  /**
   * The backend the options name. On the embedded engine, the data directory is opened and, when
   * it is new, stale, {@code --fresh} or {@code reload}, its tables are dropped and {@code load}
   * fills it again.
   *
   * @param dataSet what {@code load} writes, in words: a directory holding anything else is reloaded
   * @throws SampleError if the data directory is another's, in use, or unreadable
   */
  protected final Backend backend(boolean reload, String dataSet, Consumer<Backend> load) {
    if (endpoint != null) {
      return Backend.remote(endpoint, region);
    }
    SampleDataDirectory directory = new SampleDataDirectory(dataDirectory(), sampleName(), dataSet);
    SampleDataDirectory.State state = directory.state();
    if (state == SampleDataDirectory.State.EMPTY) {
      directory.markLoading(); // first, so that a concurrent run sees this sample's directory, in use
    }
    SampleDataDirectory.Opened opened = directory.open(note -> {
      err().println(note);
      err().flush();
    });
    SableEngine engine = opened.engine();
    Backend backend = Backend.embedded(engine, "the embedded engine (" + directory.path() + ")");
    try {
      if (reload || fresh || opened.cleared() || state != SampleDataDirectory.State.READY) {
        if (state == SampleDataDirectory.State.STALE && !reload && !fresh && !opened.cleared()) {
          err().println("reloading " + directory.path() + ": " + directory.staleReason());
        }
        engine.dynamoDbClient().listTables().tableNames()
            .forEach(table -> engine.dynamoDbClient().deleteTable(b -> b.tableName(table)));
        directory.markLoading();
        load.accept(backend);
        directory.markReady();
      }
      return backend;
    } catch (RuntimeException e) {
      engine.close();
      throw e;
    }
  }

  /** The embedded engine's data directory: {@code --data-dir}, or the sample's default. */
  public final Path dataDirectory() {
    return dataDir != null ? dataDir : SampleDataDirectory.defaultPath(sampleName());
  }

  /** Whether {@code --endpoint} names a DynamoDB endpoint (rather than the embedded engine). */
  public final boolean isRemote() {
    return endpoint != null;
  }

  /** {@code --endpoint}, or {@code null} for the embedded engine. */
  public final URI endpoint() {
    return endpoint;
  }

  /** How results print: a table, unless the sample offers {@code --format}. */
  protected OutputFormat format() {
    return OutputFormat.table;
  }

  /** This command's picocli spec. */
  protected final CommandSpec spec() {
    return spec;
  }

  /**
   * A usage error of the command being run (its usage is printed, not the sample's), exit code 2.
   */
  protected final ParameterException usageError(String message) {
    ParseResult result = spec.commandLine().getParseResult();
    CommandSpec command = spec;
    while (result != null && result.subcommand() != null) {
      result = result.subcommand();
      command = result.commandSpec();
    }
    return new ParameterException(command.commandLine(), message);
  }

  /**
   * Prints one line per result, then {@code count: N} (the e-commerce sample, whose results mix
   * entity types).
   */
  protected final <T> void printLines(List<T> results, Function<T, String> line) {
    PrintWriter out = out();
    results.forEach(result -> out.println(line.apply(result)));
    out.printf("count: %d%n", results.size());
    out.flush();
  }

  /** Prints {@code results} in {@code --format}. */
  protected final void print(ResultTable results) {
    results.print(out(), format());
  }

  /** Prints several tables as tables, one after the other, a blank line between (mixed results). */
  protected final void printTables(ResultTable... tables) {
    for (int i = 0; i < tables.length; i++) {
      if (i > 0) {
        out().println();
      }
      tables[i].print(out(), OutputFormat.table);
    }
  }

  /** Standard output. */
  protected final PrintWriter out() {
    return spec.commandLine().getOut();
  }

  /** Standard error, where loading reports its progress and time. */
  protected final PrintWriter err() {
    return spec.commandLine().getErr();
  }
}
