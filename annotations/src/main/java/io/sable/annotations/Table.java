package io.sable.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares one physical DynamoDB table shared by several entity types (single-table design).
 *
 * <p>Put it on an empty interface; entities name that interface in {@link Entity#table()}. The
 * processor writes a class named after the interface with the suffix {@code Table} (for
 * {@code interface Flights}, {@code FlightsTable}) holding the table's definition, a call that
 * creates it, and a repository per entity.
 *
 * <pre>{@code
 * @Table(name = "Flights", indexes = {
 *     @Index(name = "GSI1", partitionKey = "GSI1PK", sortKey = "GSI1SK")})
 * public interface Flights {}
 * }</pre>
 *
 * <p>Key attributes are strings ({@code S}) unless declared otherwise; key values are built from the
 * entities' key templates.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Table {

  /**
   * The physical table name: 3 to 255 characters from {@code a-z A-Z 0-9 _ - .}, DynamoDB's rule
   * for table names. Generated code can be pointed at another name at run time.
   */
  String name();

  /** The attribute name of the table's partition key. */
  String partitionKey() default "PK";

  /** The partition key's type. */
  KeyType partitionKeyType() default KeyType.STRING;

  /**
   * The attribute name of the table's sort key, or the empty string for a table with a partition
   * key only.
   */
  String sortKey() default "SK";

  /** The sort key's type. */
  KeyType sortKeyType() default KeyType.STRING;

  /**
   * The attribute in which every item stores its entity type ({@link Entity#name()}), so that a
   * Query over an item collection holding several entity types decodes each item into its own
   * class.
   */
  String entityTypeAttribute() default "_type";

  /**
   * The table's global secondary indexes; at most 20, DynamoDB's default quota per table. An index
   * whose key attributes are the table's own (such as {@code partitionKey = "SK", sortKey = "PK"},
   * an inverted index) holds every item, keyed by the entities' table key templates.
   */
  Index[] indexes() default {};

  /** The table's local secondary indexes; at most 5, DynamoDB's limit. */
  LocalIndex[] localIndexes() default {};
}
