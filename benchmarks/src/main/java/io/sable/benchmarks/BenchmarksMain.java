package io.sable.benchmarks;

import io.sable.benchmarks.coldstart.ColdStartStage;
import io.sable.benchmarks.durable.DurableStage;
import io.sable.benchmarks.e2e.EndToEndStage;
import io.sable.benchmarks.scale.ScaleStage;
import io.sable.benchmarks.schema.SchemaStage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Runs every benchmark side by side and writes the results, as ratios with their raw figures, to
 * a Markdown file ({@code benchmarks/RESULTS.md} by default). {@code bin/bench} builds and launches
 * it; {@code bin/bench --smoke} runs everything tiny, in seconds, to prove the harness works.
 *
 * <pre>
 * bin/bench                      # the full run, about 10 minutes on 2 cores
 * bin/bench --smoke              # seconds; writes benchmarks/target/RESULTS-smoke.md
 * bin/bench --only in-process,schema
 * </pre>
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Benchmarks Sable's engine, server and generated code against DynamoDB Local and the"
        + " Enhanced Client, side by side, and writes the ratios to a Markdown file.")
public final class BenchmarksMain implements Callable<Integer> {

  /** The parts of the run, in the order they run. */
  public enum Stage {
    IN_PROCESS, E2E, CAPACITY, SCHEMA, COMPLEXITY, HTTP, SCALE, DURABLE, COLD_START;

    /** The stage's name on the command line, such as {@code in-process}. */
    public String id() {
      return name().toLowerCase().replace('_', '-');
    }
  }

  @Option(names = "--smoke", description = "Tiny sizes and iterations: proves the harness runs; figures mean nothing.")
  boolean smoke;

  @Option(names = "--output", description = "The Markdown file to write (default benchmarks/RESULTS.md,"
      + " or benchmarks/target/RESULTS-smoke.md with --smoke).")
  Path output;

  @Option(names = "--cache-dir", description = "Where vega-datasets is kept between runs (default ~/.cache/sable).")
  Path cacheDir = Path.of(System.getProperty("user.home"), ".cache", "sable");

  @Option(names = "--only", split = ",", paramLabel = "STAGE",
      description = "Run only these stages: in-process, e2e, capacity, schema, complexity, http, scale, durable, cold-start (default all).")
  List<String> only;

  @Option(names = "--command", description = "The command line to print in the results (bin/bench passes its own).")
  String command = "bin/bench";

  /** Runs the command line; exits with 0 when every stage ran. */
  public static void main(String[] args) {
    int status = new CommandLine(new BenchmarksMain()).execute(args);
    System.exit(status); // DynamoDB Local and JMH leave threads behind
  }

  @Override
  public Integer call() {
    Settings settings = new Settings(smoke, cacheDir);
    Path file = output != null ? output
        : Path.of(smoke ? "benchmarks/target/RESULTS-smoke.md" : "benchmarks/RESULTS.md");
    Report report = run(settings, stages(only), command);
    report.write(file);
    System.out.println(report.targets().section().markdown());
    System.out.println("Wrote " + file.toAbsolutePath());
    return 0;
  }

  /**
   * Runs {@code stages} with {@code settings}.
   *
   * @param command the command line that the report names
   * @throws RuntimeException the first failure of any stage
   */
  public static Report run(Settings settings, Set<Stage> stages, String command) {
    Instant start = Instant.now();
    Targets targets = new Targets();
    List<Section> sections = new ArrayList<>();
    for (Stage stage : stages) {
      System.out.println("== " + stage.id() + " (" + Duration.between(start, Instant.now()).toSeconds() + " s)");
      switch (stage) {
        case IN_PROCESS -> sections.add(InProcessStage.run(settings, targets));
        case E2E -> sections.addAll(EndToEndStage.run(settings, targets));
        case CAPACITY -> sections.add(CapacityStage.run(settings));
        case SCHEMA -> sections.add(SchemaStage.run(settings, targets));
        case COMPLEXITY -> sections.add(ComplexityStage.run(settings, targets));
        case HTTP -> sections.add(HttpStage.run(settings, targets));
        case SCALE -> sections.addAll(ScaleStage.run(settings, targets));
        case DURABLE -> sections.addAll(DurableStage.run(settings, targets));
        case COLD_START -> sections.add(ColdStartStage.run(settings, targets));
      }
    }
    goals(targets);
    return new Report(settings, command, sections, targets, Duration.between(start, Instant.now()));
  }

