package io.sable.runtime.query;

import io.sable.runtime.key.SegmentCodec;
import java.util.Objects;

/**
 * A {@link Query} that can also take one condition on the first unbound field of the sort key
 * template, typed by that field's Java type.
 *
 * <p>For the sort key template {@code DEP#{departure}#{id}} with nothing bound, the field is {@code
 * departure} and {@code between(a, b)} selects the items whose {@code departure} lies between
 * {@code a} and {@code b} inclusive, whatever their {@code id}. Each condition becomes one DynamoDB
 * key condition ({@code =}, {@code <}, {@code <=}, {@code >}, {@code >=}, {@code BETWEEN} or {@code
 * begins_with}) on the encoded key, kept inside the entity's key prefix so that other entity types
 * in the same item collection are not read. A query takes at most one condition: the condition
 * methods return a plain {@link Query}.
 *
 * <p>Ranges are exact for every encoding in {@code SegmentCodecs} except strings that are a prefix
 * of one another, which sort by the literal that follows them in the template (a {@code #} sorts
 * before letters and digits, so {@code A} sorts before {@code AB} as expected).
 *
 * @param <T> the type of the items
 * @param <V> the Java type of the sort-key field the conditions apply to
 */
public final class RangeQuery<T, V> extends Query<T> {

  private final String prefix;
  private final SegmentCodec<V> codec;
  private final String literalAfter;
  private final boolean lastField;

  RangeQuery(Spec<T> spec, String prefix, SegmentCodec<V> codec, String literalAfter, boolean lastField) {
    super(spec);
    if (!lastField && literalAfter.isEmpty()) {
      throw new IllegalArgumentException("A field other than the last is followed by a literal");
    }
    this.prefix = prefix;
    this.codec = codec;
    this.literalAfter = literalAfter;
    this.lastField = lastField;
  }

  /** Items whose field equals {@code value}. */
  public Query<T> equalTo(V value) {
    String encoded = encode(value);
    SortKeyCondition condition =
        lastField
            ? new SortKeyCondition.Equal(encoded + literalAfter)
            : new SortKeyCondition.BeginsWith(encoded + literalAfter);
    return new Query<>(spec.with(condition));
  }

  /** Items whose field is below {@code value}. */
  public Query<T> lessThan(V value) {
    return range(null, true, encode(value), false);
  }

  /** Items whose field is at most {@code value}. */
  public Query<T> lessThanOrEqualTo(V value) {
    return range(null, true, upperOfEqual(encode(value)), lastField);
  }

  /** Items whose field is above {@code value}. */
  public Query<T> greaterThan(V value) {
    String encoded = encode(value);
    return lastField
        ? range(encoded + literalAfter, false, null, false)
        : range(Utf8Order.successorOfPrefix(encoded + literalAfter), true, null, false);
  }

  /** Items whose field is at least {@code value}. */
  public Query<T> greaterThanOrEqualTo(V value) {
    return range(encode(value), true, null, false);
  }

  /**
   * Items whose field lies between {@code lower} and {@code upper}, both inclusive, as DynamoDB's
   * {@code BETWEEN}.
   *
   * @throws IllegalArgumentException if {@code lower} is above {@code upper}
   */
  public Query<T> between(V lower, V upper) {
    return range(encode(lower), true, upperOfEqual(encode(upper)), lastField);
  }

  /**
   * Items whose field's key encoding starts with {@code encodedPrefix}: for a string field, values
   * with that prefix; for an ISO date-time field, {@code "2001-01"} selects January 2001.
   */
  public Query<T> beginsWith(String encodedPrefix) {
    Objects.requireNonNull(encodedPrefix, "encodedPrefix");
    return new Query<>(spec.with(new SortKeyCondition.BeginsWith(prefix + encodedPrefix)));
  }

  @Override
  public RangeQuery<T, V> limit(int limit) {
    return new RangeQuery<>(spec.withLimit(checkLimit(limit)), prefix, codec, literalAfter, lastField);
  }

  @Override
  public RangeQuery<T, V> descending() {
    return new RangeQuery<>(spec.withDescending(true), prefix, codec, literalAfter, lastField);
  }

  @Override
  public RangeQuery<T, V> startAfter(String cursor) {
    Query<T> started = super.startAfter(cursor);
    return new RangeQuery<>(started.spec, prefix, codec, literalAfter, lastField);
  }

  private String encode(V value) {
    Objects.requireNonNull(value, "value");
    return prefix + codec.encode(value);
  }

  /** The smallest key above every key whose field equals the encoded value (or that key, if last). */
  private String upperOfEqual(String encoded) {
    return lastField ? encoded + literalAfter : Utf8Order.successorOfPrefix(encoded + literalAfter);
  }

  /**
   * A range clipped to the entity's key prefix: with a non-empty prefix, an open lower end becomes
   * the prefix and an open upper end the prefix's successor, so no other entity's items are read.
   */
  private Query<T> range(String lower, boolean lowerInclusive, String upper, boolean upperInclusive) {
    if (!prefix.isEmpty()) {
      if (lower == null) {
        lower = prefix;
        lowerInclusive = true;
      }
      if (upper == null) {
        upper = Utf8Order.successorOfPrefix(prefix);
        upperInclusive = false;
      }
    }
    return new Query<>(spec.with(new SortKeyCondition.Range(lower, lowerInclusive, upper, upperInclusive)));
  }
}
