package io.sable.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

/** A closed-loop load: each thread calls again as soon as its last call returned. */
public final class ClosedLoop {
  private ClosedLoop() {}

  /**
   * Calls {@code call} from {@code threads} threads for {@code seconds}, each call with a number
   * distinct per thread and call ({@code n * 31 + thread}).
   *
   * @return calls per second, over the whole run
   * @throws Exception what a call threw
   */
  public static double callsPerSecond(LongConsumer call, int threads, double seconds)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    long deadline = start + (long) (seconds * 1e9);
    List<Future<Long>> counts = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      counts.add(pool.submit(() -> {
        long n = 0;
        while (System.nanoTime() < deadline) {
          call.accept(n * 31 + thread);
          n++;
        }
        return n;
      }));
    }
    long total = 0;
    for (Future<Long> count : counts) {
      total += count.get();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    pool.awaitTermination(10, TimeUnit.SECONDS);
    return total / elapsed;
  }
}
