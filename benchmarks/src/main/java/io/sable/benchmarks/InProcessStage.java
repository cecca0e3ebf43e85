package io.sable.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The in-process comparison: the engine's {@code DynamoDbClient} against DynamoDB Local's embedded
 * client, the same requests in the same run (JMH), plus start-up time to the first PutItem.
 */
public final class InProcessStage {
  private static final String ENGINE = Backend.ENGINE.id();
  private static final String LOCAL = Backend.DYNAMODB_LOCAL.id();

  private InProcessStage() {}

  /** Runs the in-process benchmarks; records {@code inProcess.<method>} speed-ups in {@code targets}. */
  public static Section run(Settings settings, Targets targets) {
    Section section = new Section("In-process: engine vs DynamoDB Local embedded",
        "Microseconds per call (JMH average time, one caller thread; the mean of the measurement iterations"
            + " with their range, min–max, in brackets), the same requests to `SableEngine.create().dynamoDbClient()`"
            + " and to DynamoDB Local 3.1.0's `DynamoDBEmbedded.create(true).dynamoDbClient()` (telemetry off)."
            + " Each benchmark runs in a JVM of its own on one instance, closed at the end of the trial."
            + " `*`: the measurement iterations were more than 10% apart (slowest ÷ fastest), so the warm-up"
            + " was not long enough for a steady figure or the machine was busy."
            + " Table `bench` has one GSI (projection ALL); items are about 120 bytes. Speed-up = DynamoDB Local's time ÷ the engine's.",
        "operation", "engine (µs)", "DynamoDB Local (µs)", "speed-up");
    List<Jmh.Score> scores = new ArrayList<>(Jmh.run(ItemBenchmark.class, settings,
        Map.of("keys", new String[] {Integer.toString(settings.keys())})));
    scores.addAll(Jmh.run(ScanBenchmark.class, settings,
        Map.of("items", new String[] {Integer.toString(settings.scanItems())})));
    scores.addAll(Jmh.run(TransactWriteBenchmark.class, settings, Map.of()));

    add(section, targets, scores, "PutItem", "putItem");
    add(section, targets, scores, "GetItem", "getItem");
    add(section, targets, scores, "UpdateItem with a ConditionExpression", "updateItemWithCondition");
    add(section, targets, scores, "Query, 10 items", "query10Items");
    add(section, targets, scores, "Query, 200 items", "query200Items");
    add(section, targets, scores, "Query on a GSI, 10 items", "queryIndex10Items");
    add(section, targets, scores, "Scan, " + String.format("%,d", settings.scanItems()) + " items (all pages)", "scan");
    add(section, targets, scores, "BatchWriteItem, 25 puts", "batchWriteItem25");
    add(section, targets, scores, "TransactWriteItems, 4 puts", "transactWriteItems4");
    startup(section, settings, targets);
    return section;
  }

  private static void add(Section section, Targets targets, List<Jmh.Score> scores, String name, String method) {
    Jmh.Score engine = Jmh.find(scores, method, "backend", ENGINE);
    Jmh.Score local = Jmh.find(scores, method, "backend", LOCAL);
    double speedup = local.score() / engine.score();
    targets.record("inProcess." + method, speedup);
    targets.record("inProcess." + method + "." + ENGINE + ".micros", engine.score());
    targets.record("inProcess." + method + "." + LOCAL + ".micros", local.score());
    section.row(name, micros(engine), micros(local), Section.ratio(speedup));
  }

  /** The mean with its range, marked {@code *} when the iterations were more than 10% apart. */
  private static String micros(Jmh.Score score) {
    return score.withRange() + (score.steady(0.10) ? "" : " *");
  }

  /** Start-up to the first PutItem: fresh JVMs (median), and a new backend in a warm JVM (median). */
  private static void startup(Section section, Settings settings, Targets targets) {
    double engineCold = coldMillis(Backend.ENGINE, settings.startupRuns());
    double localCold = coldMillis(Backend.DYNAMODB_LOCAL, settings.startupRuns());
    targets.record("startup.engineMillis", engineCold);
    section.row("Start-up to first PutItem, fresh JVM (ms, median of " + settings.startupRuns() + ")",
        Section.number(engineCold), Section.number(localCold), Section.ratio(localCold / engineCold));
    double engineWarm = warmMillis(Backend.ENGINE, settings.warmStartups());
    double localWarm = warmMillis(Backend.DYNAMODB_LOCAL, settings.warmStartups());
    targets.record("startup.engineWarmMillis", engineWarm);
    section.row("Start-up to first PutItem, new instance in a warm JVM (ms, median of "
            + (settings.warmStartups() - settings.warmStartups() / 5) + ")",
        Section.number(engineWarm), Section.number(localWarm), Section.ratio(localWarm / engineWarm));
  }

  private static double coldMillis(Backend backend, int runs) {
    double[] millis = new double[runs];
    for (int i = 0; i < runs; i++) {
      Map<String, String> figures = ChildJvm.run(StartupProbe.class, List.of("-Xmx1g"), List.of(backend.id()), 5);
      millis[i] = Long.parseLong(figures.get("nanos")) / 1e6;
    }
    return median(millis);
  }

  private static double warmMillis(Backend backend, int runs) {
    double[] millis = new double[runs];
    for (int i = 0; i < millis.length; i++) {
      long start = System.nanoTime();
      try (Backend.Session ignored = StartupProbe.startToFirstPut(backend)) {
        millis[i] = (System.nanoTime() - start) / (double) TimeUnit.MILLISECONDS.toNanos(1);
      }
    }
    return median(Arrays.copyOfRange(millis, runs / 5, runs));
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
