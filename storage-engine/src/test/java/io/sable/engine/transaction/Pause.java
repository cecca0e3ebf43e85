package io.sable.engine.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import software.amazon.awssdk.core.SdkRequest;

/**
 * A {@link TransactionHook} that holds the transactions it selects while they hold their items,
 * until {@link #resume()}: a transaction in flight, without sleeping. The waits are bounded only to
 * turn a bug that never reaches the hook into a failure instead of a hung build; no assertion
 * depends on how long anything takes.
 */
final class Pause implements TransactionHook {
  private static final long HANG_GUARD_SECONDS = 60;
  private static final ExecutorService THREADS =
      Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task, "paused-transaction");
            thread.setDaemon(true);
            return thread;
          });

  private final Predicate<SdkRequest> selected;
  private final CountDownLatch reached = new CountDownLatch(1);
  private final CountDownLatch resume = new CountDownLatch(1);

  Pause(Predicate<SdkRequest> selected) {
    this.selected = selected;
  }

  @Override
  public void locked(SdkRequest request) throws InterruptedException {
    if (selected.test(request)) {
      reached.countDown();
      resume.await();
    }
  }

  /** Runs {@code call} on another thread and returns once it is paused holding its items. */
  <T> CompletableFuture<T> start(Supplier<T> call) throws InterruptedException {
    CompletableFuture<T> future = CompletableFuture.supplyAsync(call, THREADS);
    boolean paused = reached.await(HANG_GUARD_SECONDS, TimeUnit.SECONDS);
    if (!paused && future.isDone()) {
      future.join();
    }
    assertThat(paused).as("the transaction reached the hook").isTrue();
    return future;
  }

  /** Lets the paused transaction go on. */
  void resume() {
    resume.countDown();
  }

  /** Resumes and returns the transaction's outcome (its exception is thrown as the cause). */
  static <T> T finish(Pause pause, CompletableFuture<T> future) throws Exception {
    pause.resume();
    try {
      return future.get(HANG_GUARD_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw (Exception) e.getCause();
    }
  }
}
