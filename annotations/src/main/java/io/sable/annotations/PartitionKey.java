package io.sable.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The template of an entity's partition key value, such as {@code "AIRPORT#{iata}"}.
 *
 * <p>A template is literal text with {@code {field}} segments naming the entity's record
 * components; everything outside braces is literal. Two fields must be separated by a literal. Each
 * field is encoded so that the key sorts in the field's natural order (see {@code
 * io.sable.runtime.key.SegmentCodecs}); decoding a key string gives the fields back.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface PartitionKey {

  /** The template; see {@link PartitionKey}. */
  String value();
}
