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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads the flights of a Parquet file into memory, then loads them into a fresh engine through the
 * flights sample's generated repository (BatchWriteItem, one writer thread per core), then times typed
 * GetItem and Query calls on it and on a table of the sample's 20,000 flights. Runs in its own JVM,
 * whose {@code -Xmx} is the heap budget; prints {@code RESULT key=value} lines for {@link ChildJvm}.
 *
 * <pre>
 * java -Xmx3g -cp ... io.sable.benchmarks.scale.ScaleProbe FILE.parquet FLIGHTS LATENCY_CALLS
 * </pre>
 */
public final class ScaleProbe {
  private static final int CHUNK = 1000;

  private ScaleProbe() {}

  /** Arguments: the Parquet file, how many flights to load, timed calls per latency figure. */
  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    int limit = Integer.parseInt(args[1]);
    int calls = Integer.parseInt(args[2]);

    long readStart = System.nanoTime();
    FlightsParquet.Columns columns = FlightsParquet.read(file, limit);
    ChildJvm.result("readRowsPerSecond", columns.size() / seconds(readStart));

    try (SableEngine small = SableEngine.create(); SableEngine large = SableEngine.create()) {
      FlightsTable smallTable = FlightsTable.of(small.dynamoDbClient());
      smallTable.create();
      List<Flight> sampleFlights = FlightData.flights();
      smallTable.flightRepository().putAll(sampleFlights);

      long heapBefore = usedHeap();
      FlightsTable largeTable = FlightsTable.of(large.dynamoDbClient());
      largeTable.create();
      long start = System.nanoTime();
      load(columns, largeTable.flightRepository());
      double loadSeconds = seconds(start);
      long heapAfter = usedHeap();
      long items = large.dynamoDbClient().describeTable(b -> b.tableName(FlightsTable.DEFAULT_TABLE_NAME))
          .table().itemCount();
      List<Flight> probes = new ArrayList<>();
      long rawBytes = 0;
      for (int i = 0; i < columns.size(); i += Math.max(1, columns.size() / 1000)) {
        Flight flight = columns.flight(i);
        probes.add(flight);
        rawBytes += ItemSize.of(FlightSchema.INSTANCE.itemToMap(flight, true));
      }
      ChildJvm.result("flights", columns.size());
      ChildJvm.result("items", items);
      ChildJvm.result("loadSeconds", loadSeconds);
      ChildJvm.result("itemsPerSecond", columns.size() / loadSeconds);
      ChildJvm.result("heapBytes", heapAfter - heapBefore);
      ChildJvm.result("heapBytesPerItem", (heapAfter - heapBefore) / (double) columns.size());
      ChildJvm.result("rawItemBytes", rawBytes / (double) probes.size());
      ChildJvm.result("maxHeapBytes", Runtime.getRuntime().maxMemory());

      latencies("small", smallTable.flightRepository(), sampleFlights.subList(0, 1000), calls);
      latencies("large", largeTable.flightRepository(), probes, calls);
    }
  }

  /** Writes every flight, {@value #CHUNK} a task, on one thread per core. */
  private static void load(FlightsParquet.Columns columns, FlightRepository flights) throws Exception {
    int writers = Runtime.getRuntime().availableProcessors();
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      List<Future<?>> tasks = new ArrayList<>();
      for (int from = 0; from < columns.size(); from += CHUNK) {
        int start = from;
        int end = Math.min(columns.size(), from + CHUNK);
        tasks.add(pool.submit(() -> flights.putAll(columns.flights(start, end))));
      }
      for (Future<?> task : tasks) {
        task.get();
      }
    } finally {
      pool.shutdownNow();
    }
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
