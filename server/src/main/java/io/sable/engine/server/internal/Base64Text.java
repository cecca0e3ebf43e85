package io.sable.engine.server.internal;

import java.util.Base64;

/**
 * Strict base64 for blobs in requests, failing as DynamoDB fails: a length that is not a multiple
 * of four, a character outside the alphabet, or non-canonical trailing bits.
 */
final class Base64Text {
  private Base64Text() {}

  /**
   * Decodes {@code text}.
   *
   * @throws WireException with DynamoDB's SerializationException message if it is not canonical
   *     base64
   */
  static byte[] decode(String text) {
    if (text.length() % 4 != 0) {
      throw invalid(text, "Base64 encoded length is expected a multiple of 4 bytes but found: "
          + text.length());
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean alphabet = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
          || c == '+' || c == '/';
      boolean padding = c == '=' && (i == text.length() - 1
          || (i == text.length() - 2 && text.charAt(i + 1) == '='));
      if (!alphabet && !padding) {
        throw invalid(text, "Invalid Base64 character: '" + c + "'");
      }
    }
    byte[] bytes = Base64.getDecoder().decode(text);
    if (!Base64.getEncoder().encodeToString(bytes).equals(text)) {
      // (sic: DynamoDB spells it so)
      throw invalid(text, "Invalid last non-pad Base64 character dectected");
    }
    return bytes;
  }

  private static WireException invalid(String text, String reason) {
    return new WireException(
        WireError.serialization("'" + text + "' can not be converted to a Blob: " + reason));
  }
}
