package io.sable.samples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sable.samples.flights.data.FlightData;
import io.sable.samples.flights.model.Flight;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The service as it starts with one command: the application on the in-process engine, loaded with
 * the sample data (every airport, and the first {@value #FLIGHTS} flights, two weeks of January 2001,
 * to keep the build fast), its endpoints called over HTTP and checked against the data files.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.main.banner-mode=off", "logging.level.root=WARN",
        "flights.sample-flights=" + FlightsServiceApplicationTest.FLIGHTS})
class FlightsServiceApplicationTest {

  static final int FLIGHTS = 3000;

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @LocalServerPort
  int port;

  @Autowired
  ObjectMapper json;

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode getJson(String path) throws IOException, InterruptedException {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
    return json.readTree(response.body());
  }

  @Test
  void airport_whenKnown_returnsItsProfile() throws Exception {
    JsonNode ord = getJson("/airports/ORD");

    assertThat(ord.get("name").asText()).isEqualTo("Chicago O'Hare International");
    assertThat(ord.get("state").asText()).isEqualTo("IL");
  }

  @Test
  void airport_whenUnknown_is404() throws Exception {
    assertThat(get("/airports/XXX").statusCode()).isEqualTo(404);
  }

  @Test
  void delayed_whenAskedForTwoHours_returnsTheDataFilesFlightsMostDelayedFirst() throws Exception {
    List<Integer> expected = loaded().stream()
        .filter(f -> f.origin().equals("ORD") && f.delay() >= 120)
        .sorted(Comparator.comparingInt(Flight::delay).thenComparingInt(Flight::id).reversed())
        .map(Flight::id).toList();

    JsonNode delayed = getJson("/airports/ORD/delayed?minDelay=120");

    assertThat(ids(delayed)).isNotEmpty().isEqualTo(expected);
  }

  @Test
  void departures_whenGivenAWeek_returnsTheDataFilesFlightsInDepartureOrder() throws Exception {
    List<Integer> expected = loaded().stream()
        .filter(f -> f.origin().equals("SEA") && !f.departure().toLocalDate().isBefore(LocalDate.of(2001, 1, 1))
            && !f.departure().toLocalDate().isAfter(LocalDate.of(2001, 1, 7)))
        .sorted(Comparator.comparing(Flight::departure).thenComparingInt(Flight::id))
        .map(Flight::id).toList();

    assertThat(ids(getJson("/airports/SEA/departures?from=2001-01-01&to=2001-01-07"))).isNotEmpty().isEqualTo(expected);
  }

  @Test
  void routes_whenLoaded_countEveryFlightFromTheAirport() throws Exception {
    long flightsFromSea = loaded().stream().filter(f -> f.origin().equals("SEA")).count();

    JsonNode routes = getJson("/airports/SEA/routes");

    assertThat(StreamSupport.stream(routes.spliterator(), false).mapToLong(r -> r.get("flights").asLong()).sum())
        .isEqualTo(flightsFromSea);
  }

  @Test
  void health_whenTheTableIsActive_isUpWithTheTable() throws Exception {
    JsonNode health = getJson("/actuator/health");

    assertThat(health.get("status").asText()).isEqualTo("UP");
    assertThat(health.at("/components/sable/details/Flights").asText()).startsWith("ACTIVE");
  }

  @Test
  void metrics_whenEndpointsWereCalled_timeRequestsAndSumCapacityPerAccessPattern() throws Exception {
    getJson("/airports/SEA/routes");

    JsonNode requests = getJson("/actuator/metrics/sable.dynamodb.requests?tag=operation:Query&tag=table:Flights");
    JsonNode capacity = getJson("/actuator/metrics/sable.dynamodb.consumed.capacity?tag=operation:Query&tag=table:Flights");

    assertThat(requests.at("/measurements/0/value").asDouble()).isGreaterThanOrEqualTo(1);
    // The engine reports each Query's ConsumedCapacity, as DynamoDB does; the routes alone cost units.
    assertThat(measurement(capacity, "COUNT")).isGreaterThanOrEqualTo(1);
    assertThat(measurement(capacity, "TOTAL")).isPositive();
  }

  private static double measurement(JsonNode metric, String statistic) {
    for (JsonNode measurement : metric.get("measurements")) {
      if (measurement.get("statistic").asText().equals(statistic)) {
        return measurement.get("value").asDouble();
      }
    }
    throw new AssertionError("No " + statistic + " in " + metric);
  }

  private static final List<Flight> LOADED = FlightData.flights().subList(0, FLIGHTS);

  private static List<Flight> loaded() {
    return LOADED;
  }

  private static List<Integer> ids(JsonNode flights) {
    return StreamSupport.stream(flights.spliterator(), false).map(f -> f.get("id").asInt()).toList();
  }
}
