package io.sable.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The project's performance goals, checked against the run's figures. A goal whose figure was not
 * measured (an operation the engine does not support yet) is reported as such.
 */
public final class Targets {
  private final Map<String, Double> figures = new LinkedHashMap<>();
  private final List<String[]> goals = new ArrayList<>();

  /** Records figure {@code key} (a ratio, a rate or a size) for the goals to read. */
  public void record(String key, double value) {
    figures.put(key, value);
  }

  /** The figure recorded under {@code key}, or NaN. */
  public double figure(String key) {
    return figures.getOrDefault(key, Double.NaN);
  }

  /**
   * Adds goal {@code name}: figure {@code key} at least {@code minimum} (or at most, when {@code
   * atMost}), shown with {@code unit}.
   */
  public void goal(String name, String key, double bound, boolean atMost, String unit) {
    double value = figure(key);
    String status = Double.isNaN(value) ? "not measured"
        : (atMost ? value < bound : value >= bound) ? "met" : "not met";
    add(name, (atMost ? "< " : "≥ ") + Section.number(bound) + unit, value, unit, status);
  }

  /** Adds goal {@code name}: figure {@code key} at most {@code bound}, bound included ({@code ≤}). */
  public void goalAtMostInclusive(String name, String key, double bound, String unit) {
    double value = figure(key);
    String status = Double.isNaN(value) ? "not measured" : value <= bound ? "met" : "not met";
    add(name, "≤ " + Section.number(bound) + unit, value, unit, status);
  }

  private void add(String name, String target, double value, String unit, String status) {
    goals.add(new String[] {name, target, Double.isNaN(value) ? "n/a" : Section.number(value) + unit, status});
  }

  /** The goals as a section. */
  public Section section() {
    Section section = new Section("Targets", "Each goal of issues 8 and 18 against this run's figure; \"not measured\" when the"
        + " stage that measures it did not run (`--only`) or does not report it yet. Issue 18's goals replace"
        + " issue 8's for in-process speed-ups (now end to end), start-up from a fresh JVM, load rate and heap.",
        "goal", "target", "measured", "status");
    goals.forEach(section::row);
    return section;
  }
}
