package io.sable.benchmarks.e2e;

import io.sable.benchmarks.Backend;
import io.sable.benchmarks.ChildJvm;
import io.sable.benchmarks.Section;
import io.sable.benchmarks.Settings;
import io.sable.benchmarks.Targets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The plain sequential end-to-end stage of issue 18: {@link EndToEndProbe} in a JVM of its own,
 * then its figures as sections (per-call times with their dispersion and ratios; every round, to
 * show warm-up and any drift from round to round) and a comparison with the in-process JMH figures
 * of the same operations, explained where the two disagree by more than 2×.
 */
public final class EndToEndStage {
  /** The probe's heap: the same as the JMH forks', so that heap size is not a difference between them. */
  static final List<String> JVM = List.of("-Xms1g", "-Xmx4g");

  private static final String ENGINE = Backend.ENGINE.id();
  private static final String LOCAL = Backend.DYNAMODB_LOCAL.id();
  private static final String[] NAMES = {"PutItem", "GetItem", "Query, 200 items"};
  private static final String[] JMH_METHODS = {"putItem", "getItem", "query200Items"};

  private EndToEndStage() {}

  /**
   * Runs the probe; records {@code e2e.<op>} ratios (DynamoDB Local ÷ engine, medians) and {@code
   * e2e.<backend>.<op>.micros} in {@code targets}.
   *
   * @return the end-to-end section, the rounds section and the JMH comparison section
   */
  public static List<Section> run(Settings settings, Targets targets) {
    Workload workload = settings.smoke() ? Workload.SMOKE : Workload.FULL;
    Stability stability = new Stability(settings.e2eWindow(), settings.e2eTolerance());
    Map<String, String> r = ChildJvm.run(EndToEndProbe.class, JVM, List.of(
        Integer.toString(workload.items()), Integer.toString(workload.partitions()),
        Integer.toString(workload.queries()), Integer.toString(stability.window()),
        Double.toString(stability.tolerance()), Integer.toString(settings.e2eMaxWarmupRounds()),
        Integer.toString(settings.e2eRounds())), 30);
    return List.of(
        times(r, workload, stability, settings, targets), rounds(r), JmhComparison.section(targets));
  }

  private static Section times(Map<String, String> r, Workload workload, Stability stability, Settings settings,
      Targets targets) {
    Section section = new Section("End to end, sequential: engine vs DynamoDB Local embedded",
        "What a user's code sees, one call after another on one thread: " + String.format("%,d", workload.items())
            + " PutItem of 3-attribute items (`pk`, `sk`, a number; about 40 bytes) spread over "
            + workload.partitions() + " partition keys, then a GetItem of each, then " + String.format("%,d",
                workload.queries()) + " Queries (`pk = :pk`) of " + workload.itemsPerQuery() + " items each;"
            + " every request built at the call with the SDK's request builders, expressions as strings, on"
            + " `SableEngine.create().dynamoDbClient()` and on DynamoDB Local 3.1.0's"
            + " `DynamoDBEmbedded.create(true).dynamoDbClient()` (telemetry off), a fresh instance per round"
            + " (closed after it; `System.gc()` before each), in one JVM of its own (" + String.join(" ", JVM)
            + "). Warm-up: rounds until the last " + stability.window() + " rounds of every operation are within "
            + Math.round(stability.tolerance() * 100) + "% of each other (slowest ÷ fastest), at most "
            + settings.e2eMaxWarmupRounds() + " rounds; then " + settings.e2eRounds() + " measured rounds, the"
            + " backends interleaved. Figures: mean µs per call in a round, median of the measured rounds with"
            + " their range (min–max); speed-up = DynamoDB Local ÷ engine, of the medians and of the best rounds."
            + " Bytes per call = heap allocated by the calling thread (DynamoDB Local also works on its own"
            + " SQLite thread, not counted).",
        "operation", "engine (µs)", "DynamoDB Local (µs)", "speed-up (medians)", "speed-up (best rounds)",
        "engine bytes/call", "DynamoDB Local bytes/call");
    for (int op = 0; op < NAMES.length; op++) {
      String key = EndToEndProbe.OPERATIONS[op];
      double[] engine = values(r, ENGINE + "." + key + ".micros");
      double[] local = values(r, LOCAL + "." + key + ".micros");
      double ratio = median(local) / median(engine);
      double best = min(local) / min(engine);
      targets.record("e2e." + JMH_METHODS[op], ratio);
      targets.record("e2e." + ENGINE + "." + JMH_METHODS[op] + ".micros", median(engine));
      targets.record("e2e." + LOCAL + "." + JMH_METHODS[op] + ".micros", median(local));
      section.row(NAMES[op], spread(engine), spread(local), Section.ratio(ratio), Section.ratio(best),
          Section.number(median(values(r, ENGINE + "." + key + ".bytes"))),
          Section.number(median(values(r, LOCAL + "." + key + ".bytes"))));
    }
    for (String backend : new String[] {ENGINE, LOCAL}) {
      double[] gc = values(r, backend + ".gcMillis");
      section.row("warm-up rounds, " + backend, r.get(backend + ".warmupRounds")
              + (Boolean.parseBoolean(r.get(backend + ".stable")) ? " (stable)" : " (not stable: round limit)"),
          "", "", "", "GC ms per measured round: " + spread(gc), "");
    }
    String left = r.getOrDefault("threadsLeft", "");
    section.row("kinds of JVM thread before the first instance / after the last was closed",
        r.get("threadsBefore") + " / " + r.get("threadsAfter"),
        left.isBlank() ? "none left by the instances" : "new after the rounds: `" + left + "`", "", "", "", "");
    return section;
  }

  private static Section rounds(Map<String, String> r) {
    Section section = new Section("End to end, round by round",
        "Mean µs per call in each round of the end-to-end stage, in order: the warm-up rounds, then (after"
            + " `|`) the measured rounds. Each round runs on a fresh instance that is closed after it; a"
            + " backend whose instances or tables were not released would get slower from round to round.",
        "backend", "operation", "rounds (µs per call)");
    for (String backend : new String[] {ENGINE, LOCAL}) {
      for (int op = 0; op < NAMES.length; op++) {
        String key = EndToEndProbe.OPERATIONS[op];
        section.row(backend, NAMES[op], list(values(r, backend + "." + key + ".warmupMicros")) + " | "
            + list(values(r, backend + "." + key + ".micros")));
      }
    }
    return section;
  }

  private static String list(double[] values) {
    List<String> cells = new ArrayList<>();
    for (double value : values) {
      cells.add(Section.number(value));
    }
    return String.join(", ", cells);
  }

  /** {@code median (min–max)}. */
  static String spread(double[] values) {
    if (values.length == 0) {
      return "n/a";
    }
    return Section.number(median(values)) + " (" + Section.number(min(values)) + "–"
        + Section.number(max(values)) + ")";
  }

  static double[] values(Map<String, String> figures, String key) {
    String value = figures.get(key);
    if (value == null) {
      throw new IllegalStateException("EndToEndProbe reported no " + key);
    }
    return value.isEmpty() ? new double[0]
        : Arrays.stream(value.split(",")).mapToDouble(Double::parseDouble).toArray();
  }

  static double median(double[] values) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  static double min(double[] values) {
    return Arrays.stream(values).min().orElse(Double.NaN);
  }

  static double max(double[] values) {
    return Arrays.stream(values).max().orElse(Double.NaN);
  }
}
