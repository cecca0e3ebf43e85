package io.sable.engine.value;

/** UTF-8 facts about Java strings, computed without encoding them. */
public final class Utf8 {
  private Utf8() {}

  /** The length in bytes of {@code text} encoded as UTF-8 (an unpaired surrogate counts 3). */
  public static int length(String text) {
    int length = text.length();
    int bytes = length;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        if (c < 0x800) {
          bytes += 1;
        } else if (Character.isHighSurrogate(c)
            && i + 1 < length
            && Character.isLowSurrogate(text.charAt(i + 1))) {
          bytes += 2;
          i++;
        } else {
          bytes += 2;
        }
      }
    }
    return bytes;
  }

  /**
   * Compares two strings in the order of their UTF-8 bytes (which is code point order), the order
   * DynamoDB uses for strings; {@link String#compareTo} differs for characters above U+FFFF.
   */
  public static int compare(String a, String b) {
    int length = Math.min(a.length(), b.length());
    for (int i = 0; i < length; i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x != y) {
        return fixUp(x) - fixUp(y);
      }
    }
    return a.length() - b.length();
  }

  // Moves surrogates (code points above U+FFFF) above U+E000..U+FFFF, giving code point order.
  private static int fixUp(char c) {
    if (c >= 0xD800) {
      return c <= 0xDFFF ? c + 0x2000 : c - 0x800;
    }
    return c;
  }
}
