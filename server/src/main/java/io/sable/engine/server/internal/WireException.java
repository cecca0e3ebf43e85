package io.sable.engine.server.internal;

/** Thrown inside the server to answer a request with a {@link WireError}. */
public final class WireException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient WireError error;

  /** An exception that answers with {@code error}. */
  public WireException(WireError error) {
    super(error.code() + ": " + error.message(), null, false, false);
    this.error = error;
  }

  /** The answer. */
  public WireError error() {
    return error;
  }
}
