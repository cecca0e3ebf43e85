/**
 * The flights model: one DynamoDB table holding airports, flights and routes, with two overloaded
 * global secondary indexes.
 *
 * <table>
 *   <caption>Keys</caption>
 *   <tr><th>Entity</th><th>PK / SK</th><th>GSI1PK / GSI1SK</th><th>GSI2PK / GSI2SK</th></tr>
 *   <tr><td>Airport</td><td>{@code AIRPORT#{iata}} / {@code PROFILE}</td>
 *       <td>{@code STATE#{state}} / {@code AIRPORT#{iata}} (absent without a state)</td><td></td></tr>
 *   <tr><td>Flight</td><td>{@code AIRPORT#{origin}} / {@code DEP#{departure}#{id}}</td>
 *       <td>{@code AIRPORT#{destination}} / {@code ARR#{departure}#{id}}</td>
 *       <td>{@code DELAYED#{origin}} / {@code {delay}#{id}} (only delays of 60 minutes or more)</td></tr>
 *   <tr><td>Route</td><td>{@code AIRPORT#{origin}} / {@code ROUTE#{destination}}</td><td></td><td></td></tr>
 * </table>
 *
 * <p>An airport's item collection ({@code AIRPORT#SEA}) holds its profile, its departures and its
 * routes, so one Query returns all three; GSI1 overloads arrivals (by destination airport) with
 * airports by state.
 */
package io.sable.samples.flights.model;
