package io.sable.runtime.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * A client that acts as a throttled table does: while {@link #throttled} is above zero, each
 * BatchGetItem and BatchWriteItem call on {@code table} processes the first half of its requests
 * and returns the second half as {@code UnprocessedKeys} or {@code UnprocessedItems}. DynamoDB does
 * this when a table or partition is over its throughput, which the engine does not model.
 */
public final class Throttling implements DynamoDbClient {
  private final DynamoDbClient delegate;
  private final String table;
  /** The number of requests in each batch call, in order. */
  public final List<Integer> callSizes = new ArrayList<>();
  /** How many more batch calls leave half their requests unprocessed. */
  public int throttled;

  public Throttling(DynamoDbClient delegate, String table) {
    this.delegate = delegate;
    this.table = table;
  }

  @Override
  public BatchGetItemResponse batchGetItem(BatchGetItemRequest request) {
    KeysAndAttributes asked = request.requestItems().get(table);
    callSizes.add(asked.keys().size());
    if (throttled == 0) {
      return delegate.batchGetItem(request);
    }
    throttled--;
    int half = asked.keys().size() / 2;
    // DynamoDB refuses an empty list of keys for a table: with one key asked, none is sent.
    BatchGetItemResponse read = half == 0
        ? BatchGetItemResponse.builder().build()
        : delegate.batchGetItem(b -> b.requestItems(
            Map.of(table, asked.toBuilder().keys(asked.keys().subList(0, half)).build())));
    return read.toBuilder()
        .unprocessedKeys(Map.of(table, asked.toBuilder().keys(asked.keys().subList(half, asked.keys().size())).build()))
        .build();
  }

  @Override
  public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
    List<WriteRequest> asked = request.requestItems().get(table);
    callSizes.add(asked.size());
    if (throttled == 0) {
      return delegate.batchWriteItem(request);
    }
    throttled--;
    int half = asked.size() / 2;
    // DynamoDB refuses an empty list of requests for a table: with one request asked, none is sent.
    BatchWriteItemResponse written = half == 0
        ? BatchWriteItemResponse.builder().build()
        : delegate.batchWriteItem(b -> b.requestItems(Map.of(table, asked.subList(0, half))));
    return written.toBuilder().unprocessedItems(Map.of(table, asked.subList(half, asked.size()))).build();
  }

  @Override
  public String serviceName() {
    return delegate.serviceName();
  }

  @Override
  public void close() {}
}
