package io.sable.processor.behaviour;

import io.sable.runtime.condition.Condition;
import io.sable.runtime.write.EntityUpdate;
import io.sable.runtime.write.EntityWriter;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * An UpdateItem on one {@link Customer} item, which creates the item if it is absent: run it with {@code apply()}, or add it to a transaction. Single use; not thread-safe.
 *
 * <p>A later action on a field replaces an earlier one. Key and unique fields are not updatable: change them with {@code put}.
 */
@Generated("io.sable.processor.SableProcessor")
public final class CustomerUpdate extends EntityUpdate<Customer> {
  CustomerUpdate(EntityWriter<Customer> writer, String customerId, Long expectedVersion) {
    super(writer, CustomerKeys.primaryKey(customerId), expectedVersion);
    actions().set("_type", CustomerSchema.ENTITY_TYPE_VALUE);
    actions().set("customerId", CustomerSchema.CUSTOMER_ID_CONVERTER.transformFrom(customerId));
  }

  /**
   * Sets {@code name} ({@code SET}), or removes it when {@code null} ({@code REMOVE}).
   */
  public CustomerUpdate setName(String name) {
    if (name == null) {
      actions().remove("fullName");
    } else {
      actions().set("fullName", CustomerSchema.NAME_CONVERTER.transformFrom(name));
    }
    return this;
  }

  /**
   * Removes {@code name} ({@code REMOVE}).
   */
  public CustomerUpdate removeName() {
    actions().remove("fullName");
    return this;
  }

  /**
   * Sets {@code vip} ({@code SET}).
   */
  public CustomerUpdate setVip(boolean vip) {
    actions().set("vip", CustomerSchema.VIP_CONVERTER.transformFrom(vip));
    return this;
  }

  /**
   * Sets {@code grade} ({@code SET}).
   */
  public CustomerUpdate setGrade(char grade) {
    actions().set("grade", CustomerSchema.GRADE_CONVERTER.transformFrom(grade));
    return this;
  }

  /**
   * Sets {@code avatar} ({@code SET}), or removes it when {@code null} ({@code REMOVE}).
   */
  public CustomerUpdate setAvatar(byte[] avatar) {
    if (avatar == null) {
      actions().remove("avatar");
    } else {
      actions().set("avatar", CustomerSchema.AVATAR_CONVERTER.transformFrom(avatar));
    }
    return this;
  }

  /**
   * Removes {@code avatar} ({@code REMOVE}).
   */
  public CustomerUpdate removeAvatar() {
    actions().remove("avatar");
    return this;
  }

  /**
   * Sets {@code address} ({@code SET}), or removes it when {@code null} ({@code REMOVE}).
   */
  public CustomerUpdate setAddress(Address address) {
    if (address == null) {
      actions().remove("address");
    } else {
      actions().set("address", CustomerSchema.ADDRESS_CONVERTER.transformFrom(address));
    }
    return this;
  }

  /**
   * Removes {@code address} ({@code REMOVE}).
   */
  public CustomerUpdate removeAddress() {
    actions().remove("address");
    return this;
  }

  /**
   * Sets {@code pastAddresses} ({@code SET}), or removes it when {@code null} ({@code REMOVE}).
   */
  public CustomerUpdate setPastAddresses(List<Address> pastAddresses) {
    if (pastAddresses == null) {
      actions().remove("pastAddresses");
    } else {
      actions().set("pastAddresses", CustomerSchema.PAST_ADDRESSES_CONVERTER.transformFrom(pastAddresses));
    }
    return this;
  }

  /**
   * Removes {@code pastAddresses} ({@code REMOVE}).
   */
  public CustomerUpdate removePastAddresses() {
    actions().remove("pastAddresses");
    return this;
  }

  /**
   * Sets {@code preferences} ({@code SET}), or removes it when {@code null} ({@code REMOVE}).
   */
  public CustomerUpdate setPreferences(Map<String, Integer> preferences) {
    if (preferences == null) {
      actions().remove("preferences");
    } else {
      actions().set("preferences", CustomerSchema.PREFERENCES_CONVERTER.transformFrom(preferences));
    }
    return this;
  }

  /**
   * Removes {@code preferences} ({@code REMOVE}).
   */
  public CustomerUpdate removePreferences() {
    actions().remove("preferences");
    return this;
  }

  /**
   * Applies the update only if the condition holds for the stored item ({@code ConditionExpression}); a second condition replaces the first.
   */
  public CustomerUpdate condition(Condition<? super Customer> condition) {
    setCondition(condition);
    return this;
  }
}
