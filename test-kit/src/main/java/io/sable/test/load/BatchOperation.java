package io.sable.test.load;

/**
 * An operation of a {@link Workload} stream that reports how many of its requests DynamoDB left
 * unprocessed, such as a batch write without retries:
 *
 * <pre>{@code
 * key -> orders.putAll(tenOrders(key), Duration.ZERO).unprocessed().size()
 * }</pre>
 */
@FunctionalInterface
public interface BatchOperation {

  /**
   * Runs the operation for key number {@code key}, as {@link KeyOperation#run(int)} does.
   *
   * @return how many of its requests were left unprocessed (0 when all were processed); a positive
   *     count makes the operation a throttled one
   */
  int run(int key) throws Exception;
}
