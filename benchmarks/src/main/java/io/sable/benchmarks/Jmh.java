package io.sable.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/** Runs one JMH benchmark class with the run's {@link Settings} and returns its scores. */
public final class Jmh {

  /**
   * One benchmark's primary result.
   *
   * @param method the benchmark method's name
   * @param params its JMH parameters, such as {@code backend=engine}
   * @param score the mean, in {@code unit}
   * @param error the 99.9% confidence half-interval (NaN with a single iteration); with JMH's 3
   *     iterations it is 31.6 standard errors wide (Student's t, 2 degrees of freedom), so it says
   *     more about the iteration count than about the backend
   * @param min the fastest measurement iteration's mean, in {@code unit}
   * @param max the slowest measurement iteration's mean, in {@code unit}
   * @param unit such as {@code us/op}
   */
  public record Score(String method, Map<String, String> params, double score, double error, double min,
      double max, String unit) {
    /** {@code score (min–max)}: the mean and the range of the measurement iterations' means. */
    public String withRange() {
      return Section.number(score) + (min < max ? " (" + Section.number(min) + "–" + Section.number(max) + ")" : "");
    }

    /** Whether the measurement iterations' means lie within {@code tolerance} (a fraction) of each other. */
    public boolean steady(double tolerance) {
      return !(max / min - 1 > tolerance);
    }

    /** Whether this is the score of {@code method} with parameter {@code name = value}. */
    public boolean is(String method, String name, String value) {
      return this.method.equals(method) && value.equals(params.get(name));
    }
  }

  private Jmh() {}

  /**
   * Runs every benchmark method of {@code type}; {@code params} overrides parameters (name, then
   * values). Forks get a 4 GB heap.
   *
   * @throws IllegalStateException if JMH fails or a benchmark throws
   */
  public static List<Score> run(Class<?> type, Settings settings, Map<String, String[]> params) {
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include("^" + type.getName().replace(".", "\\.") + "\\.")
        .forks(settings.forks())
        .warmupIterations(settings.warmupIterations())
        .warmupTime(TimeValue.milliseconds(settings.iterationMillis()))
        .measurementIterations(settings.measurementIterations())
        .measurementTime(TimeValue.milliseconds(settings.iterationMillis()))
        .jvmArgsAppend("-Xms1g", "-Xmx4g")
        .shouldFailOnError(true)
        .verbosity(settings.smoke() ? VerboseMode.SILENT : VerboseMode.NORMAL);
    params.forEach(options::param);
    Collection<RunResult> results;
    try {
      results = new Runner(options.build()).run();
    } catch (RunnerException e) {
      throw new IllegalStateException("JMH failed on " + type.getSimpleName() + ": " + e.getMessage(), e);
    }
    List<Score> scores = new ArrayList<>();
    for (RunResult result : results) {
      String benchmark = result.getParams().getBenchmark();
      Map<String, String> values = new LinkedHashMap<>();
      for (String key : result.getParams().getParamsKeys()) {
        values.put(key, result.getParams().getParam(key));
      }
      Result<?> primary = result.getPrimaryResult();
      scores.add(new Score(benchmark.substring(benchmark.lastIndexOf('.') + 1), values,
          primary.getScore(), primary.getScoreError(), primary.getStatistics().getMin(),
          primary.getStatistics().getMax(), primary.getScoreUnit()));
    }
    return scores;
  }

  /**
   * The score of {@code method} with parameter {@code name = value}.
   *
   * @throws IllegalStateException if JMH produced none
   */
  public static Score find(List<Score> scores, String method, String name, String value) {
    return scores.stream().filter(s -> s.is(method, name, value)).findFirst().orElseThrow(
        () -> new IllegalStateException("JMH produced no score for " + method + " " + name + "=" + value));
  }
}
