package io.sable.benchmarks.e2e;

import io.sable.benchmarks.Backend;
import io.sable.benchmarks.ChildJvm;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Runs {@link Workload} round after round in this JVM, a fresh instance of each backend per round
 * (opened, used, closed), first until each backend's rounds are stable ({@link Stability}), then a
 * fixed number of measured rounds with the backends interleaved. Prints {@code RESULT key=value}
 * lines for {@link ChildJvm}: per backend and operation the microseconds per call of every warm-up
 * and measured round, bytes allocated per call, GC time per round, and the JVM's live threads
 * (kinds of thread, by name without numbers) before the first and after the last instance: an
 * instance left running would leave its threads there.
 *
 * <pre>
 * java -cp ... io.sable.benchmarks.e2e.EndToEndProbe ITEMS PARTITIONS QUERIES WINDOW TOLERANCE MAX_WARMUP MEASURED
 * </pre>
 */
public final class EndToEndProbe {
  /** The operations, in the order of the workload's phases. */
  static final String[] OPERATIONS = {"putItem", "getItem", "query"};

  private EndToEndProbe() {}

  /** Arguments as above; TOLERANCE is a fraction such as 0.10. */
  public static void main(String[] args) {
    Workload workload = new Workload(
        Integer.parseInt(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]));
    Stability stability = new Stability(Integer.parseInt(args[3]), Double.parseDouble(args[4]));
    int maxWarmup = Integer.parseInt(args[5]);
    int measured = Integer.parseInt(args[6]);
    Set<String> threadsBefore = threadNames();

    Map<Backend, List<Workload.Round>> warmup = new EnumMap<>(Backend.class);
    Map<Backend, List<Workload.Round>> rounds = new EnumMap<>(Backend.class);
    Map<Backend, List<Long>> gcMillis = new EnumMap<>(Backend.class);
    for (Backend backend : Backend.values()) {
      warmup.put(backend, new ArrayList<>());
      rounds.put(backend, new ArrayList<>());
      gcMillis.put(backend, new ArrayList<>());
    }
    for (int r = 0; r < maxWarmup; r++) {
      boolean all = true;
      for (Backend backend : order(r)) {
        List<Workload.Round> done = warmup.get(backend);
        if (!stability.isStable(series(done))) {
          done.add(round(backend, workload, null));
          all &= stability.isStable(series(done));
        }
      }
      if (all) {
        break;
      }
    }
    for (int r = 0; r < measured; r++) {
      for (Backend backend : order(r)) {
        rounds.get(backend).add(round(backend, workload, gcMillis.get(backend)));
      }
    }
    for (Backend backend : Backend.values()) {
      String id = backend.id();
      List<Workload.Round> done = warmup.get(backend);
      ChildJvm.result(id + ".warmupRounds", done.size());
      ChildJvm.result(id + ".stable", stability.isStable(series(done)));
      for (int op = 0; op < OPERATIONS.length; op++) {
        int o = op;
        ChildJvm.result(id + "." + OPERATIONS[op] + ".warmupMicros", join(done, r -> phase(r, o).microsPerCall()));
        ChildJvm.result(id + "." + OPERATIONS[op] + ".micros",
            join(rounds.get(backend), r -> phase(r, o).microsPerCall()));
        ChildJvm.result(id + "." + OPERATIONS[op] + ".bytes",
            join(rounds.get(backend), r -> phase(r, o).bytesPerCall()));
      }
      ChildJvm.result(id + ".gcMillis", gcMillis.get(backend).stream().map(String::valueOf)
          .collect(Collectors.joining(",")));
    }
    awaitThreadsEnding(5_000);
    Set<String> threadsAfter = threadNames();
    ChildJvm.result("threadsBefore", threadsBefore.size());
    ChildJvm.result("threadsAfter", threadsAfter.size());
    threadsAfter.removeAll(threadsBefore);
    ChildJvm.result("threadsLeft", String.join(" ", threadsAfter));
    System.exit(0);
  }

  /** The backends in round {@code r}'s order: alternating, so that neither always runs first. */
  private static List<Backend> order(int r) {
    List<Backend> backends = new ArrayList<>(List.of(Backend.values()));
    if (r % 2 == 1) {
      java.util.Collections.reverse(backends);
    }
    return backends;
  }

  /** One round on a fresh instance of {@code backend}, closed afterwards; adds its GC time to {@code gc}. */
  private static Workload.Round round(Backend backend, Workload workload, List<Long> gc) {
    System.gc(); // the previous instance's garbage is not this round's cost
    long gcBefore = gcMillis();
    Workload.Round round;
    try (Backend.Session session = backend.open()) {
      round = workload.run(session.client());
    }
    if (gc != null) {
      gc.add(gcMillis() - gcBefore);
    }
    System.out.printf("%s: PutItem %.1f µs, GetItem %.1f µs, Query %.1f µs%n", backend.id(),
        round.put().microsPerCall(), round.get().microsPerCall(), round.query().microsPerCall());
    return round;
  }

  /** The names of the JVM's live threads, numbers dropped ({@code pool-3-thread-1} counts as {@code pool-#-thread-#}). */
  private static Set<String> threadNames() {
    Set<String> names = new TreeSet<>();
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.isAlive()) {
        names.add(thread.getName().replaceAll("[0-9]+", "#").replace(' ', '_'));
      }
    }
    return names;
  }

  /**
   * Waits, up to {@code millis} in all, for the threads other than the JVM's own and this one to end:
   * a closed DynamoDB Local instance's job threads end shortly after {@code shutdownNow()}, not at once.
   */
  private static void awaitThreadsEnding(long millis) {
    long deadline = System.nanoTime() + millis * 1_000_000;
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      long left = (deadline - System.nanoTime()) / 1_000_000;
      if (thread != Thread.currentThread() && !thread.isDaemon() && left > 0) {
        try {
          thread.join(left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  private static long gcMillis() {
    long total = 0;
    for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, bean.getCollectionTime());
    }
    return total;
  }

  private static Workload.Phase phase(Workload.Round round, int op) {
    return switch (op) {
      case 0 -> round.put();
      case 1 -> round.get();
      default -> round.query();
    };
  }

  /** Per operation, the microseconds per call of each round so far. */
  private static List<double[]> series(List<Workload.Round> rounds) {
    List<double[]> series = new ArrayList<>();
    for (int op = 0; op < OPERATIONS.length; op++) {
      int o = op;
      series.add(rounds.stream().mapToDouble(r -> phase(r, o).microsPerCall()).toArray());
    }
    return series;
  }

  private static String join(List<Workload.Round> rounds, java.util.function.ToDoubleFunction<Workload.Round> f) {
    return rounds.stream().map(r -> String.format(java.util.Locale.ROOT, "%.4f", f.applyAsDouble(r)))
        .collect(Collectors.joining(","));
  }
}
