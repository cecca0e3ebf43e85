package io.sable.samples.flights;

import io.sable.samples.Backend;
import io.sable.samples.flights.data.FlightData;
import io.sable.samples.flights.model.FlightsTable;
import io.sable.samples.SampleError;
import io.sable.samples.flights.model.Airport;
import io.sable.samples.flights.model.Flight;
import io.sable.samples.progress.LoadProgress;
import java.io.PrintWriter;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;

/** The flights table on one {@link Backend}. */
final class FlightsSession implements AutoCloseable {

  private final Backend backend;
  private final FlightsTable table;
  private final String tableName;

  FlightsSession(Backend backend, String tableName) {
    this.backend = backend;
    this.tableName = tableName;
    this.table = FlightsTable.of(backend.dynamoDb(), tableName);
  }

  FlightsTable table() {
    return table;
  }

  /**
   * Creates the table and loads both data files, reporting progress (after a second) and the time
   * taken on {@code log}.
   *
   * @throws SampleError if the table exists already
   */
  FlightsLoader.Counts createAndLoad(PrintWriter log) {
    long start = System.nanoTime();
    try {
      table.create();
    } catch (ResourceInUseException e) {
      throw new SampleError("table " + tableName + " already exists at " + backend.name() + "; its commands "
          + "work on it as it is, or delete it first (aws dynamodb delete-table --table-name " + tableName
          + " --endpoint-url " + backend.name() + "), or load into another --table");
    }
    List<Airport> airports = FlightData.airports();
    List<Flight> flights = FlightData.flights();
    FlightsLoader.Counts counts;
    try (LoadProgress progress = LoadProgress.start(log, backend.name(), FlightsLoader.writes(airports, flights))) {
      counts = FlightsLoader.load(table, airports, flights, progress::written);
    }
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
