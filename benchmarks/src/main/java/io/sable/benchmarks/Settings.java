package io.sable.benchmarks;

import java.nio.file.Path;

/**
 * How long and how large each benchmark runs: the full run (about 12 minutes on 2 cores, build included) or the
 * smoke run (seconds: proves that every part of the harness runs, measures nothing worth reading).
 *
 * @param smoke whether this is the smoke run
 * @param cacheDir where downloaded data (vega-datasets) is kept between runs
 */
public record Settings(boolean smoke, Path cacheDir) {

  /** JMH forks per benchmark: 1 (a fresh JVM each), or 0 (in this JVM) when smoking. */
  public int forks() {
    return smoke ? 0 : 1;
  }

  /** JMH warm-up iterations of {@link #iterationMillis()} each. */
  public int warmupIterations() {
    return smoke ? 0 : 3;
  }

  /**
   * JMH measurement iterations of {@link #iterationMillis()} each: five, so that their range says
   * whether the warm-up was long enough (the in-process table marks ranges wider than 10%).
   */
  public int measurementIterations() {
    return smoke ? 1 : 5;
  }

  /** The length of one JMH iteration, in milliseconds. */
  public int iterationMillis() {
    return smoke ? 50 : 1000;
  }

  /** Items in the Scan benchmark's table. */
  public int scanItems() {
    return smoke ? 500 : 10_000;
  }

  /** Table sizes of the complexity benchmark. */
  public String[] tableSizes() {
    return smoke ? new String[] {"4000", "8000", "16000"} : new String[] {"10000", "100000", "1000000"};
  }

  /** Fresh JVMs per backend for start-up time; the median is reported. */
  public int startupRuns() {
    return smoke ? 1 : 5;
  }

  /** Seconds from a server process's start over which the cold-start stage counts PutItem calls. */
  public double coldStartSeconds() {
    return smoke ? 1 : 5;
  }

  /** New backends per warm-JVM start-up figure; the first fifth are discarded as warm-up. */
  public int warmStartups() {
    return smoke ? 3 : 25;
  }

  /** Items that the single-item benchmarks address in turn (in-process and over HTTP). */
  public int keys() {
    return smoke ? 100 : 1000;
  }

  /** Seconds per HTTP throughput measurement (each is preceded by a warm-up of up to 2 s). */
  public double httpSeconds() {
    return smoke ? 0.2 : 5;
  }

  /** Flights to load at scale: the 3 million of flights-3m.parquet, or a 2,000-row file when smoking. */
  public int scaleFlights() {
    return smoke ? 2_000 : 3_000_000;
  }

  /** Timed calls per latency figure of the scale run. */
  public int latencyCalls() {
    return smoke ? 200 : 5_000;
  }

  /** Seconds per durable PutItem throughput trial (issue 17; each server is warmed up first). */
  public double durableSeconds() {
    return smoke ? 0.3 : 3;
  }

  /** Trials per durable throughput figure, interleaved across servers; the median is reported. */
  public int durableTrials() {
    return smoke ? 2 : 5;
  }

  /**
   * Items written before each recovery-time measurement: a million (the environment variable {@code
   * SABLE_RECOVERY_ITEMS} changes it), or 2,000 when smoking.
   */
  public int recoveryItems() {
    String items = System.getenv("SABLE_RECOVERY_ITEMS");
    return items != null && !items.isBlank() ? Integer.parseInt(items.strip().replace("_", ""))
        : smoke ? 2_000 : 1_000_000;
  }

  /** End-to-end stage: rounds of each backend whose figures must agree before it counts as warm. */
  public int e2eWindow() {
    return smoke ? 2 : 3;
  }

  /** End-to-end stage: how far apart (slowest ÷ fastest − 1) the window's rounds may be. */
  public double e2eTolerance() {
    return smoke ? 10 : 0.10;
  }

  /** End-to-end stage: the most warm-up rounds per backend, stable or not. */
  public int e2eMaxWarmupRounds() {
    return smoke ? 2 : 15;
  }

  /** End-to-end stage: measured rounds per backend, after the warm-up. */
  public int e2eRounds() {
    return smoke ? 2 : 5;
  }
}
