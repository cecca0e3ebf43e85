package io.sable.engine.transfer;

/**
 * One line (or value) of an import source that does not hold a valid item: ImportTable skips it
 * and counts it in {@code ErrorCount}, as DynamoDB logs it to CloudWatch and goes on.
 */
public final class BadLineException extends Exception {
  private static final long serialVersionUID = 1L;

  /** A bad line, with why. */
  public BadLineException(String message) {
    super(message, null, false, false);
  }
}
