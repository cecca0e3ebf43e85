package io.sable.processor.behaviour;

import io.sable.runtime.condition.Attribute;
import io.sable.runtime.condition.StringAttribute;
import java.time.LocalDate;
import javax.annotation.processing.Generated;

/**
 * The attributes of {@link Visit} items, for typed filters and projections.
 */
@Generated("io.sable.processor.SableProcessor")
public final class VisitAttributes {
  /**
   * Attribute {@code day}, field {@code day} ({@code java.time.LocalDate}).
   */
  public static final Attribute<Visit, LocalDate> DAY = Attribute.of("day", VisitSchema.DAY_CONVERTER);

  /**
   * Attribute {@code visitId}, field {@code visitId} ({@code java.lang.String}).
   */
  public static final StringAttribute<Visit> VISIT_ID = StringAttribute.of("visitId");

  /**
   * Attribute {@code page}, field {@code page} ({@code java.lang.String}).
   */
  public static final StringAttribute<Visit> PAGE = StringAttribute.of("page");

  private VisitAttributes() {
  }
}
