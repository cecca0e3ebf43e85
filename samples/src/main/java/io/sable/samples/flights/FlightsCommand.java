package io.sable.samples.flights;

import io.sable.runtime.query.RangeQuery;
import io.sable.samples.Backend;
import io.sable.samples.SampleCommand;
import io.sable.samples.SampleError;
import io.sable.samples.output.OutputFormat;
import io.sable.samples.output.ResultTable;
import io.sable.samples.flights.model.Airport;
import io.sable.samples.flights.model.AirportCollection;
import io.sable.samples.flights.model.Flight;
import io.sable.samples.flights.model.FlightRepository;
import io.sable.samples.flights.model.FlightsTable;
import io.sable.samples.flights.model.Route;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;

/**
 * The flights sample's command line: each command runs one access pattern, prints one line per
 * result, and prints last {@code count: N}.
 */
/**
 * The flights sample's command line: each command runs one access pattern and prints its results as
 * a table (or {@code --format json|csv}).
 */
@Command(
    name = "flights",
    subcommands = HelpCommand.class,
    description = {
      "U.S. flights (Bureau of Transportation Statistics) and airports in one DynamoDB table.",
      "Each command runs one access pattern. By default it runs on Sable's embedded engine, kept in --data-dir: "
          + "the first run loads the sample data, later runs reuse it; with --endpoint it "
          + "runs on that DynamoDB endpoint, where 'load' must have been run."
    })
public final class FlightsCommand extends SampleCommand {

  /** What {@code load} writes, as recorded in the data directory: another value there means reload. */
  static final String DATA_SET = "flights-20k.json and airports.csv (vega-datasets 3.2.1)";

