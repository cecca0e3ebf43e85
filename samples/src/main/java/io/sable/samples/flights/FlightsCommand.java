package io.sable.samples.flights;

import io.sable.runtime.query.RangeQuery;
import io.sable.samples.Backend;
import io.sable.samples.SampleCommand;
import io.sable.samples.flights.model.Airport;
import io.sable.samples.flights.model.AirportCollection;
import io.sable.samples.flights.model.Flight;
import io.sable.samples.flights.model.FlightRepository;
import io.sable.samples.flights.model.FlightsTable;
import io.sable.samples.flights.model.Route;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * The flights sample's command line: each command runs one access pattern, prints one line per
 * result, and prints last {@code count: N}.
 */
@Command(
    name = "flights",
    mixinStandardHelpOptions = true,
    description = {
      "U.S. flights (Bureau of Transportation Statistics) and airports in one DynamoDB table.",
      "Each command runs one access pattern. By default it runs on Sable's embedded engine, which is loaded "
          + "with the sample data first; with --endpoint it runs on that DynamoDB endpoint, where 'load' must "
          + "have been run."
    })
public final class FlightsCommand extends SampleCommand {

  @Option(names = "--table", defaultValue = FlightsTable.DEFAULT_TABLE_NAME,
      description = "The table name (${DEFAULT-VALUE}).")
  private String tableName;

  @Command(name = "load", description = "Creates the table and loads airports.csv and flights-20k.json; prints the "
      + "numbers of airports, flights and routes written.")
  int load() throws Exception {
    try (FlightsSession session = open(false)) {
      FlightsLoader.Counts counts = session.createAndLoad(err());
      out().printf("airports: %d%nflights: %d%nroutes: %d%n", counts.airports(), counts.flights(), counts.routes());
    }
    return 0;
  }

  @Command(name = "airport", description = "One airport by its code (GetItem).")
  int airport(@Parameters(paramLabel = "IATA") String iata) throws Exception {
    try (FlightsSession session = open(true)) {
      print(session.table().airportRepository().airport(iata).stream().toList(), FlightsCommand::airportLine);
    }
    return 0;
  }

  @Command(name = "airports-in-state", description = "The airports of one state, by code (Query on GSI1).")
  int airportsInState(@Parameters(paramLabel = "STATE") String state) throws Exception {
    try (FlightsSession session = open(true)) {
      print(session.table().airportRepository().airportsInState(state).list(), FlightsCommand::airportLine);
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
      throw new ParameterException(spec().commandLine(), "TO (" + to + ") is before FROM (" + from + ")");
    }
    try (FlightsSession session = open(true)) {
      LocalDateTime start = from.atStartOfDay();
      LocalDateTime end = to.atTime(LocalTime.of(23, 59, 59));
      print(accessPattern.apply(session.table().flightRepository()).between(start, end).list(),
          FlightsCommand::flightLine);
    }
    return 0;
  }

  @Command(name = "routes",
      description = "The routes from an airport, by destination: flight count and average delay (Query).")
  int routes(@Parameters(paramLabel = "IATA") String iata) throws Exception {
    try (FlightsSession session = open(true)) {
      print(session.table().routeRepository().routes(iata).list(), FlightsCommand::routeLine);
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
      throw new ParameterException(spec().commandLine(), "MIN_DELAY must be at least " + Flight.DELAYED_MINUTES
          + ": the index GSI2 holds only flights delayed that much");
    }
    try (FlightsSession session = open(true)) {
      RangeQuery<Flight, Integer> delayed = session.table().flightRepository().delayedDepartures(iata);
      if (countOnly) {
        out().printf("count: %d%n", delayed.greaterThanOrEqualTo(minDelay).count());
        out().flush();
      } else {
        print(delayed.greaterThanOrEqualTo(minDelay).descending().list(), FlightsCommand::flightLine);
      }
    }
    return 0;
  }

  @Command(name = "collection",
      description = "One Query over an airport's item collection: its profile, departures and routes, each decoded "
          + "into its own class; prints the count per entity type.")
  int collection(@Parameters(paramLabel = "IATA") String iata) throws Exception {
    try (FlightsSession session = open(true)) {
      AirportCollection collection = session.table().airportCollection(iata).get();
      int airports = collection.airport().isPresent() ? 1 : 0;
      out().printf("Airport: %d%nFlight: %d%nRoute: %d%ncount: %d%n", airports, collection.departures().size(),
          collection.routes().size(), airports + collection.departures().size() + collection.routes().size());
    }
    return 0;
  }

  private FlightsSession open(boolean loadEmbedded) {
    Backend backend = backend();
    FlightsSession session = new FlightsSession(backend, tableName);
    if (loadEmbedded && backend.isEmbedded()) {
      session.createAndLoad(err());
    }
    return session;
  }

  static String airportLine(Airport a) {
    return String.format(Locale.ROOT, "%s  %s  %s, %s, %s  %.5f, %.5f", a.iata(), a.name(), a.city(), a.state(),
        a.country(), a.latitude(), a.longitude());
  }

  static String flightLine(Flight f) {
    return String.format(Locale.ROOT, "%s  %s -> %s  delay %d min  %d mi  #%d", f.departure(), f.origin(),
        f.destination(), f.delay(), f.distance(), f.id());
  }

  static String routeLine(Route r) {
    return String.format(Locale.ROOT, "%s -> %s  %d flights  average delay %.1f min", r.origin(), r.destination(),
        r.flights(), r.averageDelay());
  }
}
