package io.sable.engine.value;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Equality and ordering of attribute values by DynamoDB's rules: strings by UTF-8 bytes, numbers
 * numerically, binary by unsigned bytes; sets are equal regardless of element order; maps and lists
 * compare element by element. Values are assumed normalised ({@link ItemValidator}).
 */
public final class Values {
  private Values() {}

  /** DynamoDB equality ({@code =} in a condition); values of different types are never equal. */
  public static boolean equal(AttributeValue a, AttributeValue b) {
    if (a == b) {
      return true;
    }
    AttributeType type = AttributeType.of(a);
    if (type != AttributeType.of(b)) {
      return false;
    }
    switch (type) {
      case S:
        return a.s().equals(b.s());
      case N:
        return a.n().equals(b.n()) || number(a).compareTo(number(b)) == 0;
      case B:
        return a.b().equals(b.b());
      case BOOL:
        return a.bool().equals(b.bool());
      case NULL:
        return true;
      case SS:
        return sameElements(a.ss(), b.ss());
      case NS:
        return sameNumbers(a.ns(), b.ns());
      case BS:
        return sameElements(a.bs(), b.bs());
      case L:
        return equalLists(a.l(), b.l());
      case M:
        return equalMaps(a.m(), b.m());
      default:
        throw new AssertionError(type);
    }
  }

  /**
   * Orders two values of the same scalar type ({@code S}, {@code N} or {@code B}).
   *
   * @return negative, zero or positive as {@code a} is below, equal to or above {@code b}
   */
  public static int compare(AttributeValue a, AttributeValue b) {
    if (a.s() != null) {
      return Utf8.compare(a.s(), b.s());
    }
    if (a.n() != null) {
      return number(a).compareTo(number(b));
    }
    return compareBytes(a.b(), b.b());
  }

  /** Orders two binary values by their unsigned bytes. */
  public static int compareBytes(SdkBytes a, SdkBytes b) {
    return java.util.Arrays.compareUnsigned(a.asByteArrayUnsafe(), b.asByteArrayUnsafe());
  }

  /** The numeric value of an {@code N} attribute value. */
  public static BigDecimal number(AttributeValue value) {
    return new BigDecimal(value.n());
  }

  /** Whether {@code value} starts with {@code prefix}; both {@code S} or both {@code B}. */
  public static boolean beginsWith(AttributeValue value, AttributeValue prefix) {
    if (value.s() != null) {
      return prefix.s() != null && value.s().startsWith(prefix.s());
    }
    if (value.b() != null && prefix.b() != null) {
      byte[] v = value.b().asByteArrayUnsafe();
      byte[] p = prefix.b().asByteArrayUnsafe();
      return v.length >= p.length && java.util.Arrays.equals(v, 0, p.length, p, 0, p.length);
    }
    return false;
  }

  private static boolean sameElements(List<?> a, List<?> b) {
    return a.size() == b.size() && new HashSet<>(a).containsAll(b);
  }

  private static boolean sameNumbers(List<String> a, List<String> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (String x : a) {
      boolean found = false;
      for (String y : b) {
        if (x.equals(y) || new BigDecimal(x).compareTo(new BigDecimal(y)) == 0) {
          found = true;
          break;
        }
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  private static boolean equalLists(List<AttributeValue> a, List<AttributeValue> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!equal(a.get(i), b.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean equalMaps(Map<String, AttributeValue> a, Map<String, AttributeValue> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (Map.Entry<String, AttributeValue> entry : a.entrySet()) {
      AttributeValue other = b.get(entry.getKey());
      if (other == null || !equal(entry.getValue(), other)) {
        return false;
      }
    }
    return true;
  }
}
