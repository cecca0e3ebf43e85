package io.sable.engine.value;

import java.math.BigDecimal;
import java.util.Arrays;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One key attribute value (partition key or sort key) of type {@code S}, {@code N} or {@code B},
 * ordered as DynamoDB orders keys: strings by UTF-8 bytes, numbers numerically, binary by unsigned
 * bytes. Three sentinels complete the order: {@link #LOWEST} below every value, {@link #HIGHEST}
 * above, and {@link #NONE} for the absent sort key of a table without one.
 */
public final class KeyValue implements Comparable<KeyValue> {
  /** Below every key value: the lower end of an open range. */
  public static final KeyValue LOWEST = new KeyValue(0, null, null);
  /** The sort key of an item in a table (or index) that has no sort key. */
  public static final KeyValue NONE = new KeyValue(1, null, null);
  /** Above every key value: the upper end of an open range. */
  public static final KeyValue HIGHEST = new KeyValue(2, null, null);

  private final int rank;
  private final AttributeValue value;
  private final BigDecimal number;
  // An S value with no character at or above U+D800, for which String.compareTo (UTF-16 code unit
  // order, intrinsified) is UTF-8 byte order: keys compare several times per write, so this is
  // worked out once here rather than char by char in every comparison.
  private final boolean codeUnitOrder;

  private KeyValue(int rank, AttributeValue value, BigDecimal number) {
    this.rank = rank;
    this.value = value;
    this.number = number;
    this.codeUnitOrder = value != null && value.s() != null && belowSurrogates(value.s());
  }

  /** The key value of a validated, normalised {@code S}, {@code N} or {@code B} attribute value. */
  public static KeyValue of(AttributeValue value) {
    return new KeyValue(1, value, value.n() != null ? new BigDecimal(value.n()) : null);
  }

  private static boolean belowSurrogates(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= Character.MIN_SURROGATE) {
        return false;
      }
    }
    return true;
  }

  /** The attribute value, or {@code null} for a sentinel. */
  public AttributeValue value() {
    return value;
  }

  /** A well-mixed 32-bit hash of this value (murmur3's finaliser over its content hash). */
  public int hash() {
    int h;
    if (value.s() != null) {
      h = value.s().hashCode();
    } else if (value.n() != null) {
      h = value.n().hashCode() * 31 + 7;
    } else {
      h = Arrays.hashCode(value.b().asByteArrayUnsafe()) * 31 + 13;
    }
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }

  /** Whether this value begins with {@code prefix} (strings by characters, binary by bytes). */
  public boolean beginsWith(AttributeValue prefix) {
    return value != null && Values.beginsWith(value, prefix);
  }

  @Override
  public int compareTo(KeyValue other) {
    if (rank != other.rank) {
      return rank - other.rank;
    }
    if (value == null || other.value == null) {
      return value == null ? (other.value == null ? 0 : -1) : 1;
    }
    if (value == other.value) {
      return 0;
    }
    if (number != null) {
      return number.compareTo(other.number);
    }
    if (codeUnitOrder && other.codeUnitOrder) {
      return value.s().compareTo(other.value.s());
    }
    return Values.compare(value, other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KeyValue && compareTo((KeyValue) o) == 0;
  }

  @Override
  public int hashCode() {
    return value == null ? rank : hash();
  }

  @Override
  public String toString() {
    return value == null ? (rank == 0 ? "LOWEST" : rank == 1 ? "NONE" : "HIGHEST") : value.toString();
  }
}
