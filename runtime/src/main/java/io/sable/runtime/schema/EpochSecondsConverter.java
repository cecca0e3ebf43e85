package io.sable.runtime.schema;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Stores an {@code Instant} as a Number of whole seconds since the epoch, the format of a Time to
 * Live attribute (generated schemas use it for a {@code @Ttl Instant} field). The fraction of a
 * second is dropped on writing; a fractional number read back is truncated toward negative
 * infinity to whole seconds.
 */
public final class EpochSecondsConverter implements AttributeConverter<Instant> {

  /** The instant's whole seconds since the epoch, as a Number. */
  @Override
  public AttributeValue transformFrom(Instant input) {
    return AttributeValue.fromN(Long.toString(input.getEpochSecond()));
  }

  /**
   * The instant a Number of epoch seconds names.
   *
   * @throws IllegalArgumentException if the attribute is not a Number, or outside {@code Instant}'s
   *     range
   */
  @Override
  public Instant transformTo(AttributeValue input) {
    if (input.n() == null) {
      throw new IllegalArgumentException("A Time to Live attribute must be a Number, not " + input);
    }
    try {
      return Instant.ofEpochSecond(new BigDecimal(input.n()).setScale(0, RoundingMode.FLOOR).longValueExact());
    } catch (ArithmeticException | DateTimeException e) {
      throw new IllegalArgumentException("Not an epoch second: " + input.n(), e);
    }
  }

  @Override
  public EnhancedType<Instant> type() {
    return EnhancedType.of(Instant.class);
  }

  @Override
  public AttributeValueType attributeValueType() {
    return AttributeValueType.N;
  }
}
