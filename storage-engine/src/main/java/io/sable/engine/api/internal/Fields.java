package io.sable.engine.api.internal;

import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;

/**
 * Reads an SDK request's parameters by their DynamoDB names (the SDK's generated, reflection-free
 * {@code getValueForField}), so that rules shared by several operations are written once. Pass
 * {@code request::getValueForField}.
 */
@FunctionalInterface
interface Fields {
  /** The parameter named {@code name} (such as {@code "ExpressionAttributeNames"}), if set. */
  <T> Optional<T> get(String name, Class<T> type);

  /** A string parameter, or {@code null}. */
  default String string(String name) {
    return get(name, String.class).orElse(null);
  }

  /**
   * Rejects DynamoDB's legacy (pre-expression) parameters, which the engine does not implement
   * yet: a request using them fails loudly rather than having them silently ignored.
   *
   * @throws UnsupportedOperationException naming the first legacy parameter set
   */
  default void rejectLegacy(String... names) {
    for (String name : names) {
      Object value = get(name, Object.class).orElse(null);
      if (value != null
          && !(value instanceof SdkAutoConstructMap)
          && !(value instanceof SdkAutoConstructList)) {
        throw new UnsupportedOperationException(
            "The Sable engine does not support the legacy parameter "
                + name
                + " yet; use the expression parameters (ConditionExpression, KeyConditionExpression,"
                + " FilterExpression, ProjectionExpression, UpdateExpression) instead");
      }
    }
  }

  /** A map parameter as the caller set it (even empty), or {@code null} if it was not set. */
  @SuppressWarnings("unchecked")
  default <V> Map<String, V> map(String name) {
    Map<String, V> map = get(name, Map.class).orElse(null);
    return map instanceof SdkAutoConstructMap ? null : map;
  }
}