  /**
   * The figure key of the cold-start stage (issue 18, item 5): {@code serve}'s PutItem requests in
   * its first 5 s after the process starts ÷ dynoxide's in its first 5 s. The cold-start stage
   * records it; until it runs, the goal reads "not measured".
   */
  public static final String COLD_SERVE_OVER_DYNOXIDE = "coldStart.serveVsDynoxide";

  /**
   * The figure key of the time from a fresh JVM's start to its first PutItem in process, in ms, with
   * the AppCDS archive that {@code bin/*} use: recorded by the cold-start stage (the in-process
   * stage's {@code startup.engineMillis} is the same without an archive, timed from {@code main}).
   */
  public static final String FRESH_JVM_FIRST_PUT_MILLIS = "coldStart.firstPutMillis";

  private static void goals(Targets targets) {
    // Issue 18: end to end, sequential, through the SDK's request builders, vs warm DynamoDB Local embedded.
    targets.goal("End-to-end PutItem, engine ÷ DynamoDB Local embedded (issue 18)", "e2e.putItem", 50, false, "×");
    targets.goal("End-to-end GetItem, engine ÷ DynamoDB Local embedded (issue 18)", "e2e.getItem", 30, false, "×");
    targets.goal("End-to-end Query of 200 items, engine ÷ DynamoDB Local embedded (issue 18)", "e2e.query200Items",
        30, false, "×");
    targets.goal("Start-up to first PutItem, fresh JVM from its start, AppCDS archive (issue 18)", FRESH_JVM_FIRST_PUT_MILLIS, 150, true, " ms");
    targets.goal("Start-up to first PutItem, new engine in a warm JVM", "startup.engineWarmMillis", 50, true, " ms");
    targets.goal("Cold serve, PutItem requests in the first 5 s, serve ÷ dynoxide (issue 18)",
        COLD_SERVE_OVER_DYNOXIDE, 1, false, "×");
    for (String op : new String[] {"PutItem", "GetItem"}) {
      for (int threads : new int[] {1, 16}) {
        targets.goal("HTTP " + op + ", " + threads + " client thread" + (threads == 1 ? "" : "s")
            + ", serve ÷ DynamoDB Local", "http." + op + "." + threads, 3, false, "×");
      }
    }
    for (String direction : new String[] {"objectToItem", "itemToObject"}) {
      for (String reflective : new String[] {"Bean", "Immutable"}) {
        targets.goal("Generated schema " + (direction.equals("objectToItem") ? "object → item" : "item → object")
            + ", vs " + reflective + "TableSchema", "schema." + direction + "." + reflective, 1, false, "×");
      }
    }
    targets.goalAtMostInclusive("GetItem at the largest table ÷ at the smallest (complexity: 1M ÷ 10k items; issue 18)",
        "complexity.getItem", 1.5, "×");
    targets.goal("3M flights bulk load rate, items/s (issue 18)", "scale.itemsPerSecond", 300_000, false, "");
    targets.goalAtMostInclusive("3M flights heap per item ÷ raw item size (issue 18)", "scale.heapPerRawItem", 2, "×");
  }

  private static Set<Stage> stages(List<String> names) {
    if (names == null || names.isEmpty()) {
      return EnumSet.allOf(Stage.class);
    }
    Set<Stage> stages = EnumSet.noneOf(Stage.class);
    for (String name : names) {
      stages.add(Stage.valueOf(name.trim().toUpperCase().replace('-', '_')));
    }
    return stages;
  }

  /** Creates the parent directories of {@code file} and writes {@code text} to it. */
  static void writeFile(Path file, String text) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }
}
