package io.sable.runtime.query;

/**
 * How a typed condition on one sort-key field becomes a {@link SortKeyCondition}: through the key
 * template's string encoding ({@link TemplateSortKey}), or directly for a numeric or binary sort
 * key holding the field alone ({@link NativeSortKey}).
 *
 * @param <V> the field's Java type
 */
interface SortKeyField<V> {

  SortKeyCondition equalTo(V value);

  SortKeyCondition lessThan(V value);

  SortKeyCondition lessThanOrEqualTo(V value);

  SortKeyCondition greaterThan(V value);

  SortKeyCondition greaterThanOrEqualTo(V value);

  SortKeyCondition between(V lower, V upper);

  SortKeyCondition beginsWith(String encodedPrefix);
}
