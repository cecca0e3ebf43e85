package io.sable.test.load;

/**
 * What one operation of a {@link Workload} stream does with its key: typically one repository call,
 * such as {@code key -> orders.put(order(key))}.
 */
@FunctionalInterface
public interface KeyOperation {

  /**
   * Runs the operation for key number {@code key} ({@code [0, keys)} of the stream's {@link
   * KeyDistribution}). A DynamoDB throttling error it throws ({@code
   * ProvisionedThroughputExceededException}, {@code ThrottlingException}, {@code
   * RequestLimitExceededException}) counts as a throttle; any other error ends the run.
   */
  void run(int key) throws Exception;
}
