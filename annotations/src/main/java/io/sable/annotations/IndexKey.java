package io.sable.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Puts an entity into a secondary index of its {@link Table}, with key templates for the index's
 * partition key and sort key (same template rules as {@link PartitionKey}); for a {@link
 * LocalIndex}, only the sort key.
 *
 * <pre>{@code
 * @IndexKey(index = "GSI1", partitionKey = "AIRPORT#{destination}", sortKey = "ARR#{departure}#{id}")
 * @IndexKey(index = "GSI2", partitionKey = "DELAYED#{origin}", sortKey = "{delay}",
 *     includeWhen = "delayedAnHourOrMore")
 * }</pre>
 *
 * <p>The index is sparse: an item whose templates reference a {@code null} field, or for which
 * {@link #includeWhen()} is false, gets no index key attributes and is absent from the index.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(IndexKeys.class)
public @interface IndexKey {

  /** The name of an {@link Index} or {@link LocalIndex} declared on the entity's {@link Table}. */
  String index();

  /** The template of the index partition key value; empty for a local index (it is the table's). */
  String partitionKey() default "";

  /** The template of the index sort key value; required when the index has a sort key. */
  String sortKey() default "";

  /**
   * The name of a {@code boolean} method of the entity, without parameters, deciding whether an item
   * is in the index (a sparse index on a condition); empty for always.
   */
  String includeWhen() default "";
}
