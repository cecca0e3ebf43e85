package io.sable.test.load;

import io.sable.engine.capacity.throughput.CapacityMetric;
import io.sable.engine.capacity.throughput.EngineCapacity;
import io.sable.engine.capacity.throughput.KeyContributor;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a {@link Workload} did: per second of engine time, the operations attempted, succeeded and
 * throttled (counted by the workload from what each operation threw or reported), and what the
 * engine measured for the table and its global secondary indexes over the run (its per-minute
 * {@link CapacityMetric}s and Contributor Insights). Assert on it with {@code
 * SableAssertions.assertThat(run)}.
 *
 * <p>Index arguments name a global secondary index of the table; {@code null} means the table.
 * Consumed capacity is the engine's, over exactly the run. Contributor Insights and the per-minute
 * metrics are kept by whole minutes of engine time, so they include any other traffic in the minute
 * the run started in; they are read when asked.
 */
public final class WorkloadRun {

  /**
   * One second of a run (or of one stream).
   *
   * @param second seconds since the run started (0-based)
   * @param attempts operations started in this second
   * @param succeeded operations that completed with nothing unprocessed
   * @param throttled operations that threw a throttling error or reported unprocessed requests
   * @param unprocessed requests the operations reported unprocessed ({@link BatchOperation})
   */
  public record Second(int second, long attempts, long succeeded, long throttled, long unprocessed) {}

  /** One stream's counts, by second; filled by the driver. */
  static final class Counts {
    final String stream;
    final long[] attempts;
    final long[] succeeded;
    final long[] throttled;
    final long[] unprocessed;

    Counts(String stream, int seconds) {
      this.stream = stream;
      attempts = new long[seconds];
      succeeded = new long[seconds];
      throttled = new long[seconds];
      unprocessed = new long[seconds];
    }
  }

  private final EngineCapacity capacity;
  private final String tableName;
  private final Instant start;
  private final Duration duration;
  private final List<Counts> streams;
  private final Map<String, double[]> consumed;

  WorkloadRun(EngineCapacity capacity, String tableName, Instant start, Duration duration, List<Counts> streams,
      Map<String, double[]> consumed) {
    this.capacity = capacity;
    this.tableName = tableName;
    this.start = start;
    this.duration = duration;
    this.streams = streams;
    this.consumed = consumed;
  }

  /** The table's name. */
  public String tableName() {
    return tableName;
  }

  /** When the run started, on the engine clock. */
  public Instant start() {
    return start;
  }

  /** How long it lasted, in engine time. */
  public Duration duration() {
    return duration;
  }

  /** The streams' names, in the order they were added. */
  public List<String> streams() {
    return streams.stream().map(c -> c.stream).toList();
  }

  /** Every second of the run, all streams together. */
  public List<Second> seconds() {
    return seconds(streams);
  }

  /**
   * Every second of one stream.
   *
   * @throws IllegalArgumentException if there is no such stream
   */
  public List<Second> seconds(String stream) {
    return seconds(List.of(streams.stream().filter(c -> c.stream.equals(stream)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no stream " + stream + " among " + streams()))));
  }

  private static List<Second> seconds(List<Counts> counts) {
    int length = counts.get(0).attempts.length;
    List<Second> seconds = new ArrayList<>(length);
    for (int s = 0; s < length; s++) {
      long attempts = 0, succeeded = 0, throttled = 0, unprocessed = 0;
      for (Counts c : counts) {
        attempts += c.attempts[s];
        succeeded += c.succeeded[s];
        throttled += c.throttled[s];
        unprocessed += c.unprocessed[s];
      }
      seconds.add(new Second(s, attempts, succeeded, throttled, unprocessed));
    }
    return seconds;
  }

  /** Operations attempted, all streams. */
  public long attempts() {
    return seconds().stream().mapToLong(Second::attempts).sum();
  }

  /** Operations that succeeded, all streams. */
  public long succeeded() {
    return seconds().stream().mapToLong(Second::succeeded).sum();
  }

  /** Operations throttled (a throttling error, or requests left unprocessed), all streams. */
  public long throttled() {
    return seconds().stream().mapToLong(Second::throttled).sum();
  }

  /** Throttled operations as a share of those attempted (0 to 1). */
  public double throttleRate() {
    long attempts = attempts();
    return attempts == 0 ? 0 : (double) throttled() / attempts;
  }

  /** The table's consumed write capacity units per second, averaged over the run. */
  public double consumedWcuPerSecond() {
    return consumedWcuPerSecond(null);
  }

  /**
   * The consumed write capacity units per second of the table or index, averaged over the run.
   *
   * @throws IllegalArgumentException if the table has no such global secondary index
   */
  public double consumedWcuPerSecond(String index) {
    return sums(index)[1] / duration.getSeconds();
  }

  /** The table's consumed read capacity units per second, averaged over the run. */
  public double consumedRcuPerSecond() {
    return consumedRcuPerSecond(null);
  }

  /**
   * The consumed read capacity units per second of the table or index, averaged over the run.
   *
   * @throws IllegalArgumentException if the table has no such global secondary index
   */
  public double consumedRcuPerSecond(String index) {
    return sums(index)[0] / duration.getSeconds();
  }

  /**
   * Reads and writes of the table or index that the engine refused for throughput during the run
   * ({@code ReadThrottleEvents + WriteThrottleEvents}: one per item of a batch).
   *
   * @throws IllegalArgumentException if the table has no such global secondary index
   */
  public long throttleEvents(String index) {
    double[] sums = sums(index);
    return (long) (sums[2] + sums[3]);
  }

  private double[] sums(String index) {
    double[] sums = consumed.get(index == null ? "" : index);
    if (sums == null) {
      throw new IllegalArgumentException("table " + tableName + " has no global secondary index " + index);
    }
    return sums;
  }

  /** The table's most accessed partition key (by consumed capacity) since the run started, if any. */
  public Optional<String> hottestPartitionKey() {
    return hottestPartitionKey(null);
  }

  /**
   * The most accessed partition key of the table or index since the run started, by Contributor
   * Insights (consumed capacity), if any.
   *
   * @throws IllegalArgumentException if the table has no such global secondary index
   */
  public Optional<String> hottestPartitionKey(String index) {
    return topContributors(index, false, 1).stream().findFirst().map(KeyContributor::partitionKey);
  }

  /**
   * The top {@code limit} partition keys of the table or index since the run started, by consumed
   * capacity ({@code throttled} false) or by throttle events, from Contributor Insights.
   *
   * @throws IllegalArgumentException if the table has no such global secondary index
   */
  public List<KeyContributor> topContributors(String index, boolean throttled, int limit) {
    return capacity.topContributors(tableName, index, start, false, throttled, limit);
  }

  /**
   * The engine's per-minute metrics of the table or index for the minutes of the run.
   *
   * @throws IllegalArgumentException if the table has no such global secondary index
   */
  public List<CapacityMetric> metrics(String index) {
    Instant firstMinute = Instant.ofEpochSecond(Math.floorDiv(start.getEpochSecond(), 60) * 60);
    Instant end = start.plus(duration);
    return capacity.metrics(tableName, index).stream()
        .filter(m -> !m.minute().isBefore(firstMinute) && m.minute().isBefore(end)).toList();
  }

  @Override
  public String toString() {
    return "WorkloadRun[" + tableName + ", " + duration + " from " + start + ", " + attempts() + " attempts, "
        + throttled() + " throttled]";
  }
}
