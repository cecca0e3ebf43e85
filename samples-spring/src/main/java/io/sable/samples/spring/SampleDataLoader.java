package io.sable.samples.spring;

import io.sable.samples.flights.FlightsLoader;
import io.sable.samples.flights.data.FlightData;
import io.sable.samples.flights.model.FlightsTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
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

  SampleDataLoader(FlightsTable table) {
    this.table = table;
  }

  @Override
  public void afterSingletonsInstantiated() {
    long start = System.nanoTime();
    FlightsLoader.Counts counts = FlightsLoader.load(table, FlightData.airports(), FlightData.flights());
    LOG.info("Loaded {} airports, {} flights and {} routes into {} in {} ms", counts.airports(), counts.flights(),
        counts.routes(), table.tableClient().tableName(), (System.nanoTime() - start) / 1_000_000);
  }
}