  @Option(names = "--table", defaultValue = FlightsTable.DEFAULT_TABLE_NAME, scope = ScopeType.INHERIT,
      description = "The table name (${DEFAULT-VALUE}).")
  private String tableName;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", scope = ScopeType.INHERIT,
      description = "How results print: table (aligned, with a count), json or csv (${DEFAULT-VALUE}).")
  private OutputFormat format;

  @Override
  protected OutputFormat format() {
    return format;
  }

  @Override
  protected String sampleName() {
    return "flights";
  }

  @Override
  public String tableName() {
    return tableName;
  }

  @Override
  public String defaultTableName() {
    return FlightsTable.DEFAULT_TABLE_NAME;
  }

  @Command(name = "load", description = "Creates the table and loads airports.csv and flights-20k.json; prints the "
      + "numbers of airports, flights and routes written. On the embedded engine: reloads --data-dir.")
  int load() throws Exception {
    FlightsLoader.Counts[] counts = new FlightsLoader.Counts[1];
    try (FlightsSession session = open(true, loaded -> counts[0] = loaded)) {
      if (isRemote()) {
        counts[0] = session.createAndLoad(err());
      }
      out().printf("airports: %d%nflights: %d%nroutes: %d%n", counts[0].airports(), counts[0].flights(),
          counts[0].routes());
    }
    return 0;
  }

  @Command(name = "airport", description = "One airport by its code (GetItem); exit code 1 if there is none.")
  int airport(@Parameters(paramLabel = "IATA") String iata) throws Exception {
    try (FlightsSession session = open()) {
      List<Airport> airport = session.table().airportRepository().airport(iata).stream().toList();
      if (airport.isEmpty()) {
        throw new SampleError("no airport '" + iata + "' in table " + tableName
            + " (codes are IATA's, three letters, such as SEA)");
      }
      print(airports(airport));
    }
    return 0;
  }

  @Command(name = "airports-in-state", description = "The airports of one state, by code (Query on GSI1).")
  int airportsInState(@Parameters(paramLabel = "STATE") String state) throws Exception {
    try (FlightsSession session = open()) {
      print(airports(session.table().airportRepository().airportsInState(state).list()));
    }
    return 0;
  }
  @Command(name = "departures",
      description = "Flights leaving an airport between two dates, inclusive, by departure time (Query).")
  int departures(
      @Parameters(paramLabel = "IATA") String iata,
      @Parameters(paramLabel = "FROM", description = "yyyy-MM-dd") LocalDate from,
      @Parameters(paramLabel = "TO", description = "yyyy-MM-dd") LocalDate to) throws Exception {
    return flightsBetween(repository -> repository.departures(iata), from, to);
  }

  @Command(name = "arrivals",
      description = "Flights arriving at an airport, departed between two dates, inclusive, by departure time "
          + "(Query on GSI1).")
  int arrivals(
      @Parameters(paramLabel = "IATA") String iata,
      @Parameters(paramLabel = "FROM", description = "yyyy-MM-dd") LocalDate from,
      @Parameters(paramLabel = "TO", description = "yyyy-MM-dd") LocalDate to) throws Exception {
    return flightsBetween(repository -> repository.arrivals(iata), from, to);
  }

  /** Prints the flights whose departure lies between two dates, inclusive, by one access pattern. */
  private int flightsBetween(
      Function<FlightRepository, RangeQuery<Flight, LocalDateTime>> accessPattern, LocalDate from, LocalDate to)
      throws Exception {
    if (to.isBefore(from)) {
      throw usageError("TO (" + to + ") is before FROM (" + from + ")");
    }
    try (FlightsSession session = open()) {
      LocalDateTime start = from.atStartOfDay();
      LocalDateTime end = to.atTime(LocalTime.of(23, 59, 59));
      print(flights(accessPattern.apply(session.table().flightRepository()).between(start, end).list()));
    }
    return 0;
  }

  @Command(name = "routes",
      description = "The routes from an airport, by destination: flight count and average delay (Query).")
  int routes(@Parameters(paramLabel = "IATA") String iata) throws Exception {
    try (FlightsSession session = open()) {
      print(routes(session.table().routeRepository().routes(iata).list()));
    }
    return 0;
  }

  @Command(name = "delayed",
      description = "Flights from an airport delayed at least MIN_DELAY minutes, most delayed first (Query on the "
          + "sparse GSI2, which holds only delays of 60 minutes or more).")
  int delayed(
      @Parameters(paramLabel = "IATA") String iata,
      @Parameters(paramLabel = "MIN_DELAY", description = "minutes, at least 60") int minDelay,
      @Option(names = "--count", description = "print only the count, which DynamoDB computes (Select = COUNT): "
          + "the items are read, not returned") boolean countOnly) throws Exception {
    if (minDelay < Flight.DELAYED_MINUTES) {
      throw usageError("MIN_DELAY must be at least " + Flight.DELAYED_MINUTES
          + ": the index GSI2 holds only flights delayed that much");
    }
    try (FlightsSession session = open()) {
      RangeQuery<Flight, Integer> delayed = session.table().flightRepository().delayedDepartures(iata);
      if (countOnly) {
        long count = delayed.greaterThanOrEqualTo(minDelay).count();
        if (format() == OutputFormat.table) {
          out().println(ResultTable.count(count, "flight", "flights"));
          out().flush();
        } else {
          print(ResultTable.of("count", "counts", "flights").row(count));
        }
      } else {
        print(flights(delayed.greaterThanOrEqualTo(minDelay).descending().list()));
      }
    }
    return 0;
  }

  @Command(name = "collection",
      description = "One Query over an airport's item collection: its profile, departures and routes, each decoded "
          + "into its own class; prints the count per entity type.")
  int collection(@Parameters(paramLabel = "IATA") String iata) throws Exception {
    try (FlightsSession session = open()) {
      AirportCollection collection = session.table().airportCollection(iata).get();
      int airports = collection.airport().isPresent() ? 1 : 0;
      print(ResultTable.of("entity type", "entity types", "entity", "items")
          .row("Airport", airports)
          .row("Flight", collection.departures().size())
          .row("Route", collection.routes().size()));
    }
    return 0;
  }

  /** The flights table, loaded first on the embedded engine if its data directory needs it. */
  private FlightsSession open() {
    return open(false, counts -> { });
  }

  private FlightsSession open(boolean reload, Consumer<FlightsLoader.Counts> loaded) {
    Backend backend = backend(reload, DATA_SET + " in table " + tableName,
        embedded -> loaded.accept(new FlightsSession(embedded, tableName).createAndLoad(err())));
    return new FlightsSession(backend, tableName);
  }

  /** Airports as a table: code, name, city, state, country, latitude, longitude. */
  static ResultTable airports(List<Airport> airports) {
    return ResultTable.of("airport", "airports", "iata", "name", "city", "state", "country", "latitude", "longitude")
        .rows(airports, a -> List.of(a.iata(), a.name(), a.city(), a.state(), a.country(), a.latitude(),
            a.longitude()));
  }

  /** Flights as a table: departure (local time), origin, destination, delay (minutes), distance (miles), id. */
  static ResultTable flights(List<Flight> flights) {
    return ResultTable.of("flight", "flights", "departure", "origin", "destination", "delayMinutes", "miles", "id")
        .rows(flights, f -> List.of(f.departure(), f.origin(), f.destination(), f.delay(), f.distance(), f.id()));
  }

  /** Routes as a table: origin, destination, flight count, average delay (minutes, one decimal). */
  static ResultTable routes(List<Route> routes) {
    return ResultTable.of("route", "routes", "origin", "destination", "flights", "averageDelayMinutes")
        .rows(routes, r -> List.of(r.origin(), r.destination(), r.flights(),
            BigDecimal.valueOf(r.averageDelay()).setScale(1, RoundingMode.HALF_EVEN)));
  }
}
