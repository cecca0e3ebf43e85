package io.sable.runtime.query;

import io.sable.runtime.key.SegmentCodec;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A sort-key field encoded by a key template: conditions on the field become conditions on the
 * encoded key string, kept inside the entity's key prefix so that other entity types in the same
 * item collection are not read.
 *
 * <p>Ranges are exact for every encoding in {@code SegmentCodecs} except strings that are a prefix
 * of one another, which sort by the literal that follows them in the template (a {@code #} sorts
 * before letters and digits, so {@code A} sorts before {@code AB} as expected).
 */
final class TemplateSortKey<V> implements SortKeyField<V> {

  private final String prefix;
  private final SegmentCodec<V> codec;
  private final String literalAfter;
  private final boolean lastField;

  /**
   * @param prefix the sort-key prefix before the field: the template's literals and the bound fields
   * @param codec the field's key segment encoding
   * @param literalAfter the template literal right after the field ({@code ""} if none)
   * @param lastField whether the field is the template's last field
   */
  TemplateSortKey(String prefix, SegmentCodec<V> codec, String literalAfter, boolean lastField) {
    if (!lastField && literalAfter.isEmpty()) {
      throw new IllegalArgumentException("A field other than the last is followed by a literal");
    }
    this.prefix = Objects.requireNonNull(prefix, "prefix");
    this.codec = Objects.requireNonNull(codec, "codec");
    this.literalAfter = literalAfter;
    this.lastField = lastField;
  }

  String prefix() {
    return prefix;
  }

  @Override
  public SortKeyCondition equalTo(V value) {
    String encoded = encode(value);
    return lastField
        ? new SortKeyCondition.Equal(AttributeValue.fromS(encoded + literalAfter))
        : new SortKeyCondition.BeginsWith(encoded + literalAfter);
  }

  @Override
  public SortKeyCondition lessThan(V value) {
    return range(null, true, encode(value), false);
  }

  @Override
  public SortKeyCondition lessThanOrEqualTo(V value) {
    return range(null, true, upperOfEqual(encode(value)), lastField);
  }

  @Override
  public SortKeyCondition greaterThan(V value) {
    String encoded = encode(value);
    return lastField
        ? range(encoded + literalAfter, false, null, false)
        : range(Utf8Order.successorOfPrefix(encoded + literalAfter), true, null, false);
  }

  @Override
  public SortKeyCondition greaterThanOrEqualTo(V value) {
    return range(encode(value), true, null, false);
  }

  @Override
  public SortKeyCondition between(V lower, V upper) {
    return range(encode(lower), true, upperOfEqual(encode(upper)), lastField);
  }

  @Override
  public SortKeyCondition beginsWith(String encodedPrefix) {
    return new SortKeyCondition.BeginsWith(prefix + Objects.requireNonNull(encodedPrefix, "encodedPrefix"));
  }

  private String encode(V value) {
    return prefix + codec.encode(Objects.requireNonNull(value, "value"));
  }

  /** The smallest key above every key whose field equals the encoded value (or that key, if last). */
  private String upperOfEqual(String encoded) {
    return lastField ? encoded + literalAfter : Utf8Order.successorOfPrefix(encoded + literalAfter);
  }

  /**
   * A range clipped to the entity's key prefix: with a non-empty prefix, an open lower end becomes
   * the prefix and an open upper end the prefix's successor, so no other entity's items are read.
   */
  private SortKeyCondition range(String lower, boolean lowerInclusive, String upper, boolean upperInclusive) {
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
    return new SortKeyCondition.Range(
        lower == null ? null : AttributeValue.fromS(lower), lowerInclusive,
        upper == null ? null : AttributeValue.fromS(upper), upperInclusive);
  }
}
