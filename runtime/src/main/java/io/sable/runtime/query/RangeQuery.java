package io.sable.runtime.query;

import java.util.concurrent.Executor;
import io.sable.runtime.condition.Attribute;
import io.sable.runtime.condition.Condition;

/**
 * A {@link Query} that can also take one condition on the first unbound field of the sort key,
 * typed by that field's Java type.
 *
 * <p>For the sort key template {@code DEP#{departure}#{id}} with nothing bound, the field is {@code
 * departure} and {@code between(a, b)} selects the items whose {@code departure} lies between
 * {@code a} and {@code b} inclusive, whatever their {@code id}. Each condition becomes one DynamoDB
 * key condition ({@code =}, {@code <}, {@code <=}, {@code >}, {@code >=}, {@code BETWEEN} or {@code
 * begins_with}) on the sort key, kept inside the entity's key prefix so that other entity types in
 * the same item collection are not read. A query takes at most one condition: the condition methods
 * return a plain {@link Query}.
 *
 * @param <T> the type of the items
 * @param <V> the Java type of the sort-key field the conditions apply to
 */
public final class RangeQuery<T, V> extends Query<T> {

  private final SortKeyField<V> field;

  RangeQuery(Query<T> query, SortKeyField<V> field) {
    super(query.read, query.key);
    this.field = field;
  }

  private Query<T> where(SortKeyCondition condition) {
    return new Query<>(read, key.with(condition));
  }

  /** Items whose field equals {@code value}. */
  public Query<T> equalTo(V value) {
    return where(field.equalTo(value));
  }

  /** Items whose field is below {@code value}. */
  public Query<T> lessThan(V value) {
    return where(field.lessThan(value));
  }

  /** Items whose field is at most {@code value}. */
  public Query<T> lessThanOrEqualTo(V value) {
    return where(field.lessThanOrEqualTo(value));
  }

  /** Items whose field is above {@code value}. */
  public Query<T> greaterThan(V value) {
    return where(field.greaterThan(value));
  }

  /** Items whose field is at least {@code value}. */
  public Query<T> greaterThanOrEqualTo(V value) {
    return where(field.greaterThanOrEqualTo(value));
  }

  /**
   * Items whose field lies between {@code lower} and {@code upper}, both inclusive, as DynamoDB's
   * {@code BETWEEN}.
   *
   * @throws IllegalArgumentException if {@code lower} is above {@code upper}
   */
  public Query<T> between(V lower, V upper) {
    return where(field.between(lower, upper));
  }

  /**
   * Items whose field's key encoding starts with {@code encodedPrefix}: for a string field, values
   * with that prefix; for an ISO date-time field, {@code "2001-01"} selects January 2001.
   *
   * @throws UnsupportedOperationException on a numeric or binary sort key holding the field as is
   */
  public Query<T> beginsWith(String encodedPrefix) {
    return where(field.beginsWith(encodedPrefix));
  }

  @Override
  public RangeQuery<T, V> limit(int limit) {
    return new RangeQuery<>(super.limit(limit), field);
  }

  @Override
  public RangeQuery<T, V> pageSize(int pageSize) {
    return new RangeQuery<>(super.pageSize(pageSize), field);
  }

  @Override
  public RangeQuery<T, V> inParallel(Executor executor) {
    return new RangeQuery<>(super.inParallel(executor), field);
  }

  @Override
  public RangeQuery<T, V> descending() {
    return new RangeQuery<>(super.descending(), field);
  }

  @Override
  public RangeQuery<T, V> startAfter(String cursor) {
    return new RangeQuery<>(super.startAfter(cursor), field);
  }

  @Override
  public RangeQuery<T, V> consistentRead() {
    return new RangeQuery<>(super.consistentRead(), field);
  }

  @Override
  public RangeQuery<T, V> filter(Condition<? super T> condition) {
    return new RangeQuery<>(super.filter(condition), field);
  }
}
