package io.sable.engine.api;

import io.sable.engine.api.internal.StreamErrors;
import io.sable.engine.api.internal.StreamOperations;
import io.sable.engine.api.validation.RequestValidator;
import io.sable.engine.stream.Streams;
import io.sable.engine.value.InvalidRequestException;
import java.util.function.Function;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.dynamodb.model.DescribeStreamRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeStreamResponse;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsRequest;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.GetShardIteratorRequest;
import software.amazon.awssdk.services.dynamodb.model.GetShardIteratorResponse;
import software.amazon.awssdk.services.dynamodb.model.ListStreamsRequest;
import software.amazon.awssdk.services.dynamodb.model.ListStreamsResponse;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * The engine's in-process {@link DynamoDbStreamsClient}: ListStreams, DescribeStream,
 * GetShardIterator and GetRecords over the engine's streams, failing as the SDK fails when
 * DynamoDB Streams answers with an error ({@code ResourceNotFoundException}, {@code
 * ExpiredIteratorException}, {@code TrimmedDataAccessException}, or a {@code DynamoDbException}
 * with error code {@code ValidationException}). Thread-safe; {@link #close()} does nothing. Obtain
 * one from {@code SableEngine.dynamoDbStreamsClient()}.
 *
 * <pre>{@code
 * DynamoDbStreamsClient streams = engine.dynamoDbStreamsClient();
 * String arn = dynamoDb.describeTable(b -> b.tableName("orders")).table().latestStreamArn();
 * Shard shard = streams.describeStream(b -> b.streamArn(arn)).streamDescription().shards().get(0);
 * String iterator = streams.getShardIterator(b -> b.streamArn(arn).shardId(shard.shardId())
 *     .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
 * List<Record> records = streams.getRecords(b -> b.shardIterator(iterator)).records();
 * }</pre>
 */
public final class EngineDynamoDbStreamsClient implements DynamoDbStreamsClient {
  private final StreamOperations operations;

  /** A client over {@code streams}; {@code SableEngine} creates it. */
  public EngineDynamoDbStreamsClient(Streams streams) {
    this.operations = new StreamOperations(streams);
  }

  @Override
  public ListStreamsResponse listStreams(ListStreamsRequest request) {
    return call(operations::listStreams, request);
  }

  @Override
  public ListStreamsResponse listStreams() {
    return listStreams(ListStreamsRequest.builder().build());
  }

  @Override
  public DescribeStreamResponse describeStream(DescribeStreamRequest request) {
    return call(operations::describeStream, request);
  }

  @Override
  public GetShardIteratorResponse getShardIterator(GetShardIteratorRequest request) {
    return call(operations::getShardIterator, request);
  }

  @Override
  public GetRecordsResponse getRecords(GetRecordsRequest request) {
    return call(operations::getRecords, request);
  }

  /**
   * Runs {@code operation} after checking {@code request} against the constraints of DynamoDB
   * Streams' API model ({@link RequestValidator}).
   */
  private static <Q extends SdkPojo, R> R call(Function<Q, R> operation, Q request) {
    try {
      RequestValidator.dynamoDbStreams().validate(request);
    } catch (InvalidRequestException e) {
      throw StreamErrors.validation(e.getMessage());
    }
    return operation.apply(request);
  }

  /** {@value DynamoDbStreamsClient#SERVICE_NAME}, as the SDK's own client. */
  @Override
  public String serviceName() {
    return SERVICE_NAME;
  }

  /** Does nothing: close the engine instead. */
  @Override
  public void close() {}
}
