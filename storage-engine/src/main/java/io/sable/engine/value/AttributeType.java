package io.sable.engine.value;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The ten DynamoDB data types, named as in the wire format ({@code S}, {@code N}, ...). */
public enum AttributeType {
  S("STRING"),
  N("NUMBER"),
  B("BINARY"),
  SS("STRING_SET"),
  NS("NUMBER_SET"),
  BS("BINARY_SET"),
  M("MAP"),
  L("LIST"),
  NULL("NULL"),
  BOOL("BOOLEAN");

  private final String longName;

  AttributeType(String longName) {
    this.longName = longName;
  }

  /** The long name DynamoDB uses in some messages, such as {@code STRING} or {@code NUMBER_SET}. */
  public String longName() {
    return longName;
  }

  /** Whether this is {@code S}, {@code N} or {@code B}: the types a key attribute may have. */
  public boolean isScalarKeyType() {
    return this == S || this == N || this == B;
  }

  /** Whether this is one of the three set types. */
  public boolean isSet() {
    return this == SS || this == NS || this == BS;
  }

  /**
   * The type of {@code value}, or {@code null} if no type is set. When several are set (an invalid
   * value) the first in declaration order wins; {@link ItemValidator} rejects such values.
   */
  public static AttributeType of(AttributeValue value) {
    if (value.s() != null) {
      return S;
    }
    if (value.n() != null) {
      return N;
    }
    if (value.b() != null) {
      return B;
    }
    if (value.hasM()) {
      return M;
    }
    if (value.hasL()) {
      return L;
    }
    if (value.bool() != null) {
      return BOOL;
    }
    if (value.nul() != null) {
      return NULL;
    }
    if (value.hasSs()) {
      return SS;
    }
    if (value.hasNs()) {
      return NS;
    }
    if (value.hasBs()) {
      return BS;
    }
    return null;
  }

  /** How many data types {@code value} sets; a valid value sets exactly one. */
  static int countTypes(AttributeValue value) {
    int count = 0;
    count += value.s() != null ? 1 : 0;
    count += value.n() != null ? 1 : 0;
    count += value.b() != null ? 1 : 0;
    count += value.hasM() ? 1 : 0;
    count += value.hasL() ? 1 : 0;
    count += value.bool() != null ? 1 : 0;
    count += value.nul() != null ? 1 : 0;
    count += value.hasSs() ? 1 : 0;
    count += value.hasNs() ? 1 : 0;
    count += value.hasBs() ? 1 : 0;
    return count;
  }
}
