package io.sable.processor.behaviour;

import io.sable.runtime.condition.Attribute;
import io.sable.runtime.condition.StringAttribute;
import javax.annotation.processing.Generated;

/**
 * The attributes of {@link Counter} items, for typed filters and projections.
 */
@Generated("io.sable.processor.SableProcessor")
public final class CounterAttributes {
  /**
   * Attribute {@code name}, field {@code name} ({@code java.lang.String}).
   */
  public static final StringAttribute<Counter> NAME = StringAttribute.of("name");

  /**
   * Attribute {@code value}, field {@code value} ({@code long}).
   */
  public static final Attribute<Counter, Long> VALUE = Attribute.of("value", CounterSchema.VALUE_CONVERTER);

  /**
   * Attribute {@code limit}, field {@code limit} ({@code java.lang.Long}).
   */
  public static final Attribute<Counter, Long> LIMIT = Attribute.of("limit", CounterSchema.LIMIT_CONVERTER);

  private CounterAttributes() {
  }
}
