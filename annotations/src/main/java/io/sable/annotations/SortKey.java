package io.sable.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The template of an entity's sort key value, such as {@code "DEP#{departure}#{id}"}; required when
 * the {@link Table} has a sort key. Same template rules as {@link PartitionKey}.
 *
 * <p>A leading literal (here {@code DEP#}) keeps the entity's items together inside an item
 * collection shared with other entity types, and lets a Query select them with {@code
 * begins_with}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface SortKey {

  /** The template; see {@link PartitionKey}. */
  String value();
}
