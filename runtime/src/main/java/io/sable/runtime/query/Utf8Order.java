package io.sable.runtime.query;

/** DynamoDB's order of string key values: by UTF-8 bytes, which is the order of code points. */
final class Utf8Order {

  private Utf8Order() {}

  static int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  /**
   * The smallest string greater than every string that starts with {@code prefix}: the prefix with
   * its last character incremented.
   *
   * @throws IllegalArgumentException if the prefix is empty or ends in a character outside ASCII
   */
  static String successorOfPrefix(String prefix) {
    if (prefix.isEmpty()) {
      throw new IllegalArgumentException("The empty prefix has no successor");
    }
    char last = prefix.charAt(prefix.length() - 1);
    if (last >= 0x7F) {
      throw new IllegalArgumentException(
          "Key prefix '" + prefix + "' ends in a character outside ASCII; key template literals must be ASCII");
    }
    return prefix.substring(0, prefix.length() - 1) + (char) (last + 1);
  }
}
