package io.sable.samples.flights;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sable.dynamodblocal.DynamoDbLocal;
import io.sable.samples.SampleRun;
import io.sable.samples.output.OutputFormat;
import io.sable.samples.flights.data.FlightData;
import io.sable.samples.flights.model.Airport;
import io.sable.samples.flights.model.Flight;
import io.sable.samples.flights.model.Route;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command of the flights sample, run on the embedded engine and on DynamoDB Local (loaded
 * once, on loopback): both must print the same lines, and those lines must be what the data files
 * say.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FlightsCommandTest {

  private DynamoDbLocal local;
  private SampleRun localLoad;
  private final List<Flight> flights = FlightData.flights();
  private final List<Airport> airports = FlightData.airports();


  @BeforeAll
  void loadDynamoDbLocal() {
    local = DynamoDbLocal.start();
    localLoad = run("--endpoint", local.endpoint().toString(), "load");
    System.out.println("DynamoDB Local: " + localLoad.err().strip());
  }

  @AfterAll
  void stop() {
    local.close();
  }

  private static SampleRun run(String... args) {
    return SampleRun.of("flights", List.of(args));
  }

  static Stream<List<String>> commands() {
    return Stream.of(
        List.of("airport", "SEA"),
        List.of("airports-in-state", "WA"),
        List.of("departures", "SEA", "2001-01-01", "2001-01-07"),
        List.of("departures", "PHX", "2001-02-18", "2001-02-18"),
        List.of("arrivals", "SEA", "2001-03-01", "2001-03-31"),
        List.of("routes", "SEA"),
        List.of("delayed", "ORD", "120"),
        List.of("delayed", "ORD", "120", "--count"),
        List.of("collection", "SEA"));
  }

  @ParameterizedTest
  @MethodSource("commands")
  void command_whenRunOnEngineAndOnDynamoDbLocal_printsTheSameLines(List<String> command) {
    SampleRun.assertSameOnEngineAndEndpoint(FlightsCommandTest::run, local.endpoint(), command);
  }

  @Test
  void load_whenRunOnEngineAndOnDynamoDbLocal_writesTheSameCounts() {
    SampleRun engine = run("load");
    long routes = flights.stream().map(f -> f.origin() + ">" + f.destination()).distinct().count();

    assertThat(localLoad.exitCode()).as(localLoad.err()).isZero();
    assertThat(engine.lines()).containsExactly("airports: 3376", "flights: 20000", "routes: " + routes);
    assertThat(localLoad.lines()).isEqualTo(engine.lines());
  }

  @Test
  void departures_printsTheFlightsOfTheDataFileInDepartureOrder() {
    List<Flight> expected = flights.stream()
        .filter(f -> f.origin().equals("SEA"))
        .filter(f -> !f.departure().toLocalDate().isBefore(LocalDate.parse("2001-01-01"))
            && !f.departure().toLocalDate().isAfter(LocalDate.parse("2001-01-07")))
        .sorted(Comparator.comparing(Flight::departure).thenComparingInt(Flight::id))
        .toList();

    assertThat(run("departures", "SEA", "2001-01-01", "2001-01-07").out())
        .isEqualTo(FlightsCommand.flights(expected).render(OutputFormat.table)).endsWith(expected.size() + " flights\n");
  }

  @Test
  void departures_whenTwoFlightsShareOriginMinuteAndDestination_printsBoth() {
    List<String> lines = run("departures", "PHX", "2001-02-18", "2001-02-18").lines();

    assertThat(lines).filteredOn(line -> line.matches("2001-02-18T20:40 +PHX +SAN .*")).hasSize(2);
  }

  @Test
  void arrivals_printsTheFlightsOfTheDataFileInDepartureOrder() {
    List<Flight> expected = flights.stream()
        .filter(f -> f.destination().equals("SEA") && f.departure().getMonthValue() == 3)
        .sorted(Comparator.comparing(Flight::departure).thenComparingInt(Flight::id))
        .toList();

    assertThat(run("arrivals", "SEA", "2001-03-01", "2001-03-31").out())
        .isEqualTo(FlightsCommand.flights(expected).render(OutputFormat.table));
  }

  @Test
  void delayed_printsTheMostDelayedFirst() {
    List<Flight> expected = flights.stream()
        .filter(f -> f.origin().equals("ORD") && f.delay() >= 120)
        .sorted(Comparator.comparingInt(Flight::delay).thenComparingInt(Flight::id).reversed())
        .toList();

    assertThat(run("delayed", "ORD", "120").out()).isEqualTo(FlightsCommand.flights(expected).render(OutputFormat.table));
  }

  @Test
  void delayedCount_printsOnlyHowManyFlightsDelayedPrints() {
    long expected = flights.stream().filter(f -> f.origin().equals("ORD") && f.delay() >= 120).count();

    assertThat(run("delayed", "ORD", "120", "--count").lines()).containsExactly(expected + " flights");
  }

  @Test
  void delayed_whenBelowTheIndexThreshold_isRejected() {
    SampleRun result = run("delayed", "ORD", "30");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("MIN_DELAY must be at least 60");
  }

  @Test
  void routes_printsCountsAndAverageDelaysByDestination() {
    Map<String, List<Flight>> byDestination = flights.stream()
        .filter(f -> f.origin().equals("SEA"))
        .collect(Collectors.groupingBy(Flight::destination, TreeMap::new, Collectors.toList()));
    List<Route> expected = byDestination.entrySet().stream()
        .map(e -> new Route("SEA", e.getKey(), e.getValue().size(), e.getValue().stream().mapToLong(Flight::delay).sum()))
        .toList();

    assertThat(run("routes", "SEA").out()).isEqualTo(FlightsCommand.routes(expected).render(OutputFormat.table));
  }

  @Test
  void airportsInState_printsTheStatesAirportsByCode() {
    List<Airport> expected = airports.stream()
        .filter(a -> "WA".equals(a.state()))
        .sorted(Comparator.comparing(Airport::iata))
        .toList();

    assertThat(run("airports-in-state", "WA").out()).isEqualTo(FlightsCommand.airports(expected).render(OutputFormat.table));
  }

  @Test
  void collection_countsTheAirportItsDeparturesAndItsRoutes() {
    long departures = flights.stream().filter(f -> f.origin().equals("SEA")).count();
    long routes = flights.stream().filter(f -> f.origin().equals("SEA")).map(Flight::destination).distinct().count();

    assertThat(run("collection", "SEA", "--format", "csv").lines()).containsExactly(
        "entity,items", "Airport,1", "Flight," + departures, "Route," + routes);
  }

  @Test
  void query_whenTableMissingAtEndpoint_saysRunLoadFirst() {
    SampleRun result = run("--endpoint", local.endpoint().toString(), "--table", "Missing", "routes", "SEA");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err().strip()).isEqualTo("error: table Missing does not exist at " + local.endpoint()
        + "; run `bin/flights --endpoint " + local.endpoint() + " --table Missing load` first");
  }

  @Test
  void load_whenTableExistsAtEndpoint_saysHowToGoOn() {
    SampleRun result = run("--endpoint", local.endpoint().toString(), "load");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).startsWith("error: table Flights already exists at " + local.endpoint() + "; ")
        .contains("delete-table --table-name Flights").hasLineCount(1);
  }

  @Test
  void airport_whenFormatJson_printsAnArrayOfOneObject() throws Exception {
    SampleRun result = run("airport", "SEA", "--format", "json");

    JsonNode json = new ObjectMapper().readTree(result.out());
    assertThat(json).hasSize(1);
    assertThat(json.get(0).get("iata").asText()).isEqualTo("SEA");
    assertThat(json.get(0).get("city").asText()).isEqualTo("Seattle");
    assertThat(json.get(0).get("latitude").isNumber()).isTrue();
  }

  @Test
  void delayedCount_whenFormatCsv_printsAHeaderAndTheCount() {
    long expected = flights.stream().filter(f -> f.origin().equals("ORD") && f.delay() >= 120).count();

    assertThat(run("--format", "csv", "delayed", "ORD", "120", "--count").lines())
        .containsExactly("flights", Long.toString(expected));
  }

  @Test
  void airport_whenNoSuchAirport_saysSoWithExitCode1() {
    SampleRun engine = run("airport", "XXX");
    SampleRun remote = run("--endpoint", local.endpoint().toString(), "airport", "XXX");

    assertThat(engine.exitCode()).isEqualTo(1);
    assertThat(engine.out()).isEmpty();
    assertThat(engine.err()).startsWith("error: no airport 'XXX' in table Flights").hasLineCount(1);
    assertThat(remote.exitCode()).isEqualTo(1);
    assertThat(remote.err()).isEqualTo(engine.err());
  }

}
