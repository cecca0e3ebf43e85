package io.sable.runtime.batch;

import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * What a batch write left undone: the put and delete requests DynamoDB had not applied when the
 * deadline passed. Every other request was applied; a batch write is not atomic.
 *
 * @param unprocessed the requests not applied, ready to send again; empty when every request was
 */
public record BatchWriteResult(List<WriteRequest> unprocessed) {
  /** Copies the list. */
  public BatchWriteResult {
    unprocessed = List.copyOf(unprocessed);
  }

  /** Whether every request was applied. */
  public boolean complete() {
    return unprocessed.isEmpty();
  }

  /**
   * Returns normally if every request was applied.
   *
   * @throws UnprocessedWritesException holding the requests not applied, otherwise
   */
  public void throwIfIncomplete() {
    if (!unprocessed.isEmpty()) {
      throw new UnprocessedWritesException(unprocessed);
    }
  }
}
