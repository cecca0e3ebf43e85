package io.sable.runtime.batch;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.core.exception.SdkServiceException;

/**
 * The loop BatchGetItem and BatchWriteItem share: requests sent in chunks of at most DynamoDB's
 * per-call limit; the requests a call leaves unprocessed go first into the next call, after a
 * {@link Backoff} pause, until every request is processed or the deadline has passed. A call that
 * fails with a throttling error ({@link Throttles}: nothing in it could be processed) leaves its
 * whole chunk unprocessed, and is retried the same way.
 */
final class RetryLoop {

  /** One call: sends a chunk and returns the requests DynamoDB left unprocessed (never null). */
  @FunctionalInterface
  interface Call<R> {
    List<R> send(List<R> chunk);
  }

  private RetryLoop() {}

  /**
   * Sends every request.
   *
   * @param requests the requests, in the order to send them
   * @param chunkSize the most requests in one call
   * @param deadline how long to keep retrying; with {@link Duration#ZERO}, sending stops at the
   *     first call that leaves requests unprocessed
   * @param clock what the deadline is measured on and the pauses wait on
   * @return the requests still unprocessed at the deadline, with those never sent; empty when done
   */
  static <R> List<R> run(Collection<R> requests, int chunkSize, Duration deadline, RetryClock clock, Call<R> call) {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(deadline, "deadline");
    if (deadline.isNegative()) {
      throw new IllegalArgumentException("deadline must not be negative, got " + deadline);
    }
    // Durations beyond Long.MAX_VALUE nanoseconds (292 years) wait as long as that.
    long budget = deadline.compareTo(Duration.ofNanos(Long.MAX_VALUE)) >= 0 ? Long.MAX_VALUE : deadline.toNanos();
    long start = clock.nanoTime();
    Deque<R> pending = new ArrayDeque<>(requests);
    int attempt = 0;
    while (!pending.isEmpty()) {
      List<R> chunk = new ArrayList<>(Math.min(chunkSize, pending.size()));
      while (chunk.size() < chunkSize && !pending.isEmpty()) {
        chunk.add(pending.poll());
      }
      List<R> unprocessed = send(call, chunk);
      if (unprocessed.isEmpty()) {
        attempt = 0;
        continue;
      }
      for (int i = unprocessed.size() - 1; i >= 0; i--) {
        pending.addFirst(unprocessed.get(i));
      }
      long remaining = budget - (clock.nanoTime() - start);
      if (remaining <= 0) {
        break;
      }
      Backoff.pause(++attempt, Duration.ofNanos(remaining), clock);
    }
    return new ArrayList<>(pending);
  }

  /** One call; a throttling error (none of the chunk processed) leaves the whole chunk unprocessed. */
  private static <R> List<R> send(Call<R> call, List<R> chunk) {
    try {
      return call.send(chunk);
    } catch (SdkServiceException e) {
      if (Throttles.isThrottling(e)) {
        return chunk;
      }
      throw e;
    }
  }
}
