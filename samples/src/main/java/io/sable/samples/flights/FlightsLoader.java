package io.sable.samples.flights;

import io.sable.samples.flights.model.Airport;
import io.sable.samples.flights.model.Flight;
import io.sable.samples.flights.model.FlightsTable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Loads airports and flights into the flights table, counting routes as it goes.
 *
 * <p>Writes run on a few threads: entities in BatchWriteItem chunks, and one UpdateItem {@code ADD}
 * per flight on its route. Concurrent {@code ADD}s on one route item are atomic in DynamoDB, so
 * the counts come out exact whatever the interleaving.
 */
public final class FlightsLoader {

  /** Writer threads: enough to hide a remote endpoint's latency, few enough for a laptop. */
  static final int THREADS = 8;

  /** Entities per task: four BatchWriteItem calls of 25. */
  private static final int CHUNK = 100;

  /**
   * What a load wrote.
   *
   * @param airports airport items (PutItem through BatchWriteItem)
   * @param flights flight items (PutItem through BatchWriteItem)
   * @param routes route items, created and counted by one UpdateItem {@code ADD} per flight
   */
  public record Counts(int airports, int flights, int routes) {}

  private FlightsLoader() {}

  /**
   * Writes every airport and flight, and adds each flight to its route. The table must exist.
   *
   * @throws RuntimeException the first failure of any write, after the other writes have stopped
   */
  public static Counts load(FlightsTable table, List<Airport> airports, List<Flight> flights) {
    return load(table, airports, flights, written -> { });
  }

  /** How many writes {@link #load} makes: one per airport and flight, and one per flight on its route. */
  public static long writes(List<Airport> airports, List<Flight> flights) {
    return airports.size() + 2L * flights.size();
  }

  /**
   * As {@link #load(FlightsTable, List, List)}, telling {@code written} how many writes each
   * finished step made (from the writer threads).
   */
  public static Counts load(FlightsTable table, List<Airport> airports, List<Flight> flights, LongConsumer written) {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      inParallel(pool, chunks(airports), chunk -> {
        table.airportRepository().putAll(chunk);
        written.accept(chunk.size());
      });
      inParallel(pool, chunks(flights), chunk -> {
        table.flightRepository().putAll(chunk);
        written.accept(chunk.size());
      });
      inParallel(pool, flights, flight -> {
        table.routeRepository()
            .update(flight.origin(), flight.destination())
            .addFlights(1)
            .addTotalDelay(flight.delay())
            .apply();
        written.accept(1);
      });
    } finally {
      pool.shutdownNow();
    }
    int routes = (int) flights.stream().map(f -> f.origin() + "#" + f.destination()).distinct().count();
    return new Counts(airports.size(), flights.size(), routes);
  }

  private static <T> List<List<T>> chunks(List<T> items) {
    List<List<T>> chunks = new ArrayList<>();
    for (int from = 0; from < items.size(); from += CHUNK) {
      chunks.add(items.subList(from, Math.min(items.size(), from + CHUNK)));
    }
    return chunks;
  }

  private static <T> void inParallel(ExecutorService pool, List<T> tasks, Consumer<T> work) {
    List<Future<?>> futures = new ArrayList<>(tasks.size());
    for (T task : tasks) {
      futures.add(pool.submit(() -> work.accept(task)));
    }
    try {
      for (Future<?> future : futures) {
        future.get();
      }
    } catch (ExecutionException e) {
      futures.forEach(f -> f.cancel(true));
      throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      futures.forEach(f -> f.cancel(true));
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while loading", e);
    }
  }
}
