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
 * one Query (paged) on the table or an index; results as JSON arrays in key order.
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

  /** {@code GET /airports/SEA/departures?from=2001-01-01&to=2001-01-07}: inclusive dates (Query, sort key BETWEEN). */
  @GetMapping("/airports/{iata}/departures")
  List<Flight> departures(@PathVariable String iata,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    return flights.departures(iata).between(start(from), end(to)).list();
  }

  /** {@code GET /airports/LAX/arrivals?from=2001-01-01&to=2001-01-07}: inclusive dates (Query on GSI1). */
  @GetMapping("/airports/{iata}/arrivals")
  List<Flight> arrivals(@PathVariable String iata,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    return flights.arrivals(iata).between(start(from), end(to)).list();
  }

  /** {@code GET /airports/SEA/routes}: routes from the airport, with counts (Query, {@code begins_with}). */
  @GetMapping("/airports/{iata}/routes")
  List<Route> routes(@PathVariable String iata) {
    return routes.routes(iata).list();
  }

  /** {@code GET /airports/ORD/delayed?minDelay=180}: most delayed first (Query on the sparse GSI2, descending). */
  @GetMapping("/airports/{iata}/delayed")
  List<Flight> delayed(@PathVariable String iata, @RequestParam(defaultValue = "60") int minDelay,
      @RequestParam(defaultValue = "100") int limit) {
    return flights.delayedDepartures(iata).greaterThanOrEqualTo(minDelay).descending().limit(limit).list();
  }

  private static LocalDateTime start(LocalDate day) {
    return day.atStartOfDay();
  }

  private static LocalDateTime end(LocalDate day) {
    return day.atTime(LocalTime.of(23, 59, 59));
  }
}
