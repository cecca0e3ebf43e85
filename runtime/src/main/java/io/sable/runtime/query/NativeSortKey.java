package io.sable.runtime.query;

import java.util.Objects;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A numeric ({@code N}) or binary ({@code B}) sort key that holds one field as is: conditions map
 * one to one onto DynamoDB's operators, which compare numbers numerically and binaries by unsigned
 * bytes.
 */
final class NativeSortKey<V> implements SortKeyField<V> {

  private final Function<V, AttributeValue> toKeyValue;

  NativeSortKey(Function<V, AttributeValue> toKeyValue) {
    this.toKeyValue = Objects.requireNonNull(toKeyValue, "toKeyValue");
  }

  @Override
  public SortKeyCondition equalTo(V value) {
    return new SortKeyCondition.Equal(key(value));
  }

  @Override
  public SortKeyCondition lessThan(V value) {
    return new SortKeyCondition.Range(null, true, key(value), false);
  }

  @Override
  public SortKeyCondition lessThanOrEqualTo(V value) {
    return new SortKeyCondition.Range(null, true, key(value), true);
  }

  @Override
  public SortKeyCondition greaterThan(V value) {
    return new SortKeyCondition.Range(key(value), false, null, true);
  }

  @Override
  public SortKeyCondition greaterThanOrEqualTo(V value) {
    return new SortKeyCondition.Range(key(value), true, null, true);
  }

  @Override
  public SortKeyCondition between(V lower, V upper) {
    return new SortKeyCondition.Range(key(lower), true, key(upper), true);
  }

  /**
   * Not available: DynamoDB's {@code begins_with} applies to strings and binaries, and a key that
   * holds one value as is has no encoded prefix to match.
   *
   * @throws UnsupportedOperationException always
   */
  @Override
  public SortKeyCondition beginsWith(String encodedPrefix) {
    throw new UnsupportedOperationException(
        "beginsWith applies to sort keys built from a key template, not to a number or binary stored as is");
  }

  private AttributeValue key(V value) {
    return toKeyValue.apply(Objects.requireNonNull(value, "value"));
  }
}
