package io.sable.samples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sable.samples.flights.data.FlightData;
import io.sable.samples.flights.model.Flight;
import io.sable.samples.flights.model.Route;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
  void airport_whenUnknown_is404WithAProblemBody() throws Exception {
    assertProblem("/airports/XXX", 404, "No airport XXX");
  }

  @ParameterizedTest
  @ValueSource(strings = {"departures", "arrivals"})
  void flightsBetween_whenTheDatesAreReversed_is400SayingSo(String accessPattern) throws Exception {
    assertProblem("/airports/SEA/" + accessPattern + "?from=2001-01-07&to=2001-01-01", 400,
        "to (2001-01-01) is before from (2001-01-07)");
  }

  @Test
  void departures_whenADateIsMalformed_is400NamingTheParameterAndItsForm() throws Exception {
    assertProblem("/airports/SEA/departures?from=2001-13-01&to=2001-01-07", 400,
        "from is '2001-13-01', which is not a date (yyyy-MM-dd)");
  }

  @Test
  void departures_whenAParameterIsMissing_is400NamingIt() throws Exception {
    assertProblem("/airports/SEA/departures?from=2001-01-01", 400,
        "Required parameter 'to' is not present.");
  }

  @Test
  void delayed_whenMinDelayIsBelowTheIndexThreshold_is400WithTheReason() throws Exception {
    assertProblem("/airports/ORD/delayed?minDelay=30", 400,
        "minDelay must be at least 60: the index GSI2 holds only flights delayed that much (minDelay was 30)");
  }

  @Test
  void delayed_whenMinDelayIsNotANumber_is400() throws Exception {
    assertProblem("/airports/ORD/delayed?minDelay=lots", 400, "minDelay is 'lots', which is not a whole number");
  }

  @Test
  void delayed_whenTheLimitIsNotPositive_is400() throws Exception {
    assertProblem("/airports/ORD/delayed?minDelay=120&limit=0", 400, "limit must be at least 1 (limit was 0)");
  }

  /** An RFC 9457 problem body (application/problem+json) with this status and detail, for this path. */
  private void assertProblem(String path, int status, String detail) throws Exception {
    HttpResponse<String> response = get(path);

    assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
    JsonNode problem = json.readTree(response.body());
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("title").asText()).isEqualTo(status == 400 ? "Bad Request" : "Not Found");
    assertThat(problem.get("detail").asText()).isEqualTo(detail);
    assertThat(problem.get("instance").asText()).isEqualTo(path.replaceFirst("\\?.*", ""));
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
  void routes_whenLoaded_reportTheCommandLinesFiguresPerDestination() throws Exception {
    Map<String, List<Flight>> byDestination = loaded().stream().filter(f -> f.origin().equals("SEA"))
        .collect(Collectors.groupingBy(Flight::destination, TreeMap::new, Collectors.toList()));

    JsonNode routes = getJson("/airports/SEA/routes");

    assertThat(routes).hasSize(byDestination.size());
    for (JsonNode route : routes) {
      List<Flight> flights = byDestination.get(route.get("destination").asText());
      Route expected = new Route("SEA", route.get("destination").asText(), flights.size(),
          flights.stream().mapToLong(Flight::delay).sum());
      assertThat(route.get("flights").asLong()).isEqualTo(expected.flights());
      assertThat(route.get("totalDelay").asLong()).isEqualTo(expected.totalDelay());
      // The command line prints Route.averageDelay() ("average delay 12.3 min"); the API gives the same figure.
      assertThat(route.get("averageDelay").asDouble()).isEqualTo(expected.averageDelay());
    }
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
