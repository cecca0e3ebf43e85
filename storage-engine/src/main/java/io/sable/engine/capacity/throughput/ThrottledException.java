package io.sable.engine.capacity.throughput;

/**
 * Thrown by {@link Throughput} when a request is throttled; the API layer turns it into the AWS
 * SDK's {@code ProvisionedThroughputExceededException} or {@code ThrottlingException} ({@link
 * Throttle}). Nothing has changed when it is thrown.
 */
public final class ThrottledException extends RuntimeException {
  private final transient Throttle throttle;

  /** A throttled request. */
  public ThrottledException(Throttle throttle) {
    super(throttle.message(), null, false, false);
    this.throttle = throttle;
  }

  /** Why. */
  public Throttle throttle() {
    return throttle;
  }
}
