package io.sable.runtime.observe;

import java.time.Duration;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbResponse;

/**
 * Told of every request an {@link ObservedDynamoDbClient} sends. Called on the thread that sent the
 * request, after the call returned or failed; implementations must be thread-safe and fast, and
 * should not throw (an exception thrown here reaches the caller of the client).
 */
public interface RequestObserver {

  /**
   * A request succeeded.
   *
   * @param request the request as sent, with {@code ReturnConsumedCapacity} if the client added it
   * @param response its response
   * @param elapsed the wall-clock time of the call
   */
  void onResponse(DynamoDbRequest request, DynamoDbResponse response, Duration elapsed);

  /**
   * A request failed with this exception (a DynamoDB error such as {@code
   * ConditionalCheckFailedException}, or a client-side failure). Does nothing unless overridden.
   *
   * @param request the request as sent
   * @param error what the client threw; it is rethrown to the caller after this returns
   * @param elapsed the wall-clock time of the call
   */
  default void onError(DynamoDbRequest request, RuntimeException error, Duration elapsed) {}
}
