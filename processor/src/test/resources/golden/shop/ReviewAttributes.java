package io.sable.processor.behaviour;

import io.sable.runtime.condition.Attribute;
import io.sable.runtime.condition.StringAttribute;
import java.time.LocalDateTime;
import javax.annotation.processing.Generated;

/**
 * The attributes of {@link Review} items, for typed filters and projections.
 */
@Generated("io.sable.processor.SableProcessor")
public final class ReviewAttributes {
  /**
   * Attribute {@code sku}, field {@code sku} ({@code java.lang.String}).
   */
  public static final StringAttribute<Review> SKU = StringAttribute.of("sku");

  /**
   * Attribute {@code rating}, field {@code rating} ({@code int}).
   */
  public static final Attribute<Review, Integer> RATING = Attribute.of("rating", ReviewSchema.RATING_CONVERTER);

  /**
   * Attribute {@code writtenAt}, field {@code writtenAt} ({@code java.time.LocalDateTime}).
   */
  public static final Attribute<Review, LocalDateTime> WRITTEN_AT = Attribute.of("writtenAt", ReviewSchema.WRITTEN_AT_CONVERTER);

  /**
   * Attribute {@code text}, field {@code text} ({@code java.lang.String}).
   */
  public static final StringAttribute<Review> TEXT = StringAttribute.of("text");

  private ReviewAttributes() {
  }
}
