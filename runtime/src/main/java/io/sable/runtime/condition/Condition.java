package io.sable.runtime.condition;

import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A condition on the attributes of entity {@code E}'s items, in DynamoDB's condition grammar.
 * Build one from an {@link Attribute}; combine with {@link #and}, {@link #or} and {@link #not}.
 *
 * @param <E> the entity whose attributes it reads
 */
public sealed interface Condition<E> {

  /** Both this condition and {@code other} ({@code AND}). */
  default Condition<E> and(Condition<E> other) {
    return new And<>(this, Objects.requireNonNull(other, "other"));
  }

  /** This condition or {@code other} ({@code OR}). */
  default Condition<E> or(Condition<E> other) {
    return new Or<>(this, Objects.requireNonNull(other, "other"));
  }

  /** The negation ({@code NOT}). */
  default Condition<E> not() {
    return new Not<>(this);
  }

  /** {@code attribute operator value}, with {@code =}, {@code <>}, {@code <}, {@code <=}, {@code >}, {@code >=}. */
  record Comparison<E>(Operand operand, String operator, AttributeValue value) implements Condition<E> {}

  /** {@code attribute BETWEEN lower AND upper}. */
  record Between<E>(Operand operand, AttributeValue lower, AttributeValue upper) implements Condition<E> {}

  /** {@code attribute IN (values)}: DynamoDB allows 1 to 100 values. */
  record In<E>(String attribute, List<AttributeValue> values) implements Condition<E> {
    /** Checks DynamoDB's bounds on the number of values. */
    public In {
      if (values.isEmpty() || values.size() > 100) {
        throw new IllegalArgumentException("IN takes 1 to 100 values, got " + values.size());
      }
      values = List.copyOf(values);
    }
  }

  /**
   * A function of one attribute and an optional value: {@code attribute_exists}, {@code
   * attribute_not_exists}, {@code begins_with}, {@code contains}.
   */
  record Function<E>(String function, String attribute, AttributeValue value) implements Condition<E> {}

  /** {@code left AND right}. */
  record And<E>(Condition<E> left, Condition<E> right) implements Condition<E> {}

  /** {@code left OR right}. */
  record Or<E>(Condition<E> left, Condition<E> right) implements Condition<E> {}

  /** {@code NOT condition}. */
  record Not<E>(Condition<E> condition) implements Condition<E> {}

  /**
   * The left side of a comparison: an attribute, or {@code size(attribute)}.
   *
   * @param attribute the attribute name
   * @param size whether the operand is the attribute's size
   */
  record Operand(String attribute, boolean size) {}
}
