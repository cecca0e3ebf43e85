package io.sable.runtime.schema;

import java.util.Objects;
import java.util.Set;

/**
 * Which items an {@link ItemDecoder} keeps, in terms DynamoDB can evaluate itself, so that a read
 * that returns no items (a {@code Select = COUNT} Query or Scan) selects the same items as decoding
 * would.
 */
public sealed interface ItemSelection {

  /** Every item: the decoder never returns null (an {@link EntityRegistry}). */
  record Every() implements ItemSelection {}

  /**
   * The items whose {@code attribute} holds one of {@code entityTypes} (a string): the decoder of
   * one entity schema.
   *
   * @param attribute the entity type attribute, such as {@code _type}
   * @param entityTypes the entity types kept; not empty
   */
  record EntityTypes(String attribute, Set<String> entityTypes) implements ItemSelection {
    /** Copies the set. */
    public EntityTypes {
      Objects.requireNonNull(attribute, "attribute");
      entityTypes = Set.copyOf(entityTypes);
      if (entityTypes.isEmpty()) {
        throw new IllegalArgumentException("An entity type selection needs at least one entity type");
      }
    }
  }

  /** Decided in Java only: a count must read and decode the items. */
  record InJava() implements ItemSelection {}
}
