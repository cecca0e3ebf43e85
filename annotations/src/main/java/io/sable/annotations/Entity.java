package io.sable.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record as an entity type stored in a single {@link Table}.
 *
 * <p>Each record component is stored as an attribute of the same name, converted as the DynamoDB
 * Enhanced Client's default converters do. The entity also carries its key templates:
 *
 * <pre>{@code
 * @Entity(table = Flights.class)
 * @PartitionKey("AIRPORT#{origin}")
 * @SortKey("DEP#{departure}#{id}")
 * @AccessPattern(name = "departures", bind = "origin")
 * public record Flight(String origin, LocalDateTime departure, int id, String destination) {}
 * }</pre>
 *
 * <p>The processor writes, next to the record, {@code FlightKeys} (key codec), {@code FlightSchema}
 * (an Enhanced Client {@code TableSchema} without reflection) and {@code FlightRepository}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Entity {

  /** The {@link Table}-annotated type this entity is stored in. */
  Class<?> table();

  /**
   * The entity type stored in every item's {@link Table#entityTypeAttribute()}; defaults to the
   * record's simple name. Renaming it is a data migration: stored items keep the old name.
   */
  String name() default "";
}
