package io.sable.processor.behaviour;

import io.sable.runtime.condition.Attribute;
import io.sable.runtime.condition.StringAttribute;
import javax.annotation.processing.Generated;

/**
 * The attributes of {@link Account} items, for typed filters and projections.
 */
@Generated("io.sable.processor.SableProcessor")
public final class AccountAttributes {
  /**
   * Attribute {@code id}, field {@code id} ({@code java.lang.String}).
   */
  public static final StringAttribute<Account> ID = StringAttribute.of("id");

  /**
   * Attribute {@code balance}, field {@code balance} ({@code long}).
   */
  public static final Attribute<Account, Long> BALANCE = Attribute.of("balance", AccountSchema.BALANCE_CONVERTER);

  /**
   * Attribute {@code version}, field {@code version} ({@code long}).
   */
  public static final Attribute<Account, Long> VERSION = Attribute.of("version", AccountSchema.VERSION_CONVERTER);

  private AccountAttributes() {
  }
}
