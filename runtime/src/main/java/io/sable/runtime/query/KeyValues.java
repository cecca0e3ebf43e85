package io.sable.runtime.query;

import java.math.BigDecimal;
import java.util.Arrays;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** DynamoDB's order of key values: strings by UTF-8 bytes, numbers numerically, binary by unsigned bytes. */
final class KeyValues {

  private KeyValues() {}

  /**
   * Compares two key values of the same type.
   *
   * @throws IllegalArgumentException if they are of different or non-key types
   */
  static int compare(AttributeValue a, AttributeValue b) {
    if (a.s() != null && b.s() != null) {
      return Utf8Order.compare(a.s(), b.s());
    }
    if (a.n() != null && b.n() != null) {
      return new BigDecimal(a.n()).compareTo(new BigDecimal(b.n()));
    }
    if (a.b() != null && b.b() != null) {
      return Arrays.compareUnsigned(a.b().asByteArrayUnsafe(), b.b().asByteArrayUnsafe());
    }
    throw new IllegalArgumentException("Key values of different types: " + a + ", " + b);
  }
}
