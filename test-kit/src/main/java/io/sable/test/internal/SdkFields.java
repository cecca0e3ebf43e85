package io.sable.test.internal;

import java.util.Optional;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;

/** Reads a member of any SDK request or response by its DynamoDB name, such as {@code IndexName}. */
public final class SdkFields {

  private SdkFields() {}

  /** The member's value, or empty if the shape has no such member or it is unset. */
  public static <T> Optional<T> get(SdkPojo pojo, String memberName, Class<T> type) {
    if (pojo == null) {
      return Optional.empty();
    }
    for (SdkField<?> field : pojo.sdkFields()) {
      if (field.memberName().equals(memberName)) {
        Object value = field.getValueOrDefault(pojo);
        return type.isInstance(value) ? Optional.of(type.cast(value)) : Optional.empty();
      }
    }
    return Optional.empty();
  }
}
