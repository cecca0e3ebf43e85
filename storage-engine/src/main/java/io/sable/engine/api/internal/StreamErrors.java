package io.sable.engine.api.internal;

import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ExpiredIteratorException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TrimmedDataAccessException;

/**
 * The exceptions the AWS SDK's {@code DynamoDbStreamsClient} throws when DynamoDB Streams answers
 * with an error, as {@link Errors} builds DynamoDB's: service name {@code DynamoDbStreams}, HTTP
 * status 400.
 */
public final class StreamErrors {
  private static final String SERVICE_NAME = "DynamoDbStreams";

  private StreamErrors() {}

  /** {@code ValidationException}: a plain {@link DynamoDbException}. */
  public static DynamoDbException validation(String message) {
    return (DynamoDbException)
        Errors.fill(DynamoDbException.builder(), "ValidationException", message, SERVICE_NAME);
  }

  /** {@code ResourceNotFoundException}: no such stream or shard. */
  public static ResourceNotFoundException resourceNotFound(String message) {
    return (ResourceNotFoundException)
        Errors.fill(
            ResourceNotFoundException.builder(), "ResourceNotFoundException", message, SERVICE_NAME);
  }

  /**
   * {@code ExpiredIteratorException}, with the API Reference's description as its message: "A
   * shard iterator expires 15 minutes after it is retrieved using the GetShardIterator action".
   */
  public static ExpiredIteratorException expiredIterator() {
    return (ExpiredIteratorException)
        Errors.fill(
            ExpiredIteratorException.builder(),
            "ExpiredIteratorException",
            "The shard iterator has expired and can no longer be used to retrieve stream records. A"
                + " shard iterator expires 15 minutes after it is retrieved using the"
                + " GetShardIterator action.",
            SERVICE_NAME);
  }

  /**
   * {@code TrimmedDataAccessException}: the iterator or sequence number points before the oldest
   * record still kept (24 hours).
   */
  public static TrimmedDataAccessException trimmedDataAccess() {
    return (TrimmedDataAccessException)
        Errors.fill(
            TrimmedDataAccessException.builder(),
            "TrimmedDataAccessException",
            "The data you are trying to access has been trimmed",
            SERVICE_NAME);
  }
}
