package io.sable.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class as an entity type stored in a single {@link Table}.
 *
 * <p>An entity is a record; an immutable class with a static {@code builder()} (getters {@code
 * getX()}/{@code isX()} or {@code x()}, builder setters {@code x(value)} or {@code setX(value)}, and
 * {@code build()}); a mutable bean (public no-argument constructor, getters and setters); or a
 * sealed interface whose permitted subclasses are records (polymorphism: each record is stored
 * with its own entity type under the interface's key templates, which name accessor methods of the
 * interface). Each field is stored as an attribute of the same name (unless {@link Attribute}
 * renames it), converted as the DynamoDB Enhanced Client's default converters do (unless {@link
 * Convert} names another); {@code Optional} fields are absent when empty. The entity also carries
 * its key templates:
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

  /**
   * The typical size of one item in bytes, as DynamoDB counts it (attribute names and values), for
   * the read capacity estimates in the generated access-pattern documentation; 0 lets the processor
   * estimate it from the field types.
   */
  int itemSizeBytes() default 0;
}
