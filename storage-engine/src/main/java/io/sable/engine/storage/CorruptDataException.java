package io.sable.engine.storage;

/** Stored bytes that do not decode: a bad checksum, a truncated record or a malformed value. */
public final class CorruptDataException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An exception with {@code message}. */
  public CorruptDataException(String message) {
    super(message);
  }

  /** An exception with {@code message} and its {@code cause}. */
  public CorruptDataException(String message, Throwable cause) {
    super(message, cause);
  }
}
