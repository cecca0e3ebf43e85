package io.sable.runtime.batch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * Reads many items of one table by primary key with BatchGetItem: duplicate keys read once (DynamoDB
 * rejects a batch with duplicates), at most 100 keys per call (DynamoDB's limit), and the keys a
 * call returns as {@code UnprocessedKeys} (over the 16 MB response limit, or throttled) retried with
 * {@link Backoff} until every key is read or the deadline passes; the keys still unread then are
 * reported, not thrown.
 */
public final class BatchReader {
  /** DynamoDB's maximum number of keys in one BatchGetItem call. */
  public static final int MAX_KEYS_PER_BATCH = 100;

  private BatchReader() {}

  /**
   * What a batch read found.
   *
   * @param items the items found, in no particular order (absent keys have none)
   * @param unprocessedKeys the keys not read before the deadline; empty when every key was read
   */
  public record Result(
      List<Map<String, AttributeValue>> items, List<Map<String, AttributeValue>> unprocessedKeys) {
    /** Copies the lists. */
    public Result {
      items = List.copyOf(items);
      unprocessedKeys = List.copyOf(unprocessedKeys);
    }

    /** Whether every key was read. */
    public boolean complete() {
      return unprocessedKeys.isEmpty();
    }
  }

  /**
   * Reads the items with these primary keys.
   *
   * @param keys the primary keys (every key attribute of the table, nothing else)
   * @param consistentRead strongly consistent reads (twice the read capacity)
   * @param deadline how long to keep retrying unprocessed keys; with {@link Duration#ZERO}, reading
   *     stops at the first call that leaves keys unprocessed
   * @throws IllegalArgumentException if the deadline is negative
   */
  public static Result read(
      DynamoDbClient dynamoDb,
      String tableName,
      List<Map<String, AttributeValue>> keys,
      boolean consistentRead,
      Duration deadline) {
    return read(dynamoDb, tableName, keys, consistentRead, deadline, RetryClock.SYSTEM);
  }

  /**
   * Reads the items with these primary keys as {@link #read(DynamoDbClient, String, List, boolean,
   * Duration)} does, measuring the deadline and waiting between retries with {@code clock} (see
   * {@link RetryClock}).
   *
   * @throws IllegalArgumentException if the deadline is negative
   */
  public static Result read(
      DynamoDbClient dynamoDb,
      String tableName,
      List<Map<String, AttributeValue>> keys,
      boolean consistentRead,
      Duration deadline,
      RetryClock clock) {
    List<Map<String, AttributeValue>> items = new ArrayList<>();
    List<Map<String, AttributeValue>> unread = RetryLoop.run(new LinkedHashSet<>(keys), MAX_KEYS_PER_BATCH, deadline,
        clock,
        chunk -> {
          KeysAndAttributes request =
              KeysAndAttributes.builder().keys(chunk).consistentRead(consistentRead).build();
          BatchGetItemResponse response =
              dynamoDb.batchGetItem(b -> b.requestItems(Map.of(tableName, request)));
          items.addAll(response.responses().getOrDefault(tableName, List.of()));
          KeysAndAttributes left = response.unprocessedKeys().get(tableName);
          return left == null || !left.hasKeys() ? List.of() : left.keys();
        });
    return new Result(items, unread);
  }
}
