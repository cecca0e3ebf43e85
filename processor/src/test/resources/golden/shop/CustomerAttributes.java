package io.sable.processor.behaviour;

import io.sable.runtime.condition.Attribute;
import io.sable.runtime.condition.CollectionAttribute;
import io.sable.runtime.condition.StringAttribute;
import io.sable.runtime.schema.Attributes;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;

/**
 * The attributes of {@link Customer} items, for typed filters and projections.
 */
@Generated("io.sable.processor.SableProcessor")
public final class CustomerAttributes {
  /**
   * Attribute {@code customerId}, field {@code customerId} ({@code java.lang.String}).
   */
  public static final StringAttribute<Customer> CUSTOMER_ID = StringAttribute.of("customerId");

  /**
   * Attribute {@code fullName}, field {@code name} ({@code java.lang.String}).
   */
  public static final StringAttribute<Customer> NAME = StringAttribute.of("fullName");

  /**
   * Attribute {@code orders}, field {@code orders} ({@code long}).
   */
  public static final Attribute<Customer, Long> ORDERS = Attribute.of("orders", CustomerSchema.ORDERS_CONVERTER);

  /**
   * Attribute {@code vip}, field {@code vip} ({@code boolean}).
   */
  public static final Attribute<Customer, Boolean> VIP = Attribute.of("vip", CustomerSchema.VIP_CONVERTER);

  /**
   * Attribute {@code grade}, field {@code grade} ({@code char}).
   */
  public static final Attribute<Customer, Character> GRADE = Attribute.of("grade", CustomerSchema.GRADE_CONVERTER);

  /**
   * Attribute {@code avatar}, field {@code avatar} ({@code byte[]}).
   */
  public static final Attribute<Customer, byte[]> AVATAR = Attribute.of("avatar", CustomerSchema.AVATAR_CONVERTER);

  /**
   * Attribute {@code email}, field {@code email} ({@code java.util.Optional<java.lang.String>}).
   */
  public static final StringAttribute<Customer> EMAIL = StringAttribute.of("email");

  /**
   * Attribute {@code address}, field {@code address} ({@code io.sable.processor.behaviour.Address}).
   */
  public static final Attribute<Customer, Address> ADDRESS = Attribute.of("address", CustomerSchema.ADDRESS_CONVERTER);

  /**
   * Attribute {@code pastAddresses}, field {@code pastAddresses} ({@code java.util.List<io.sable.processor.behaviour.Address>}).
   */
  public static final CollectionAttribute<Customer, List<Address>, Address> PAST_ADDRESSES = CollectionAttribute.of("pastAddresses", CustomerSchema.PAST_ADDRESSES_CONVERTER, Attributes.converter(EnhancedType.documentOf(Address.class, AddressSchema.INSTANCE)));

  /**
   * Attribute {@code preferences}, field {@code preferences} ({@code java.util.Map<java.lang.String, java.lang.Integer>}).
   */
  public static final Attribute<Customer, Map<String, Integer>> PREFERENCES = Attribute.of("preferences", CustomerSchema.PREFERENCES_CONVERTER);

  private CustomerAttributes() {
  }
}
