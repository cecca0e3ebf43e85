package io.sable.engine.api.internal;

import java.util.List;
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

  /** Whether the parameter named {@code name} was set by the caller (an empty list or map counts). */
  default boolean isSet(String name) {
    Object value = get(name, Object.class).orElse(null);
    return value != null
        && !(value instanceof SdkAutoConstructMap)
        && !(value instanceof SdkAutoConstructList);
  }

  /**
   * Rejects a request that mixes legacy parameters with expression parameters, as DynamoDB does,
   * naming those of each kind that were set.
   *
   * @param legacy the legacy parameters that conflict with the expressions, in DynamoDB's order
   * @param expressions the expression parameters, in DynamoDB's order
   * @throws io.sable.engine.value.InvalidRequestException with DynamoDB's message
   */
  default void rejectMixing(List<String> legacy, List<String> expressions) {
    if (!anySet(legacy) || !anySet(expressions)) {
      return;
    }
    List<String> legacySet = legacy.stream().filter(this::isSet).toList();
    List<String> expressionsSet = expressions.stream().filter(this::isSet).toList();
    if (!legacySet.isEmpty() && !expressionsSet.isEmpty()) {
      throw new io.sable.engine.value.InvalidRequestException(
          "Can not use both expression and non-expression parameters in the same request:"
              + " Non-expression parameters: {"
              + String.join(", ", legacySet)
              + "} Expression parameters: {"
              + String.join(", ", expressionsSet)
              + "}");
    }
  }

  /** Whether any of the parameters named in {@code names} was set by the caller. */
  private boolean anySet(List<String> names) {
    for (int i = 0; i < names.size(); i++) {
      if (isSet(names.get(i))) {
        return true;
      }
    }
    return false;
  }

  /** A map parameter as the caller set it (even empty), or {@code null} if it was not set. */
  @SuppressWarnings("unchecked")
  default <V> Map<String, V> map(String name) {
    Map<String, V> map = get(name, Map.class).orElse(null);
    return map instanceof SdkAutoConstructMap ? null : map;
  }
}
