package io.sable.runtime.write;

import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Key maps as text for messages: {@code PK=CUSTOMER#c1, SK=PROFILE}. */
final class Keys {

  private Keys() {}

  static String describe(Map<String, AttributeValue> key) {
    StringJoiner text = new StringJoiner(", ");
    new TreeMap<>(key).forEach((name, value) -> text.add(name + "=" + show(value)));
    return text.toString();
  }

  static String show(AttributeValue value) {
    if (value == null) {
      return "(absent)";
    }
    return value.s() != null ? value.s() : value.n() != null ? value.n() : value.toString();
  }
}
