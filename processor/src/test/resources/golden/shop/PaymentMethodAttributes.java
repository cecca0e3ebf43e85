package io.sable.processor.behaviour;

import io.sable.runtime.condition.StringAttribute;
import javax.annotation.processing.Generated;

/**
 * The attributes of {@link PaymentMethod} items, for typed filters and projections.
 */
@Generated("io.sable.processor.SableProcessor")
public final class PaymentMethodAttributes {
  /**
   * Attribute {@code customerId}, field {@code customerId} ({@code java.lang.String}).
   */
  public static final StringAttribute<PaymentMethod> CUSTOMER_ID = StringAttribute.of("customerId");

  /**
   * Attribute {@code methodId}, field {@code methodId} ({@code java.lang.String}).
   */
  public static final StringAttribute<PaymentMethod> METHOD_ID = StringAttribute.of("methodId");

  private PaymentMethodAttributes() {
  }
}
