package io.sable.samples.flights.model;

import io.sable.annotations.ItemCollection;
import java.util.List;
import java.util.Optional;

/**
 * An airport's item collection, read by one Query on {@code AIRPORT#{iata}}: its profile, its
 * departures and its routes, each decoded into its own class.
 *
 * @param airport the airport's profile, if loaded
 * @param departures the flights leaving it, by departure time
 * @param routes the routes from it, by destination
 */
@ItemCollection(table = Flights.class, partitionKey = "AIRPORT#{iata}")
public record AirportCollection(Optional<Airport> airport, List<Flight> departures, List<Route> routes) {}
