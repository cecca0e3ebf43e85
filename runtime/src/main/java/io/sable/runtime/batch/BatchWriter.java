package io.sable.runtime.batch;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Writes many items of one table with BatchWriteItem: at most 25 put and delete requests per call
 * (DynamoDB's limit), and the requests a call returns as {@code UnprocessedItems} (a table or
 * partition over its throughput) retried with {@link Backoff} until every request is applied or the
 * deadline passes; the requests still unapplied then are reported, not thrown.
 *
 * <p>The caller keeps two requests on one item out of one list: DynamoDB rejects a call that holds
 * both with a ValidationException ("Provided list of item keys contains duplicates").
 */
public final class BatchWriter {

  /** DynamoDB's maximum number of put and delete requests in one BatchWriteItem call. */
  public static final int MAX_REQUESTS_PER_BATCH = 25;

  /** How long the batch writes that throw rather than report ({@link BatchWriteResult#throwIfIncomplete()}) retry. */
  public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(30);

  private BatchWriter() {}

  /**
   * Applies every write request, in order, 25 per call.
   *
   * @param deadline how long to keep retrying unprocessed requests; with {@link Duration#ZERO},
   *     writing stops at the first call that leaves requests unprocessed
   * @return the requests not applied before the deadline (every other request was applied)
   * @throws IllegalArgumentException if the deadline is negative
   */
  public static BatchWriteResult write(
      DynamoDbClient dynamoDb, String tableName, List<WriteRequest> requests, Duration deadline) {
    return write(dynamoDb, tableName, requests, deadline, RetryClock.SYSTEM);
  }

  /**
   * Applies every write request as {@link #write(DynamoDbClient, String, List, Duration)} does,
   * measuring the deadline and waiting between retries with {@code clock} (see {@link RetryClock}).
   *
   * @throws IllegalArgumentException if the deadline is negative
   */
  public static BatchWriteResult write(
      DynamoDbClient dynamoDb, String tableName, List<WriteRequest> requests, Duration deadline, RetryClock clock) {
    return new BatchWriteResult(RetryLoop.run(requests, MAX_REQUESTS_PER_BATCH, deadline, clock, chunk -> {
      BatchWriteItemResponse response = dynamoDb.batchWriteItem(b -> b.requestItems(Map.of(tableName, chunk)));
      return response.hasUnprocessedItems() ? response.unprocessedItems().getOrDefault(tableName, List.of()) : List.of();
    }));
  }
}
