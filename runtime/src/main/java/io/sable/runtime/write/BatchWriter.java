package io.sable.runtime.write;

import io.sable.runtime.batch.Backoff;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Writes many items to one table with BatchWriteItem: in chunks of 25 requests (DynamoDB's limit per
 * call), retrying {@code UnprocessedItems} with exponential backoff and full jitter ({@link Backoff}).
 */
public final class BatchWriter {

  /** DynamoDB's maximum number of put and delete requests in one BatchWriteItem call. */
  public static final int MAX_REQUESTS_PER_BATCH = 25;

  private static final int MAX_ATTEMPTS = 10;

  private BatchWriter() {}

  /**
   * Applies every write request.
   *
   * @throws UnprocessedWritesException if some requests are still unprocessed after 10 attempts;
   *     it holds them, and every other request was applied
   */
  public static void write(DynamoDbClient dynamoDb, String tableName, List<WriteRequest> requests) {
    for (int from = 0; from < requests.size(); from += MAX_REQUESTS_PER_BATCH) {
      List<WriteRequest> chunk =
          requests.subList(from, Math.min(requests.size(), from + MAX_REQUESTS_PER_BATCH));
      writeChunk(dynamoDb, tableName, chunk);
    }
  }

  private static void writeChunk(DynamoDbClient dynamoDb, String tableName, List<WriteRequest> chunk) {
    Map<String, List<WriteRequest>> pending = new HashMap<>();
    pending.put(tableName, new ArrayList<>(chunk));
    for (int attempt = 1; ; attempt++) {
      Map<String, List<WriteRequest>> request = pending;
      BatchWriteItemResponse response = dynamoDb.batchWriteItem(b -> b.requestItems(request));
      if (!response.hasUnprocessedItems() || response.unprocessedItems().isEmpty()) {
        return;
      }
      pending = response.unprocessedItems();
      if (attempt == MAX_ATTEMPTS) {
        throw new UnprocessedWritesException(pending.getOrDefault(tableName, List.of()));
      }
      Backoff.pause(attempt, Duration.ofMillis(Backoff.CAP_MILLIS));
    }
  }
}
