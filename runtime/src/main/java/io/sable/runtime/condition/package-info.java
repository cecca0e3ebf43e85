/**
 * Typed conditions on entity attributes, for {@code FilterExpression}s (and later {@code
 * ConditionExpression}s): generated {@code FooAttributes} classes hold one {@link
 * io.sable.runtime.condition.Attribute} per field, and conditions are built from them without
 * strings.
 *
 * <pre>{@code
 * flights.departures("SEA")
 *     .filter(FlightAttributes.DELAY.greaterThan(60).and(FlightAttributes.DESTINATION.in("LAX", "SFO")))
 *     .list();
 * }</pre>
 *
 * <p>Every name and value becomes a placeholder, so reserved words are safe.
 */
package io.sable.runtime.condition;
