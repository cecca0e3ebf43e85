package io.sable.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;

/**
 * How values of a field's Java type are stored, as the Enhanced Client's default converters store
 * them: a scalar, a list, a set, a map with string keys, or a nested {@code @Document} record.
 */
public sealed interface TypeModel {

  /** The Java type (boxed for primitives). */
  TypeName type();

  /**
   * A scalar: string, number, boolean, binary, date-time, UUID, URI or enum.
   *
   * @param kind its kind
   * @param type the boxed Java type
   * @param enumConstants for an enum, its constants in declaration order; otherwise empty
   */
  record Scalar(ValueKind kind, TypeName type, java.util.List<String> enumConstants) implements TypeModel {

    /** A scalar that is not an enum. */
    public Scalar(ValueKind kind, TypeName type) {
      this(kind, type, java.util.List.of());
    }
  }

  /** {@code List<element>}, stored as {@code L}. */
  record ListOf(TypeModel element, TypeName type) implements TypeModel {}

  /** {@code Set<element>}, stored as {@code SS}, {@code NS} or {@code BS}. */
  record SetOf(TypeModel element, TypeName type) implements TypeModel {}

  /** {@code Map<String, value>}, stored as {@code M}. */
  record MapOf(TypeModel value, TypeName type) implements TypeModel {}

  /**
   * A {@code @Document} record, stored as {@code M} through its generated schema.
   *
   * @param type the record
   * @param schema its generated schema class
   */
  record DocumentOf(ClassName type, ClassName schema) implements TypeModel {}

  /**
   * A type Sable cannot store.
   *
   * @param type the Java type
   * @param reason why, for the error message
   */
  record Unsupported(TypeName type, String reason) implements TypeModel {}

  /** The scalar kind, or {@link ValueKind#UNSUPPORTED} for anything else. */
  default ValueKind scalarKind() {
    return this instanceof Scalar scalar ? scalar.kind() : ValueKind.UNSUPPORTED;
  }

  /** Whether the type, and every type inside it, can be stored. */
  default boolean isSupported() {
    if (this instanceof Unsupported) {
      return false;
    }
    if (this instanceof ListOf list) {
      return list.element().isSupported();
    }
    if (this instanceof SetOf set) {
      return set.element().isSupported();
    }
    if (this instanceof MapOf map) {
      return map.value().isSupported();
    }
    return true;
  }

  /** The first reason found why the type cannot be stored, or null. */
  default String unsupportedReason() {
    if (this instanceof Unsupported unsupported) {
      return unsupported.reason();
    }
    if (this instanceof ListOf list) {
      return list.element().unsupportedReason();
    }
    if (this instanceof SetOf set) {
      return set.element().unsupportedReason();
    }
    if (this instanceof MapOf map) {
      return map.value().unsupportedReason();
    }
    return null;
  }
}
