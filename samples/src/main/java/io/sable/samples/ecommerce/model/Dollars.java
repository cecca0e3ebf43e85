package io.sable.samples.ecommerce.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Amounts in dollars, always with two decimals. DynamoDB stores numbers without trailing zeros
 * ({@code 249.00} is read back as {@code 249}), so the entities normalise on construction, and an
 * amount read back equals the amount written.
 */
final class Dollars {

  private Dollars() {}

  /**
   * The amount with scale 2.
   *
   * @throws NullPointerException if {@code amount} is null
   * @throws ArithmeticException if it has fractions of a cent
   */
  static BigDecimal of(BigDecimal amount, String what) {
    Objects.requireNonNull(amount, what);
    try {
      return amount.setScale(2, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw new ArithmeticException(what + " " + amount + " has fractions of a cent");
    }
  }
}
