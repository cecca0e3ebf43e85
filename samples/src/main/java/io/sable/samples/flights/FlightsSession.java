package io.sable.samples.flights;

import io.sable.samples.Backend;
import io.sable.samples.flights.data.FlightData;
import io.sable.samples.flights.model.FlightsTable;
import java.io.PrintWriter;

/** The flights table on one {@link Backend}. */
final class FlightsSession implements AutoCloseable {

  private final Backend backend;
  private final FlightsTable table;

  FlightsSession(Backend backend, String tableName) {
    this.backend = backend;
    this.table = FlightsTable.of(backend.dynamoDb(), tableName);
  }

  FlightsTable table() {
    return table;
  }

  /** Creates the table and loads both data files, reporting the time taken on {@code log}. */
  FlightsLoader.Counts createAndLoad(PrintWriter log) {
    long start = System.nanoTime();
    table.create();
    FlightsLoader.Counts counts = FlightsLoader.load(table, FlightData.airports(), FlightData.flights());
    long millis = (System.nanoTime() - start) / 1_000_000;
    log.printf("loaded %d airports, %d flights and %d routes into %s in %d ms%n",
        counts.airports(), counts.flights(), counts.routes(), backend.name(), millis);
    log.flush();
    return counts;
  }

  @Override
  public void close() throws Exception {
    backend.close();
  }
}
