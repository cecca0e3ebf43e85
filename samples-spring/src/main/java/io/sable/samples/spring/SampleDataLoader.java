package io.sable.samples.spring;

import io.sable.samples.flights.FlightsLoader;
import io.sable.samples.flights.data.FlightData;
import io.sable.samples.flights.model.Flight;
import io.sable.samples.flights.model.FlightsTable;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Loads the sample's airports and flights (and counts routes) once every bean exists and before the
 * web server starts, so that no request sees a half-loaded table, when {@code
 * flights.load-sample-data=true}.
 */
@Component
@ConditionalOnProperty(name = "flights.load-sample-data", havingValue = "true")
class SampleDataLoader implements SmartInitializingSingleton {

  private static final Logger LOG = LoggerFactory.getLogger(SampleDataLoader.class);

  private final FlightsTable table;
  private final int maxFlights;

  /**
   * @param table the flights table
   * @param maxFlights how many of the 20,000 flights to load, from the first ({@code
   *     flights.sample-flights}; all unless set)
   */
  SampleDataLoader(FlightsTable table, @Value("${flights.sample-flights:20000}") int maxFlights) {
    this.table = table;
    this.maxFlights = maxFlights;
  }

  @Override
  public void afterSingletonsInstantiated() {
    long start = System.nanoTime();
    List<Flight> flights = FlightData.flights();
    flights = flights.subList(0, Math.min(flights.size(), Math.max(0, maxFlights)));
    FlightsLoader.Counts counts = FlightsLoader.load(table, FlightData.airports(), flights);
    LOG.info("Loaded {} airports, {} flights and {} routes into {} in {} ms", counts.airports(), counts.flights(),
        counts.routes(), table.tableClient().tableName(), (System.nanoTime() - start) / 1_000_000);
  }
}
