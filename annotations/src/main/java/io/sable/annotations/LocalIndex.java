package io.sable.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A local secondary index of a {@link Table}: the table's partition key with another sort key. Its
 * queries may be strongly consistent; it can only be created with the table, and an item collection
 * that has one is limited to 10 GB. Each entity fills the sort key through an {@link IndexKey}
 * without a partition key template; an entity without one is absent from the index.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface LocalIndex {

  /** The index name, such as {@code LSI1}: 3 to 255 characters, DynamoDB's rule for index names. */
  String name();

  /** The attribute name of the index's sort key, such as {@code LSI1SK}. */
  String sortKey();

  /** The sort key's type. */
  KeyType sortKeyType() default KeyType.STRING;
}
