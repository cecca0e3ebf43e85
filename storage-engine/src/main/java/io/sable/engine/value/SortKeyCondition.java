package io.sable.engine.value;

import java.util.NavigableMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The sort key part of a Query's {@code KeyConditionExpression} as a range of sort key values:
 * {@code =}, {@code <}, {@code <=}, {@code >}, {@code >=}, {@code BETWEEN} and {@code begins_with}
 * all become a lower and an upper bound, plus a prefix for {@code begins_with}.
 *
 * @param lower the lower bound, {@link KeyValue#LOWEST} if none
 * @param lowerInclusive whether the lower bound itself matches
 * @param upper the upper bound, {@link KeyValue#HIGHEST} if none
 * @param upperInclusive whether the upper bound itself matches
 * @param prefix the {@code begins_with} prefix, or {@code null}
 * @param equality whether the condition is {@code =} (not a {@code BETWEEN} of equal bounds)
 */
public record SortKeyCondition(
    KeyValue lower,
    boolean lowerInclusive,
    KeyValue upper,
    boolean upperInclusive,
    AttributeValue prefix,
    boolean equality) {

  /**
   * A range that is not an equality: {@code <}, {@code <=}, {@code >}, {@code >=},
   * {@code BETWEEN} or {@code begins_with}.
   */
  public SortKeyCondition(
      KeyValue lower,
      boolean lowerInclusive,
      KeyValue upper,
      boolean upperInclusive,
      AttributeValue prefix) {
    this(lower, lowerInclusive, upper, upperInclusive, prefix, false);
  }

  /** The condition {@code sortKey = key}. */
  public static SortKeyCondition equalTo(KeyValue key) {
    return new SortKeyCondition(key, true, key, true, null, true);
  }

  /** Every sort key: no condition. */
  public static final SortKeyCondition ANY =
      new SortKeyCondition(KeyValue.LOWEST, true, KeyValue.HIGHEST, true, null);

  /** Whether {@code sortKey} satisfies this condition. */
  public boolean matches(KeyValue sortKey) {
    int low = sortKey.compareTo(lower);
    int high = sortKey.compareTo(upper);
    return (low > 0 || (low == 0 && lowerInclusive))
        && (high < 0 || (high == 0 && upperInclusive))
        && (prefix == null || sortKey.beginsWith(prefix));
  }

  /**
   * Whether {@code sortKey} is the comparison bound ({@code <=}, {@code >=}, {@code BETWEEN}) that
   * ends this range in the direction of reading: the upper bound when {@code forward}, else the
   * lower. Equality and {@code begins_with} ranges have no such end (a {@code BETWEEN} of equal
   * bounds does: DynamoDB Local 3.1.0 ends its page there without a LastEvaluatedKey).
   */
  public boolean isEnd(KeyValue sortKey, boolean forward) {
    if (prefix != null || equality) {
      return false;
    }
    return forward ? upperInclusive && sortKey.equals(upper) : lowerInclusive && sortKey.equals(lower);
  }

  /**
   * The entries of {@code collection} (one item collection of a table or index, see
   * {@link KeyRanges#collection}) whose sort key is within the bounds; {@code begins_with} is
   * checked by the caller with {@link #matches} (the range starts at the prefix).
   */
  public <V> NavigableMap<ItemKey, V> restrict(NavigableMap<ItemKey, V> collection, ItemKey any) {
    if (this == ANY) {
      return collection;
    }
    ItemKey from = any.withSortKey(lower, lowerInclusive ? ItemKey.MIN : ItemKey.MAX);
    ItemKey to = any.withSortKey(upper, upperInclusive ? ItemKey.MAX : ItemKey.MIN);
    if (from.compareTo(to) > 0) {
      return java.util.Collections.emptyNavigableMap();
    }
    return collection.subMap(from, true, to, true);
  }
}
