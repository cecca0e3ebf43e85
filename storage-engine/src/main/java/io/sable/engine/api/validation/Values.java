package io.sable.engine.api.validation;

import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkPojo;

/**
 * Prints a request value as the service framework prints it in a violation, which is Java's
 * {@code toString} of its own request objects: {@code null} bare, anything else in single quotes;
 * a string as itself, a list as {@code [a, b]}, a map as {@code {k=v}}, and a structure as its
 * class name and a hash, {@code com.amazonaws.dynamodb.v20120810.KeySchemaElement@21b90f} (as in
 * the responses dynalite's test suite captured from DynamoDB, architect/dynalite
 * test/createTable.js). The hash here is the SDK object's {@code hashCode()}, so it is stable but
 * not DynamoDB's.
 */
final class Values {
  private static final String STRUCTURE_PACKAGE = "com.amazonaws.dynamodb.v20120810.";

  private Values() {}

  /** {@code null}, or {@code value} printed and quoted. */
  static String render(Object value) {
    return value == null ? "null" : "'" + text(value) + "'";
  }

  private static String text(Object value) {
    if (value instanceof List<?> list) {
      StringJoiner joiner = new StringJoiner(", ", "[", "]");
      list.forEach(element -> joiner.add(text(element)));
      return joiner.toString();
    }
    if (value instanceof Map<?, ?> map) {
      StringJoiner joiner = new StringJoiner(", ", "{", "}");
      map.forEach((k, v) -> joiner.add(text(k) + "=" + text(v)));
      return joiner.toString();
    }
    if (value instanceof SdkPojo pojo) {
      return STRUCTURE_PACKAGE + pojo.getClass().getSimpleName() + "@"
          + Integer.toHexString(pojo.hashCode());
    }
    if (value instanceof SdkBytes bytes) {
      int length = bytes.asByteArrayUnsafe().length;
      return "java.nio.HeapByteBuffer[pos=0 lim=" + length + " cap=" + length + "]";
    }
    return String.valueOf(value);
  }
}
