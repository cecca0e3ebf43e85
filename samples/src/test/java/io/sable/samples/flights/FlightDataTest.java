package io.sable.samples.flights;

import static org.assertj.core.api.Assertions.assertThat;

import io.sable.samples.flights.data.FlightData;
import io.sable.samples.flights.model.Airport;
import io.sable.samples.flights.model.Flight;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlightDataTest {

  @Test
  void flights_whenRead_giveEveryRecordItsPositionAsId() {
    List<Flight> flights = FlightData.flights();

    assertThat(flights).hasSize(20_000);
    assertThat(flights.get(0)).isEqualTo(new Flight("DTW", LocalDateTime.parse("2001-01-01T00:47"), 0, "LAS", 66, 1750));
    for (int i = 0; i < flights.size(); i++) {
      assertThat(flights.get(i).id()).isEqualTo(i);
    }
  }

  @Test
  void flights_whenTwoShareOriginMinuteAndDestination_keepBoth() {
    List<Flight> twins = FlightData.flights().stream()
        .filter(f -> f.origin().equals("PHX") && f.destination().equals("SAN")
            && f.departure().equals(LocalDateTime.parse("2001-02-18T20:40")))
        .toList();

    assertThat(twins).hasSize(2);
    assertThat(twins.get(0).id()).isNotEqualTo(twins.get(1).id());
  }

  @Test
  void airports_whenRead_parseQuotedNamesAndCoordinates() {
    List<Airport> airports = FlightData.airports();

    assertThat(airports).hasSize(3376);
    assertThat(airports).contains(
        new Airport("DBN", "W. H. \"Bud\" Barron", "Dublin", "GA", "USA", 32.56445806, -82.98525556));
  }
}
