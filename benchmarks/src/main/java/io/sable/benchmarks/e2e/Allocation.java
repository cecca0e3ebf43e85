package io.sable.benchmarks.e2e;

import java.lang.management.ManagementFactory;

/** Bytes allocated on the heap by the current thread so far (HotSpot's per-thread counter). */
final class Allocation {
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private Allocation() {}

  /** The current thread's allocated bytes, or 0 when the JVM does not count them. */
  static long current() {
    return THREADS.isThreadAllocatedMemorySupported() ? THREADS.getCurrentThreadAllocatedBytes() : 0;
  }
}
