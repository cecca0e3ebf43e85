package io.sable.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A typed item collection: the items of several entity types that share one partition key, read by
 * one Query and returned as a record.
 *
 * <pre>{@code
 * @ItemCollection(table = Flights.class, partitionKey = "AIRPORT#{iata}")
 * public record AirportCollection(Optional<Airport> airport, List<Flight> departures, List<Route> routes) {}
 * }</pre>
 *
 * <p>Each component is a member: {@code List<E>} for any number of items of entity {@code E}, or
 * {@code Optional<E>} (or {@code E}, null when absent) for an entity whose sort key template has no
 * field, of which a partition holds at most one. Every member's partition key template for the key
 * used must have the collection's shape: the same literals, and fields with the same encodings, in
 * the same places. The table class gets a method named after the record ({@code
 * airportCollection(String iata)}) whose parameters are the template's fields.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ItemCollection {

  /** The {@link Table}-annotated type the entities are stored in. */
  Class<?> table();

  /**
   * The partition key template of the collection; its field names become the method's parameters.
   */
  String partitionKey();

  /** The global secondary index to query, or empty for the table's own partition key. */
  String index() default "";
}
