package io.sable.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A global secondary index of a {@link Table}, with generic key attribute names that several entity
 * types share (GSI overloading). Each entity fills the index's keys through an {@link IndexKey}; an
 * entity without one is absent from the index. The index projects all attributes.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Index {

  /** The index name, such as {@code GSI1}: 3 to 255 characters, DynamoDB's rule for index names. */
  String name();

  /** The attribute name of the index's partition key, such as {@code GSI1PK}. */
  String partitionKey();

  /** The partition key's type. */
  KeyType partitionKeyType() default KeyType.STRING;

  /** The attribute name of the index's sort key, such as {@code GSI1SK}, or empty for none. */
  String sortKey() default "";

  /** The sort key's type. */
  KeyType sortKeyType() default KeyType.STRING;
}
