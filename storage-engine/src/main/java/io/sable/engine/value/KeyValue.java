package io.sable.engine.value;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One key attribute value (partition key or sort key) of type {@code S}, {@code N} or {@code B},
 * ordered as DynamoDB orders keys: strings by UTF-8 bytes, numbers numerically, binary by unsigned
 * bytes. Three sentinels complete the order: {@link #LOWEST} below every value, {@link #HIGHEST}
 * above, and {@link #NONE} for the absent sort key of a table without one.
 *
 * <p>Held compactly, as keys are compared several times per write and stored once per item and
 * index entry: a string as its UTF-8 bytes and a binary value as its bytes, so that two keys compare
 * with one unsigned byte-array comparison (a JDK intrinsic); a number as its text and its {@link
 * BigDecimal}; 24 bytes plus the bytes. The SDK {@link AttributeValue} is built again by {@link #value()} when asked for.
 */
public final class KeyValue implements Comparable<KeyValue> {
  /** Below every key value: the lower end of an open range. */
  public static final KeyValue LOWEST = new KeyValue(0, (byte) 0, null, null);
  /** The sort key of an item in a table (or index) that has no sort key. */
  public static final KeyValue NONE = new KeyValue(1, (byte) 0, null, null);
  /** Above every key value: the upper end of an open range. */
  public static final KeyValue HIGHEST = new KeyValue(2, (byte) 0, null, null);

  private static final byte S = 1;
  private static final byte N = 2;
  private static final byte B = 3;

  // 24 bytes a value with compressed oops (a header and four fields), plus its byte array.
  private final byte rank;
  private final byte type;
  // S (well-formed UTF-16): UTF-8; N: its text in UTF-8; B: the bytes; otherwise null.
  private final byte[] bytes;
  // N: its BigDecimal; S that UTF-8 cannot carry (an unpaired surrogate): the String.
  private final Object other;

  private KeyValue(int rank, byte type, byte[] bytes, Object other) {
    this.rank = (byte) rank;
    this.type = type;
    this.bytes = bytes;
    this.other = other;
  }

  /** The key value of a validated, normalised {@code S}, {@code N} or {@code B} attribute value. */
  public static KeyValue of(AttributeValue value) {
    String s = value.s();
    if (s != null) {
      return ItemEncoding.wellFormed(s)
          ? new KeyValue(1, S, s.getBytes(StandardCharsets.UTF_8), null)
          : new KeyValue(1, S, null, s);
    }
    String n = value.n();
    if (n != null) {
      return new KeyValue(1, N, n.getBytes(StandardCharsets.UTF_8), new BigDecimal(n));
    }
    return new KeyValue(1, B, value.b().asByteArrayUnsafe(), null);
  }

  // murmur3's finaliser.
  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }

  // String.hashCode of the text, without building the String when it is ASCII.
  private int textHash() {
    if (bytes == null) {
      return other.hashCode();
    }
    int h = 0;
    for (byte b : bytes) {
      if (b < 0) {
        return new String(bytes, StandardCharsets.UTF_8).hashCode();
      }
      h = 31 * h + b;
    }
    return h;
  }

  /** The attribute value (a new instance on each call), or {@code null} for a sentinel. */
  public AttributeValue value() {
    switch (type) {
      case S:
        return AttributeValue.fromS(bytes != null ? new String(bytes, StandardCharsets.UTF_8) : (String) other);
      case N:
        return AttributeValue.fromN(new String(bytes, StandardCharsets.UTF_8));
      case B:
        return AttributeValue.fromB(SdkBytes.fromByteArray(bytes));
      default:
        return null;
    }
  }

  /** Whether this is {@link #LOWEST}, {@link #NONE} or {@link #HIGHEST}. */
  boolean isSentinel() {
    return type == 0;
  }

  /** A well-mixed 32-bit hash of this value (murmur3's finaliser over its content hash). */
  public int hash() {
    switch (type) {
      case S:
        return mix(textHash());
      case N:
        return mix(textHash() * 31 + 7);
      case B:
        return mix(Arrays.hashCode(bytes) * 31 + 13);
      default:
        return rank;
    }
  }

  /** Whether this value begins with {@code prefix} (strings by characters, binary by bytes). */
  public boolean beginsWith(AttributeValue prefix) {
    if (type == B && prefix.b() != null) {
      byte[] p = prefix.b().asByteArrayUnsafe();
      return bytes.length >= p.length && Arrays.equals(bytes, 0, p.length, p, 0, p.length);
    }
    return type != 0 && Values.beginsWith(value(), prefix);
  }

  @Override
  public int compareTo(KeyValue other) {
    if (rank != other.rank) {
      return rank - other.rank;
    }
    if (type == 0 || other.type == 0) {
      return type == 0 ? (other.type == 0 ? 0 : -1) : 1;
    }
    if (this == other) {
      return 0;
    }
    if (type != other.type) {
      return type - other.type;
    }
    if (type == N) {
      return ((BigDecimal) this.other).compareTo((BigDecimal) other.other);
    }
    if (bytes != null && other.bytes != null) {
      return Arrays.compareUnsigned(bytes, other.bytes);
    }
    return Values.compare(value(), other.value());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KeyValue && compareTo((KeyValue) o) == 0;
  }

  @Override
  public int hashCode() {
    return hash();
  }

  @Override
  public String toString() {
    return type == 0 ? (rank == 0 ? "LOWEST" : rank == 1 ? "NONE" : "HIGHEST") : value().toString();
  }
}
