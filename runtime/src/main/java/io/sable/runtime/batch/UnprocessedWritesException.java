package io.sable.runtime.batch;

import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Thrown when a batch write still has unprocessed requests at its deadline (DynamoDB returns {@code
 * UnprocessedItems} when a table or partition is over its throughput). The other requests of the
 * batch were applied.
 */
public final class UnprocessedWritesException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<WriteRequest> unprocessed;

  /** @param unprocessed the requests DynamoDB did not apply */
  public UnprocessedWritesException(List<WriteRequest> unprocessed) {
    super(unprocessed.size() + " batch write requests are still unprocessed at the deadline");
    this.unprocessed = List.copyOf(unprocessed);
  }

  /** The requests DynamoDB did not apply. */
  public List<WriteRequest> unprocessed() {
    return unprocessed;
  }
}
