package io.sable.processor.model;

import com.palantir.javapoet.TypeName;
import javax.lang.model.element.Element;

/**
 * One record component of an entity, stored as the attribute of the same name.
 *
 * @param name the component name, which is also the attribute name
 * @param type the declared type, such as {@code int} or {@code java.time.LocalDateTime}
 * @param kind how values of the type are stored and encoded in keys
 * @param primitive whether the type is primitive (never null; zero or false when absent)
 * @param element the record component, for error reporting
 */
public record FieldModel(String name, TypeName type, ValueKind kind, boolean primitive, Element element) {

  /** The boxed type (the type itself for reference types). */
  public TypeName boxedType() {
    return type.isPrimitive() ? type.box() : type;
  }
}
