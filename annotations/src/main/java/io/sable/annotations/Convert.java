package io.sable.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Converts a field with a custom Enhanced Client {@code AttributeConverter} instead of the default
 * one for its type. The converter class needs a public no-argument constructor and must convert the
 * field's exact type. A converted field cannot be in a key template.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface Convert {

  /** The converter class, implementing {@code AttributeConverter<FieldType>}. */
  Class<?> value();
}
