package io.sable.samples;

/**
 * A mistake the user can fix, reported by the command line as one line, {@code error: <message>},
 * with exit code 1 and no stack trace. The message says what went wrong and how to fix it.
 */
public final class SampleError extends RuntimeException {

  /** An error whose message is printed as it is. */
  public SampleError(String message) {
    super(message, null, false, false);
  }
}
