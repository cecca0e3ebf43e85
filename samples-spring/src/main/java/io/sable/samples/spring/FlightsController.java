package io.sable.samples.spring;

import io.sable.samples.flights.model.Airport;
import io.sable.samples.flights.model.AirportRepository;
import io.sable.samples.flights.model.Flight;
import io.sable.samples.flights.model.FlightRepository;
import io.sable.samples.flights.model.Route;
import io.sable.samples.flights.model.RouteRepository;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The flights REST API: one endpoint per access pattern of the flights model, each one GetItem or
 * one Query (paged) on the table or an index; results as JSON arrays in key order. Bad parameters get
 * 400 with an RFC 9457 problem body ({@link ProblemDetails}).
 */
@RestController
class FlightsController {

  private final AirportRepository airports;
  private final FlightRepository flights;
  private final RouteRepository routes;

  FlightsController(AirportRepository airports, FlightRepository flights, RouteRepository routes) {
    this.airports = airports;
    this.flights = flights;
    this.routes = routes;
  }

  /** {@code GET /airports/SEA}: the airport (GetItem), or 404. */
  @GetMapping("/airports/{iata}")
  Airport airport(@PathVariable String iata) {
    return airports.airport(iata).orElseThrow(() ->
        new ResponseStatusException(HttpStatus.NOT_FOUND, "No airport " + iata));
  }

  /** {@code GET /states/WA/airports}: the state's airports by code (Query on GSI1). */
  @GetMapping("/states/{state}/airports")
  List<Airport> airportsInState(@PathVariable String state) {
    return airports.airportsInState(state).list();
  }

  /**
   * {@code GET /airports/SEA/departures?from=2001-01-01&to=2001-01-07}: inclusive dates (Query, sort key
   * BETWEEN); 400 if {@code to} is before {@code from}.
   */
  @GetMapping("/airports/{iata}/departures")
  List<Flight> departures(@PathVariable String iata,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    requireOrdered(from, to);
    return flights.departures(iata).between(start(from), end(to)).list();
  }

  /**
   * {@code GET /airports/LAX/arrivals?from=2001-01-01&to=2001-01-07}: inclusive dates (Query on GSI1);
   * 400 if {@code to} is before {@code from}.
   */
  @GetMapping("/airports/{iata}/arrivals")
  List<Flight> arrivals(@PathVariable String iata,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    requireOrdered(from, to);
    return flights.arrivals(iata).between(start(from), end(to)).list();
  }

  /**
   * {@code GET /airports/SEA/routes}: routes from the airport by destination (Query, {@code
   * begins_with}), each with the figures the command line prints: flights and average delay in minutes.
   */
  @GetMapping("/airports/{iata}/routes")
  List<RouteFigures> routes(@PathVariable String iata) {
    return routes.routes(iata).list().stream().map(RouteFigures::of).toList();
  }

  /**
   * {@code GET /airports/ORD/delayed?minDelay=180}: most delayed first (Query on the sparse GSI2,
   * descending); 400 if {@code minDelay} is below the index's threshold, which would silently leave out
   * the flights delayed less, or if {@code limit} is not positive.
   */
  @GetMapping("/airports/{iata}/delayed")
  List<Flight> delayed(@PathVariable String iata, @RequestParam(defaultValue = "60") int minDelay,
      @RequestParam(defaultValue = "100") int limit) {
    if (minDelay < Flight.DELAYED_MINUTES) {
      throw new BadParameterException("minDelay must be at least " + Flight.DELAYED_MINUTES
          + ": the index GSI2 holds only flights delayed that much (minDelay was " + minDelay + ")");
    }
    if (limit < 1) {
      throw new BadParameterException("limit must be at least 1 (limit was " + limit + ")");
    }
    return flights.delayedDepartures(iata).greaterThanOrEqualTo(minDelay).descending().limit(limit).list();
  }

  /**
   * A route as the API returns it: the stored counts and the mean delay the command line prints.
   *
   * @param flights the number of flights on the route
   * @param totalDelay the sum of their delays, in minutes
   * @param averageDelay {@code totalDelay / flights}, in minutes
   */
  record RouteFigures(String origin, String destination, long flights, long totalDelay, double averageDelay) {
    static RouteFigures of(Route route) {
      return new RouteFigures(route.origin(), route.destination(), route.flights(), route.totalDelay(),
          route.averageDelay());
    }
  }

  private static void requireOrdered(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw new BadParameterException("to (" + to + ") is before from (" + from + ")");
    }
  }

  private static LocalDateTime start(LocalDate day) {
    return day.atStartOfDay();
  }

  private static LocalDateTime end(LocalDate day) {
    return day.atTime(LocalTime.of(23, 59, 59));
  }
}
