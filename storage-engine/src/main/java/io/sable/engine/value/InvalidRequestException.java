package io.sable.engine.value;

/**
 * A request that DynamoDB rejects with a {@code ValidationException}; the message is DynamoDB's
 * exact error message. The API layer turns it into the SDK's {@code DynamoDbException}.
 *
 * <p>It carries no stack trace: it is thrown on ordinary bad input, often on hot paths.
 */
public final class InvalidRequestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A rejection with DynamoDB's message {@code message}. */
  public InvalidRequestException(String message) {
    super(message, null, false, false);
  }
}
