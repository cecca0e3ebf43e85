package io.sable.runtime.condition;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@code size(attribute)} in a comparison.
 *
 * @param <E> the entity
 */
public final class Size<E> {

  private final Condition.Operand operand;

  Size(String attribute) {
    this.operand = new Condition.Operand(attribute, true);
  }

  /** {@code size(attribute) = n}. */
  public Condition<E> equalTo(long n) {
    return compare("=", n);
  }

  /** {@code size(attribute) < n}. */
  public Condition<E> lessThan(long n) {
    return compare("<", n);
  }

  /** {@code size(attribute) > n}. */
  public Condition<E> greaterThan(long n) {
    return compare(">", n);
  }

  /** {@code size(attribute) BETWEEN lower AND upper}. */
  public Condition<E> between(long lower, long upper) {
    return new Condition.Between<>(operand, AttributeValue.fromN(Long.toString(lower)),
        AttributeValue.fromN(Long.toString(upper)));
  }

  private Condition<E> compare(String operator, long n) {
    return new Condition.Comparison<>(operand, operator, AttributeValue.fromN(Long.toString(n)));
  }
}
