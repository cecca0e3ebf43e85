package io.sable.engine.value;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * DynamoDB's number type: up to 38 significant digits, magnitudes from 1E-130 to
 * 9.9999999999999999999999999999999999999E+125, negative numbers likewise, and zero.
 *
 * <p>Numbers are normalised on write, as DynamoDB does: leading and trailing zeros are dropped,
 * exponents are expanded ({@code 1.5E2} becomes {@code 150}) and {@code -0} becomes {@code 0}.
 * Arithmetic is exact ({@link BigDecimal}); a result that needs more than 38 digits is rejected.
 */
public final class Numbers {
  /** Rejection of text that is not a number. */
  public static final String NOT_A_NUMBER = "A value provided cannot be converted into a number";
  /** Rejection of a number with more than 38 significant digits. */
  public static final String TOO_PRECISE = "DynamoDB only supports precision up to 38 digits";
  /** Rejection of a number whose magnitude is above the supported range. */
  public static final String OVERFLOW =
      "Number overflow. Attempting to store a number with magnitude larger than supported range";
  /** Rejection of a non-zero number whose magnitude is below the supported range. */
  public static final String UNDERFLOW =
      "Number underflow. Attempting to store a number with magnitude smaller than supported range";

  private static final int MAX_DIGITS = 38;
  private static final int MAX_EXPONENT = 125;
  private static final int MIN_EXPONENT = -130;
  private static final MathContext EXACT = MathContext.UNLIMITED;

  private Numbers() {}

  /**
   * Parses and validates {@code text} as a DynamoDB number.
   *
   * @throws InvalidRequestException with DynamoDB's message if it is not a number, has more than 38
   *     significant digits, or is out of range
   */
  public static BigDecimal parse(String text) {
    BigDecimal value;
    try {
      value = new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new InvalidRequestException(NOT_A_NUMBER);
    }
    return check(value);
  }

  /** Validates a computed number's precision and range and returns it without trailing zeros. */
  public static BigDecimal check(BigDecimal value) {
    if (value.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.precision() > MAX_DIGITS) {
      throw new InvalidRequestException(TOO_PRECISE);
    }
    long exponent = (long) stripped.precision() - stripped.scale() - 1;
    if (exponent > MAX_EXPONENT) {
      throw new InvalidRequestException(OVERFLOW);
    }
    if (exponent < MIN_EXPONENT) {
      throw new InvalidRequestException(UNDERFLOW);
    }
    return stripped;
  }

  /**
   * The canonical text of a number, as DynamoDB returns it: no exponent, no leading or trailing
   * zeros. Returns {@code text} itself (no allocation) when it is already canonical.
   *
   * @throws InvalidRequestException as {@link #parse}
   */
  public static String normalize(String text) {
    if (isCanonicalInteger(text)) {
      return text;
    }
    return toText(parse(text));
  }

  /** The canonical text of an already validated number. */
  public static String toText(BigDecimal value) {
    return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
  }

  /** {@code a + b}, exact, validated as a stored number. */
  public static BigDecimal add(BigDecimal a, BigDecimal b) {
    return check(a.add(b, EXACT));
  }

  /** {@code a - b}, exact, validated as a stored number. */
  public static BigDecimal subtract(BigDecimal a, BigDecimal b) {
    return check(a.subtract(b, EXACT));
  }

  private static boolean isCanonicalInteger(String text) {
    int length = text.length();
    int start = length > 0 && text.charAt(0) == '-' ? 1 : 0;
    int digits = length - start;
    if (digits == 0 || digits > MAX_DIGITS) {
      return false;
    }
    char first = text.charAt(start);
    if (first == '0') {
      return digits == 1 && start == 0;
    }
    for (int i = start; i < length; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    // A canonical integer ending in zeros has fewer significant digits than characters, which is
    // still within 38; the value itself is already in DynamoDB's plain form.
    return true;
  }
}
