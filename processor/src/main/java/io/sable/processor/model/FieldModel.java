package io.sable.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import javax.lang.model.element.Element;

/**
 * One field of an entity (a record component, a bean or builder property, or an accessor of a sealed
 * interface), stored as one attribute.
 *
 * @param name the Java property name
 * @param attributeName the attribute it is stored in (the name unless {@code @Attribute} says otherwise)
 * @param type the declared Java type, such as {@code int} or {@code Optional<String>}
 * @param storage how the value is stored ({@code Optional} unwrapped)
 * @param primitive whether the declared type is primitive (never null; zero or false when absent)
 * @param optional whether the declared type is {@code Optional<V>} (absent when empty)
 * @param accessor the method that reads it: {@code origin} for a record, {@code getOrigin} for a bean
 * @param setter the bean setter or builder method that writes it, or null for a record
 * @param converter the {@code @Convert} converter class, or null for the default converter
 * @param version whether it carries {@code @Version}
 * @param unique whether it carries {@code @Unique}
 * @param element where it is declared, for error reporting
 */
public record FieldModel(
    String name,
    String attributeName,
    TypeName type,
    TypeModel storage,
    boolean primitive,
    boolean optional,
    String accessor,
    String setter,
    ClassName converter,
    boolean version,
    boolean unique,
    Element element) {

  /** The scalar kind of the stored value, or {@link ValueKind#UNSUPPORTED} for a non-scalar. */
  public ValueKind kind() {
    return converter != null ? ValueKind.UNSUPPORTED : storage.scalarKind();
  }

  /** The type the converter handles: the boxed declared type, with {@code Optional} unwrapped. */
  public TypeName valueType() {
    return storage.type();
  }

  /** Whether Sable can store the field (a custom converter can store anything). */
  public boolean isStorable() {
    return converter != null || storage.isSupported();
  }

  /** Whether the field can be null (or an empty {@code Optional}). */
  public boolean nullable() {
    return !primitive;
  }
}
