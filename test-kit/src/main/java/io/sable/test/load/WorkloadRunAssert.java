package io.sable.test.load;

import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.AbstractDoubleAssert;
import org.assertj.core.api.AbstractLongAssert;
import org.assertj.core.api.AbstractStringAssert;
import org.assertj.core.api.Assertions;

/**
 * AssertJ assertions on a {@link WorkloadRun}; get one with {@code
 * SableAssertions.assertThat(run)}. Each figure method returns AssertJ's assertion on that figure,
 * described with the run:
 *
 * <pre>{@code
 * assertThat(run).throttled().isZero();
 * assertThat(run).hottestPartitionKey("GSI1").isEqualTo("STATUS#PENDING");
 * assertThat(run).consumedWcuPerSecond("GSI1").isGreaterThan(1_000.0);
 * }</pre>
 */
public final class WorkloadRunAssert extends AbstractAssert<WorkloadRunAssert, WorkloadRun> {

  /** Assertions on {@code run}. */
  public WorkloadRunAssert(WorkloadRun run) {
    super(run, WorkloadRunAssert.class);
    isNotNull();
  }

  /** The number of operations attempted. */
  public AbstractLongAssert<?> attempts() {
    return Assertions.assertThat(actual.attempts()).as("operations attempted in %s", actual);
  }

  /** The number of operations that succeeded. */
  public AbstractLongAssert<?> succeeded() {
    return Assertions.assertThat(actual.succeeded()).as("operations succeeded in %s", actual);
  }

  /** The number of operations throttled (see {@link WorkloadRun#throttled()}). */
  public AbstractLongAssert<?> throttled() {
    return Assertions.assertThat(actual.throttled()).as("operations throttled in %s (first throttled second: %s)",
        actual, actual.seconds().stream().filter(s -> s.throttled() > 0).findFirst().orElse(null));
  }

  /** Throttled operations as a share of those attempted, 0 to 1. */
  public AbstractDoubleAssert<?> throttleRate() {
    return Assertions.assertThat(actual.throttleRate()).as("throttle rate of %s", actual);
  }

  /** The table's most accessed partition key since the run started (null if none). */
  public AbstractStringAssert<?> hottestPartitionKey() {
    return hottestPartitionKey(null);
  }

  /** The index's most accessed partition key since the run started (null if none). */
  public AbstractStringAssert<?> hottestPartitionKey(String index) {
    return Assertions.assertThat(actual.hottestPartitionKey(index).orElse(null))
        .as("hottest partition key of %s in %s", where(index), actual);
  }

  /** The table's consumed WCU per second over the run. */
  public AbstractDoubleAssert<?> consumedWcuPerSecond() {
    return consumedWcuPerSecond(null);
  }

  /** The index's consumed WCU per second over the run. */
  public AbstractDoubleAssert<?> consumedWcuPerSecond(String index) {
    return Assertions.assertThat(actual.consumedWcuPerSecond(index))
        .as("consumed WCU per second of %s in %s", where(index), actual);
  }

  /** The table's consumed RCU per second over the run. */
  public AbstractDoubleAssert<?> consumedRcuPerSecond() {
    return consumedRcuPerSecond(null);
  }

  /** The index's consumed RCU per second over the run. */
  public AbstractDoubleAssert<?> consumedRcuPerSecond(String index) {
    return Assertions.assertThat(actual.consumedRcuPerSecond(index))
        .as("consumed RCU per second of %s in %s", where(index), actual);
  }

  private String where(String index) {
    return index == null ? "table " + actual.tableName() : "index " + index;
  }
}
