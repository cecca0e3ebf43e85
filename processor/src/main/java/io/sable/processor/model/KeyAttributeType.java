package io.sable.processor.model;

/** A key attribute's DynamoDB type, read from {@code io.sable.annotations.KeyType}. */
public enum KeyAttributeType {
  S,
  N,
  B;

  /** The type of an annotation's {@code KeyType} constant name. */
  static KeyAttributeType ofKeyType(String constant) {
    return switch (constant) {
      case "NUMBER" -> N;
      case "BINARY" -> B;
      default -> S;
    };
  }
}
