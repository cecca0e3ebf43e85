package io.sable.benchmarks.scale;

import io.sable.benchmarks.ChildJvm;
import io.sable.engine.SableEngine;
import io.sable.engine.value.ItemSize;
import io.sable.samples.flights.data.FlightData;
import io.sable.samples.flights.model.Flight;
import io.sable.samples.flights.model.FlightRepository;
import io.sable.samples.flights.model.FlightSchema;
import io.sable.samples.flights.model.FlightsTable;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Loads the flights of a Parquet file into a fresh engine through the flights sample's generated
 * repository (BatchWriteItem, one reader thread and one writer thread per core), then times typed
 * GetItem and Query calls on it and on a table of the sample's 20,000 flights. Runs in its own JVM,
 * whose {@code -Xmx} is the heap budget; prints {@code RESULT key=value} lines for {@link ChildJvm}.
 *
 * <pre>
 * java -Xmx3g -cp ... io.sable.benchmarks.scale.ScaleProbe FILE.parquet FLIGHTS LATENCY_CALLS
 * </pre>
 */
public final class ScaleProbe {
  private static final int CHUNK = 1000;
  private static final List<Flight> END = List.of();

  private ScaleProbe() {}

  /** Arguments: the Parquet file, how many flights to load, timed calls per latency figure. */
  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    int limit = Integer.parseInt(args[1]);
    int calls = Integer.parseInt(args[2]);

    long readStart = System.nanoTime();
    int[] read = {0};
    FlightsParquet.read(file, limit, CHUNK, chunk -> read[0] += chunk.size());
    ChildJvm.result("readRowsPerSecond", read[0] / seconds(readStart));

    try (SableEngine small = SableEngine.create(); SableEngine large = SableEngine.create()) {
      FlightsTable smallTable = FlightsTable.of(small.dynamoDbClient());
      smallTable.create();
      List<Flight> sampleFlights = FlightData.flights();
      smallTable.flightRepository().putAll(sampleFlights);

      long heapBefore = usedHeap();
      FlightsTable largeTable = FlightsTable.of(large.dynamoDbClient());
      largeTable.create();
      List<Flight> probes = new ArrayList<>();
      long[] rawBytes = {0, 0};
      long start = System.nanoTime();
      long loaded = load(file, limit, largeTable.flightRepository(), chunk -> {
        Flight first = chunk.get(0);
        probes.add(first);
        rawBytes[0] += ItemSize.of(FlightSchema.INSTANCE.itemToMap(first, true));
        rawBytes[1]++;
      });
      double loadSeconds = seconds(start);
      long heapAfter = usedHeap();
      long items = large.dynamoDbClient().describeTable(b -> b.tableName(FlightsTable.DEFAULT_TABLE_NAME))
          .table().itemCount();
      ChildJvm.result("flights", loaded);
      ChildJvm.result("items", items);
      ChildJvm.result("loadSeconds", loadSeconds);
      ChildJvm.result("itemsPerSecond", loaded / loadSeconds);
      ChildJvm.result("heapBytes", heapAfter - heapBefore);
      ChildJvm.result("heapBytesPerItem", (heapAfter - heapBefore) / (double) loaded);
      ChildJvm.result("rawItemBytes", rawBytes[0] / (double) rawBytes[1]);
      ChildJvm.result("maxHeapBytes", Runtime.getRuntime().maxMemory());

      latencies("small", smallTable.flightRepository(), sampleFlights.subList(0, 1000), calls);
      latencies("large", largeTable.flightRepository(), probes, calls);
    }
  }

  /** Loads the file's flights; {@code sample} sees the first chunk of each BatchWriteItem task. */
  private static long load(Path file, int limit, FlightRepository flights, Consumer<List<Flight>> sample)
      throws Exception {
    int writers = Runtime.getRuntime().availableProcessors();
    BlockingQueue<List<Flight>> queue = new ArrayBlockingQueue<>(4 * writers);
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    List<Future<Long>> results = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      results.add(pool.submit(() -> {
        long written = 0;
        RuntimeException failure = null;
        for (List<Flight> chunk = queue.take(); chunk != END; chunk = queue.take()) {
          try {
            if (failure == null) {
              flights.putAll(chunk);
              written += chunk.size();
            }
          } catch (RuntimeException e) {
            failure = e; // keep draining, so that the reader never blocks on a full queue
          }
        }
        if (failure != null) {
          throw failure;
        }
        return written;
      }));
    }
    try {
      FlightsParquet.read(file, limit, CHUNK, chunk -> {
        sample.accept(chunk);
        put(queue, chunk);
      });
    } finally {
      for (int w = 0; w < writers; w++) {
        put(queue, END);
      }
      pool.shutdown();
    }
    long total = 0;
    for (Future<Long> result : results) {
      total += result.get();
    }
    return total;
  }

  /** Median microseconds of GetItem, Query of 50 departures and Query of 50 delayed (GSI2). */
  private static void latencies(String table, FlightRepository flights, List<Flight> probes, int calls) {
    int[] next = {0};
    time(table + ".getItem", calls, () -> {
      Flight f = probes.get(next[0]++ % probes.size());
      return flights.get(f.origin(), f.departure(), f.id()).isPresent() ? 1 : 0;
    });
    time(table + ".queryDepartures50", calls, () -> flights.departures("ORD").limit(50).page().items().size());
    time(table + ".queryDelayedIndex50", calls,
        () -> flights.delayedDepartures("ORD").descending().limit(50).page().items().size());
  }

  private interface Call {
    int run();
  }

  /** Warms up, then prints the median of 20 rounds' mean microseconds per call, and items per call. */
  private static void time(String key, int calls, Call call) {
    int perRound = Math.max(1, calls / 20);
    for (int i = 0; i < calls; i++) {
      call.run();
    }
    double[] rounds = new double[20];
    int items = 0;
    for (int r = 0; r < rounds.length; r++) {
      long start = System.nanoTime();
      for (int i = 0; i < perRound; i++) {
        items = call.run();
      }
      rounds[r] = (System.nanoTime() - start) / 1e3 / perRound;
    }
    java.util.Arrays.sort(rounds);
    ChildJvm.result(key + ".micros", (rounds[9] + rounds[10]) / 2);
    ChildJvm.result(key + ".items", items);
  }

  private static void put(BlockingQueue<List<Flight>> queue, List<Flight> chunk) {
    try {
      queue.put(chunk);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while loading", e);
    }
  }

  private static long usedHeap() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
