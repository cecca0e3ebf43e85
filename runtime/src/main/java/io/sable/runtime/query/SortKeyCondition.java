package io.sable.runtime.query;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The sort-key part of a key condition, over key strings. A range's exclusive ends that DynamoDB
 * cannot express in one condition ({@code BETWEEN} is inclusive) are sent inclusive and the items
 * sitting exactly on them are left out of the result.
 */
sealed interface SortKeyCondition {

  /** No condition on the sort key: the whole item collection. */
  record None() implements SortKeyCondition {}

  /** {@code begins_with(sk, prefix)}. */
  record BeginsWith(String prefix) implements SortKeyCondition {}

  /** {@code sk = value}. */
  record Equal(String value) implements SortKeyCondition {}

  /**
   * {@code lower <(=) sk <(=) upper}; a null bound is open.
   *
   * @throws IllegalArgumentException if both bounds are open, or lower is above upper
   */
  record Range(String lower, boolean lowerInclusive, String upper, boolean upperInclusive)
      implements SortKeyCondition {
    public Range {
      if (lower == null && upper == null) {
        throw new IllegalArgumentException("A sort-key range needs at least one bound");
      }
      if (lower != null && upper != null && Utf8Order.compare(lower, upper) > 0) {
        throw new IllegalArgumentException(
            "The lower bound of the range is above its upper bound: '" + lower + "' > '" + upper + "'");
      }
    }
  }

  /**
   * A {@code KeyConditionExpression} with its names and values, and the sort-key values to leave out
   * of the result.
   */
  record KeyCondition(
      String expression,
      Map<String, String> names,
      Map<String, AttributeValue> values,
      Set<String> excludedSortKeys) {}

  /** The key condition of a Query: partition-key equality and this sort-key condition. */
  default KeyCondition keyCondition(String partitionKeyAttribute, String partitionKeyValue, String sortKeyAttribute) {
    Map<String, String> names = new HashMap<>();
    Map<String, AttributeValue> values = new HashMap<>();
    Set<String> excluded = new HashSet<>();
    names.put("#pk", partitionKeyAttribute);
    values.put(":pk", AttributeValue.fromS(partitionKeyValue));
    StringBuilder expression = new StringBuilder("#pk = :pk");
    if (!(this instanceof None)) {
      names.put("#sk", sortKeyAttribute);
      expression.append(" AND ");
    }
    if (this instanceof BeginsWith b) {
      expression.append("begins_with(#sk, :sk)");
      values.put(":sk", AttributeValue.fromS(b.prefix()));
    } else if (this instanceof Equal e) {
      expression.append("#sk = :sk");
      values.put(":sk", AttributeValue.fromS(e.value()));
    } else if (this instanceof Range r) {
      if (r.lower() != null && r.upper() != null) {
        expression.append("#sk BETWEEN :lo AND :hi");
        values.put(":lo", AttributeValue.fromS(r.lower()));
        values.put(":hi", AttributeValue.fromS(r.upper()));
        if (!r.lowerInclusive()) {
          excluded.add(r.lower());
        }
        if (!r.upperInclusive()) {
          excluded.add(r.upper());
        }
      } else if (r.lower() != null) {
        expression.append(r.lowerInclusive() ? "#sk >= :lo" : "#sk > :lo");
        values.put(":lo", AttributeValue.fromS(r.lower()));
      } else {
        expression.append(r.upperInclusive() ? "#sk <= :hi" : "#sk < :hi");
        values.put(":hi", AttributeValue.fromS(r.upper()));
      }
    }
    return new KeyCondition(expression.toString(), names, values, excluded);
  }
}
