package io.sable.engine.transaction;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The {@code ClientRequestToken}s of {@code TransactWriteItems} requests, by DynamoDB's
 * idempotency rules (Developer Guide, "Amazon DynamoDB Transactions: How it works", section
 * "Idempotency"; API Reference, {@code TransactWriteItems}):
 *
 * <ul>
 *   <li>a token is valid for {@value #WINDOW_MINUTES} minutes after the first request that uses it
 *       succeeds; a request with the same token and the same {@code TransactItems} in that window
 *       succeeds again without changing anything ({@link Start#REPLAY});
 *   <li>the same token with other {@code TransactItems} in the window is {@link Start#MISMATCH}
 *       ({@code IdempotentParameterMismatchException}); other parameters, such as {@code
 *       ReturnConsumedCapacity}, may change;
 *   <li>the same token while the first request is still running is {@link Start#IN_PROGRESS}
 *       ({@code TransactionInProgressException});
 *   <li>a request that fails leaves no trace: its token may be used again at once.
 * </ul>
 *
 * <p>Requests are compared by a {@link RequestFingerprint}. Memory is bounded: at most {@code
 * capacity} succeeded tokens are remembered; beyond that the oldest are forgotten before their
 * window ends (DynamoDB documents no such bound). Times come from the engine's clock. Lock-free
 * and thread-safe.
 */
public final class ClientRequestTokens {
  /** How long a token is remembered after its request succeeds, in minutes. */
  public static final int WINDOW_MINUTES = 10;

  private static final Duration WINDOW = Duration.ofMinutes(WINDOW_MINUTES);

  private final Clock clock;
  private final int capacity;
  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
  private final Queue<Entry> completed = new ConcurrentLinkedQueue<>();
  private final AtomicInteger completedCount = new AtomicInteger();
  private final AtomicBoolean removing = new AtomicBoolean();

  /**
   * Tokens timed by {@code clock}, remembering at most {@code capacity} succeeded ones.
   *
   * @throws IllegalArgumentException if {@code capacity} is not positive
   */
  public ClientRequestTokens(Clock clock, int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive: " + capacity);
    }
    this.clock = clock;
    this.capacity = capacity;
  }

  /** What a request with a token should do. */
  public enum Start {
    /** Run it: the token is new (or expired), and is now in progress. */
    RUN,
    /** Do not run it: an identical request with this token succeeded in the window. */
    REPLAY,
    /** Reject it: a request with this token is still running. */
    IN_PROGRESS,
    /** Reject it: a request with this token but other items ran in the window. */
    MISMATCH
  }

  /**
   * Starts a request that carries {@code token}.
   *
   * @param fingerprint the {@link RequestFingerprint} of the request's {@code TransactItems}
   * @return {@link Start#RUN} only if the caller must run the request and then call {@link
   *     #succeeded} or {@link #failed}
   */
  public Start begin(String token, byte[] fingerprint) {
    long now = clock.millis();
    expire(now);
    while (true) {
      Entry entry = entries.get(token);
      if (entry == null) {
        if (entries.putIfAbsent(token, new Entry(token, fingerprint)) == null) {
          return Start.RUN;
        }
        continue;
      }
      if (entry.done && entry.expiresAt <= now) {
        entries.remove(token, entry);
        continue;
      }
      if (!Arrays.equals(entry.fingerprint, fingerprint)) {
        return Start.MISMATCH;
      }
      return entry.done ? Start.REPLAY : Start.IN_PROGRESS;
    }
  }

  /** Records that the request started with {@code token} succeeded: replays begin now. */
  public void succeeded(String token) {
    Entry entry = entries.get(token);
    if (entry == null || entry.done) {
      return;
    }
    entry.expiresAt = clock.millis() + WINDOW.toMillis();
    entry.done = true;
    completed.add(entry);
    if (completedCount.incrementAndGet() > capacity) {
      removeOldest(Long.MAX_VALUE, completedCount.get() - capacity);
    }
  }

  /** Forgets {@code token}: its request failed, so a retry runs again. */
  public void failed(String token) {
    Entry entry = entries.get(token);
    if (entry != null && !entry.done) {
      entries.remove(token, entry);
    }
  }

  /**
   * One succeeded token still in its window, as a durable engine keeps it.
   *
   * @param token the {@code ClientRequestToken}
   * @param fingerprint its request's {@link RequestFingerprint}
   * @param expiresAtMillis when its window ends, in epoch milliseconds of the engine clock
   */
  public record Remembered(String token, byte[] fingerprint, long expiresAtMillis) {}

  /** The succeeded tokens whose window has not ended, oldest first (for a snapshot). */
  public java.util.List<Remembered> remembered() {
    long now = clock.millis();
    java.util.List<Remembered> live = new java.util.ArrayList<>();
    for (Entry entry : completed) {
      if (entry.expiresAt > now) {
        live.add(new Remembered(entry.token, entry.fingerprint, entry.expiresAt));
      }
    }
    return live;
  }

  /**
   * Remembers {@code token} as succeeded until {@code expiresAtMillis} (a durable engine's
   * recovery); a token whose window has ended is ignored. Restore oldest first.
   */
  public void restore(String token, byte[] fingerprint, long expiresAtMillis) {
    if (expiresAtMillis <= clock.millis()) {
      return;
    }
    Entry entry = new Entry(token, fingerprint);
    entry.expiresAt = expiresAtMillis;
    entry.done = true;
    Entry previous = entries.put(token, entry);
    if (previous != null && previous.done) {
      completed.remove(previous);
      completedCount.decrementAndGet();
    }
    completed.add(entry);
    if (completedCount.incrementAndGet() > capacity) {
      removeOldest(Long.MAX_VALUE, completedCount.get() - capacity);
    }
  }

  /** How many succeeded tokens are remembered now. */
  public int size() {
    return completedCount.get();
  }

  private void expire(long now) {
    Entry head = completed.peek();
    if (head != null && head.expiresAt <= now) {
      removeOldest(now, Integer.MAX_VALUE);
    }
  }

  // Forgets up to {@code most} of the oldest succeeded tokens that expire at or before {@code
  // until}. One thread at a time; another that finds it busy leaves the work to it.
  private void removeOldest(long until, int most) {
    if (!removing.compareAndSet(false, true)) {
      return;
    }
    try {
      Entry head;
      for (int i = 0; i < most && (head = completed.peek()) != null && head.expiresAt <= until; i++) {
        completed.poll();
        completedCount.decrementAndGet();
        entries.remove(head.token, head);
      }
    } finally {
      removing.set(false);
    }
  }

  /** One token: in progress until {@code done}. */
  private static final class Entry {
    final String token;
    final byte[] fingerprint;
    volatile boolean done;
    volatile long expiresAt;

    Entry(String token, byte[] fingerprint) {
      this.token = token;
      this.fingerprint = fingerprint;
    }
  }
}
