package io.sable.runtime.key;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The order-preserving encoding of arbitrary decimal numbers as strings.
 *
 * <p>A number {@code v} is written in scientific form {@code 0.d1d2...dn × 10^e} with {@code d1 ≠ 0}
 * and no trailing zero digits; {@code E = e + 500} is written in three digits. Then:
 *
 * <ul>
 *   <li>zero is {@code 0};
 *   <li>a positive number is {@code p}, then {@code E}, then {@code d1...dn}, then {@code .};
 *   <li>a negative number is {@code -}, then {@code 999 - E}, then the nines' complement of each
 *       digit {@code d1...dn}, then {@code ~}.
 * </ul>
 *
 * <p>So {@code 150} is {@code p50315.}, {@code 0.5} is {@code p5005.}, {@code -150} is {@code
 * -49684~}. Because {@code -} sorts before {@code 0} before {@code p}, larger exponents after smaller
 * ones (reversed for negatives), and the terminators {@code .} and {@code ~} sort before and after
 * every digit, the encodings sort as the numbers do and no encoding is a prefix of another. The
 * exponent must lie between -500 and 499, which covers DynamoDB's number range (1E-130 to
 * 9.99...E+125).
 */
final class OrderedDecimals {

  private static final int BIAS = 500;

  private OrderedDecimals() {}

  static String encode(BigDecimal value) {
    if (value.signum() == 0) {
      return "0";
    }
    BigDecimal stripped = value.stripTrailingZeros();
    String digits = stripped.unscaledValue().abs().toString();
    int exponent = digits.length() - stripped.scale();
    int biased = exponent + BIAS;
    if (biased < 0 || biased > 999) {
      throw new IllegalArgumentException(
          value + " is out of the range of ordered decimal key segments (exponent -500 to 499)");
    }
    StringBuilder out = new StringBuilder(digits.length() + 5);
    if (stripped.signum() > 0) {
      out.append('p').append(threeDigits(biased)).append(digits).append('.');
    } else {
      out.append('-').append(threeDigits(999 - biased));
      for (int i = 0; i < digits.length(); i++) {
        out.append((char) ('9' - digits.charAt(i) + '0'));
      }
      out.append('~');
    }
    return out.toString();
  }

  static BigDecimal decode(String segment) {
    if (segment.equals("0")) {
      return BigDecimal.ZERO;
    }
    int length = segment.length();
    if (length < 6) {
      throw invalid(segment);
    }
    char sign = segment.charAt(0);
    char terminator = segment.charAt(length - 1);
    boolean positive = sign == 'p' && terminator == '.';
    boolean negative = sign == '-' && terminator == '~';
    if (!positive && !negative) {
      throw invalid(segment);
    }
    int biased = parseDigits(segment, 1, 4, false);
    String digits = digits(segment, 4, length - 1, negative);
    if (digits.charAt(0) == '0' || digits.charAt(digits.length() - 1) == '0') {
      throw invalid(segment);
    }
    int exponent = (negative ? 999 - biased : biased) - BIAS;
    BigInteger unscaled = new BigInteger(digits);
    BigDecimal magnitude = new BigDecimal(unscaled, digits.length() - exponent);
    return negative ? magnitude.negate() : magnitude;
  }

  private static String threeDigits(int value) {
    return value < 10 ? "00" + value : value < 100 ? "0" + value : Integer.toString(value);
  }

  private static int parseDigits(String segment, int from, int to, boolean complement) {
    return Integer.parseInt(digits(segment, from, to, complement));
  }

  private static String digits(String segment, int from, int to, boolean complement) {
    StringBuilder out = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      char c = segment.charAt(i);
      if (c < '0' || c > '9') {
        throw invalid(segment);
      }
      out.append(complement ? (char) ('9' - c + '0') : c);
    }
    return out.toString();
  }

  private static IllegalArgumentException invalid(String segment) {
    return new IllegalArgumentException(
        "'" + segment + "' is not an ordered decimal key segment (see SegmentCodecs.BIG_DECIMAL)");
  }
}
