package io.sable.runtime.query;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The sort-key part of a key condition. A range's exclusive ends that DynamoDB cannot express in one
 * condition ({@code BETWEEN} is inclusive) are sent inclusive and the items sitting exactly on them
 * are left out of the result.
 */
sealed interface SortKeyCondition {

  /** No condition on the sort key: the whole item collection. */
  record None() implements SortKeyCondition {}

  /** {@code begins_with(sk, prefix)}. */
  record BeginsWith(String prefix) implements SortKeyCondition {}

  /** {@code sk = value}. */
  record Equal(AttributeValue value) implements SortKeyCondition {}

  /**
   * {@code lower <(=) sk <(=) upper}; a null bound is open.
   *
   * @throws IllegalArgumentException if both bounds are open, or lower is above upper
   */
  record Range(AttributeValue lower, boolean lowerInclusive, AttributeValue upper, boolean upperInclusive)
      implements SortKeyCondition {
    public Range {
      if (lower == null && upper == null) {
        throw new IllegalArgumentException("A sort-key range needs at least one bound");
      }
      if (lower != null && upper != null && KeyValues.compare(lower, upper) > 0) {
        throw new IllegalArgumentException(
            "The lower bound of the range is above its upper bound: " + show(lower) + " > " + show(upper));
      }
    }

    private static String show(AttributeValue value) {
      return value.s() != null ? "'" + value.s() + "'" : value.n() != null ? value.n() : value.toString();
    }
  }

  /** Appends this condition to a key condition under construction. */
  default void appendTo(KeyConditionWriter key) {
    if (this instanceof BeginsWith b) {
      key.append("begins_with(#sk, " + key.value(AttributeValue.fromS(b.prefix())) + ")");
    } else if (this instanceof Equal e) {
      key.append("#sk = " + key.value(e.value()));
    } else if (this instanceof Range r) {
      if (r.lower() != null && r.upper() != null) {
        key.append("#sk BETWEEN " + key.value(r.lower()) + " AND " + key.value(r.upper()));
        if (!r.lowerInclusive()) {
          key.exclude(r.lower());
        }
        if (!r.upperInclusive()) {
          key.exclude(r.upper());
        }
      } else if (r.lower() != null) {
        key.append((r.lowerInclusive() ? "#sk >= " : "#sk > ") + key.value(r.lower()));
      } else {
        key.append((r.upperInclusive() ? "#sk <= " : "#sk < ") + key.value(r.upper()));
      }
    }
  }

  /** Whether the condition reads the sort key at all. */
  default boolean usesSortKey() {
    return !(this instanceof None);
  }
}
