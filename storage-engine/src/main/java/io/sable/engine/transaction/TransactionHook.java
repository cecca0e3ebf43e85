package io.sable.engine.transaction;

import software.amazon.awssdk.core.SdkRequest;

/**
 * A test facility: called on a transaction's own thread once it holds all of its item locks
 * ({@code TransactWriteItems}) or has read and marked all of its items ({@code TransactGetItems}),
 * and before it evaluates, commits or validates anything. A hook that blocks (on a latch the test
 * controls) keeps the transaction in flight, so that a test can reproduce "an item locked by an
 * in-flight transaction" without sleeping or timing.
 *
 * <p>Install one with {@code SableEngine.builder().transactionHook(...)}; the default does
 * nothing. Never block in production code: a paused transaction keeps its items locked.
 *
 * <pre>{@code
 * CountDownLatch locked = new CountDownLatch(1);
 * CountDownLatch resume = new CountDownLatch(1);
 * SableEngine engine = SableEngine.builder()
 *     .transactionHook(request -> { locked.countDown(); resume.await(); })
 *     .build();
 * // run a TransactWriteItems on another thread, await locked, then try a PutItem of one of its
 * // items: TransactionConflictException; then resume.countDown().
 * }</pre>
 */
@FunctionalInterface
public interface TransactionHook {
  /** The hook that does nothing. */
  TransactionHook NONE = request -> {};

  /**
   * Called while {@code request} (a {@code TransactWriteItemsRequest} or {@code
   * TransactGetItemsRequest}) holds its items.
   *
   * @throws InterruptedException if the hook is interrupted; the transaction is then cancelled
   *     and its locks released
   */
  void locked(SdkRequest request) throws InterruptedException;
}
