package io.sable.runtime.key;

/**
 * The order-preserving encoding of integers in a fixed number of decimal digits.
 *
 * <p>A non-negative value is its decimal digits, zero-padded to {@code width} ({@code 42} in width
 * 10 is {@code 0000000042}). A negative value is {@code -} followed by the nines' complement of its
 * zero-padded magnitude ({@code -42} is {@code -9999999957}): {@code -} sorts before every digit, and
 * the complement reverses the order of magnitudes, so encodings sort as the numbers do.
 */
final class FixedWidthIntegers {

  private FixedWidthIntegers() {}

  static String encode(long value, int width) {
    boolean negative = value < 0;
    // Long.MIN_VALUE has no positive counterpart; its magnitude is its unsigned reading.
    String magnitude = negative ? Long.toUnsignedString(-value) : Long.toString(value);
    char[] out = new char[width + (negative ? 1 : 0)];
    int offset = 0;
    if (negative) {
      out[offset++] = '-';
    }
    int padding = width - magnitude.length();
    for (int i = 0; i < width; i++) {
      char digit = i < padding ? '0' : magnitude.charAt(i - padding);
      out[offset + i] = negative ? (char) ('9' - digit + '0') : digit;
    }
    return new String(out);
  }

  static long decode(String segment, int width, long min, long max, String typeName) {
    boolean negative = !segment.isEmpty() && segment.charAt(0) == '-';
    int start = negative ? 1 : 0;
    if (segment.length() - start != width) {
      throw invalid(segment, width, typeName);
    }
    StringBuilder magnitude = new StringBuilder(width);
    for (int i = start; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (c < '0' || c > '9') {
        throw invalid(segment, width, typeName);
      }
      magnitude.append(negative ? (char) ('9' - c + '0') : c);
    }
    long value;
    try {
      value = negative ? -Long.parseUnsignedLong(magnitude.toString()) : Long.parseLong(magnitude.toString());
    } catch (NumberFormatException e) {
      throw invalid(segment, width, typeName);
    }
    boolean negativeZero = negative && value == 0;
    boolean wrapped = negative && value > 0;
    if (negativeZero || wrapped || value < min || value > max) {
      throw invalid(segment, width, typeName);
    }
    return value;
  }

  private static IllegalArgumentException invalid(String segment, int width, String typeName) {
    return new IllegalArgumentException(
        "'" + segment + "' is not a key segment of type " + typeName + ": expected " + width
            + " zero-padded digits, or '-' and the nines' complement of a negative value's "
            + width + " digits");
  }
}
