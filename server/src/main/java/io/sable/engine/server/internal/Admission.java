package io.sable.engine.server.internal;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bound on the requests in flight (from the moment a whole request is authenticated until its
 * answer is written): with the bound on body size, it bounds the memory and worker time that
 * operations can hold, so that a flood is answered with ThrottlingException rather than running out
 * of memory. A request takes no slot while its body arrives or before its signature is checked.
 * Thread-safe.
 */
public final class Admission {
  private final int limit;
  private final AtomicInteger inFlight = new AtomicInteger();

  /** At most {@code limit} requests in flight. */
  public Admission(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1: " + limit);
    }
    this.limit = limit;
  }

  /** Takes a slot; false if all are taken. */
  public boolean tryAcquire() {
    while (true) {
      int current = inFlight.get();
      if (current >= limit) {
        return false;
      }
      if (inFlight.compareAndSet(current, current + 1)) {
        return true;
      }
    }
  }

  /** Gives a slot back. */
  public void release() {
    inFlight.decrementAndGet();
  }

  /** The requests in flight now. */
  public int inFlight() {
    return inFlight.get();
  }
}
