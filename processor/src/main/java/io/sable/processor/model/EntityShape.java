package io.sable.processor.model;

/**
 * How an entity class is read and built.
 *
 * @param kind record, immutable class with a builder, bean, or sealed interface of records
 * @param builderMethod for {@link Kind#BUILDER}, the static method that starts a builder
 * @param buildMethod for {@link Kind#BUILDER}, the builder method that builds the entity
 * @param problem for {@link Kind#UNSUPPORTED}, why the class is none of the others
 */
public record EntityShape(Kind kind, String builderMethod, String buildMethod, String problem) {

  /** The entity shapes Sable reads and writes. */
  public enum Kind {
    RECORD,
    BUILDER,
    BEAN,
    SEALED,
    UNSUPPORTED
  }

  static EntityShape of(Kind kind) {
    return new EntityShape(kind, null, null, null);
  }

  static EntityShape unsupported(String problem) {
    return new EntityShape(Kind.UNSUPPORTED, null, null, problem);
  }
}
