package io.sable.test;

import io.sable.test.load.WorkloadRun;
import io.sable.test.load.WorkloadRunAssert;
import java.util.Objects;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * Entry points of the access-pattern and load assertions. Import statically:
 *
 * <pre>{@code
 * import static io.sable.test.SableAssertions.assertThatAccessPattern;
 *
 * assertThatAccessPattern(() -> flights.delayedDepartures("SEA").greaterThanOrEqualTo(120).list())
 *     .isQuery().usedIndex("GSI2").neverScanned().readAtMostCapacityUnits(1.0);
 * }</pre>
 */
public final class SableAssertions {

  private SableAssertions() {}

  /**
   * Runs the code, recording the requests it sends through the current {@link SableTest} class's
   * client, and returns assertions on them and on what the code returned.
   *
   * @throws IllegalStateException if no {@link SableTest} class is running on this thread
   * @throws AssertionError if the code throws
   */
  public static <T> AccessPatternAssert assertThatAccessPattern(ThrowingSupplier<T> code) {
    Objects.requireNonNull(code, "code");
    return assertThat(recorder().record(() -> {
      try {
        return code.get();
      } catch (Exception | Error e) {
        throw e;
      } catch (Throwable t) {
        throw new IllegalStateException(t);
      }
    }));
  }

  /** As {@link #assertThatAccessPattern(ThrowingSupplier)}, for code that returns nothing (a write, say). */
  public static AccessPatternAssert assertThatAccessPattern(Executable code) {
    Objects.requireNonNull(code, "code");
    return assertThatAccessPattern(() -> {
      code.execute();
      return null;
    });
  }

  /** Assertions on a recording made with {@link AccessPatternRecorder#record}, for any recorder. */
  public static AccessPatternAssert assertThat(AccessPatternRecorder.Recording<?> recording) {
    return new AccessPatternAssert(recording);
  }

  /**
   * Assertions on a load test's run ({@link io.sable.test.load.Workload}):
   *
   * <pre>{@code
   * assertThat(run).throttled().isZero();
   * assertThat(run).hottestPartitionKey("GSI1").isEqualTo("STATUS#PENDING");
   * }</pre>
   */
  public static WorkloadRunAssert assertThat(WorkloadRun run) {
    return new WorkloadRunAssert(run);
  }

  private static AccessPatternRecorder recorder() {
    return SableExtension.current().map(SableTestContext::recorder).orElseThrow(() -> new IllegalStateException(
        "assertThatAccessPattern needs a test class annotated @SableTest running on this thread;"
            + " elsewhere, record with AccessPatternRecorder.record and assert with SableAssertions.assertThat"));
  }
}
