package io.sable.benchmarks;

import java.util.List;
import java.util.Map;

/**
 * What the engine's throughput model costs per request ({@link CapacityBenchmark}): the same
 * requests with the model off and on, in the same run.
 */
public final class CapacityStage {
  private CapacityStage() {}

  /** Runs {@link CapacityBenchmark} and reports the overhead of the model per operation. */
  public static Section run(Settings settings) {
    Section section =
        new Section(
            "In-process: cost of the capacity model",
            "Microseconds per call (JMH average time, one caller thread; iterations' range, min–max, in brackets) on a"
                + " provisioned table of 40,000 RCU/WCU with one GSI, with"
                + " `SableEngine.builder().capacity(CapacitySimulation.OFF)` and with the default"
                + " `PROVISIONED` (every request admitted and charged to its partition; none"
                + " throttled: the engine clock moves 1 ms per read). Overhead = on ÷ off − 1.",
            "operation",
            "model off (µs)",
            "model on (µs)",
            "overhead");
    List<Jmh.Score> scores = Jmh.run(CapacityBenchmark.class, settings, Map.of());
    row(section, scores, "PutItem", "putItem");
    row(section, scores, "GetItem", "getItem");
    row(section, scores, "Query, 200 items", "query200Items");
    return section;
  }

  private static void row(Section section, List<Jmh.Score> scores, String name, String method) {
    Jmh.Score off = Jmh.find(scores, method, "model", "off");
    Jmh.Score on = Jmh.find(scores, method, "model", "modelled");
    section.row(
        name,
        micros(off),
        micros(on),
        String.format("%+.0f%%", (on.score() / off.score() - 1) * 100));
  }

  private static String micros(Jmh.Score score) {
    return score.withRange();
  }
}
