package io.sable.engine.api.internal;

import io.sable.engine.stream.ChangeRecord;
import io.sable.engine.stream.Shard;
import io.sable.engine.stream.ShardIterator;
import io.sable.engine.stream.Streams;
import io.sable.engine.stream.TableStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.DescribeStreamRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeStreamResponse;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsRequest;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.GetShardIteratorRequest;
import software.amazon.awssdk.services.dynamodb.model.GetShardIteratorResponse;
import software.amazon.awssdk.services.dynamodb.model.ListStreamsRequest;
import software.amazon.awssdk.services.dynamodb.model.ListStreamsResponse;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.SequenceNumberRange;
import software.amazon.awssdk.services.dynamodb.model.ShardFilter;
import software.amazon.awssdk.services.dynamodb.model.ShardFilterType;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.Stream;
import software.amazon.awssdk.services.dynamodb.model.StreamDescription;

/**
 * DynamoDB Streams' four operations over the engine's {@link Streams}: ListStreams,
 * DescribeStream, GetShardIterator and GetRecords, with DynamoDB Streams' limits (100 streams or
 * shards a page, 1,000 records or 1 MB a GetRecords call) and errors (messages as DynamoDB Local
 * 3.1.0 sends them where it checks the same thing; see each method).
 */
public final class StreamOperations {
  /** ListStreams' and DescribeStream's largest {@code Limit}. */
  static final int MAX_PAGE = 100;
  /** GetRecords' largest {@code Limit}. */
  static final int MAX_RECORDS = 1000;
  /** "GetRecords can retrieve a maximum of 1 MB of data or 1000 stream records" (API Reference). */
  static final long MAX_RECORD_BYTES = 1024 * 1024;

  private static final java.util.regex.Pattern STREAM_ARN = java.util.regex.Pattern.compile(
      "arn:aws[a-z-]*:dynamodb:[^:/]+:[^:/]+:table/[a-zA-Z0-9_.-]{3,255}/stream/[^/]+");
  private static final java.util.regex.Pattern TABLE_NAME =
      java.util.regex.Pattern.compile("[a-zA-Z0-9_.-]+");

  private final Streams streams;

  /** Operations on {@code streams}. */
  public StreamOperations(Streams streams) {
    this.streams = streams;
  }

  /** ListStreams: readable streams in ascending ARN order, optionally of one table. */
  public ListStreamsResponse listStreams(ListStreamsRequest request) {
    int limit = limit(request.limit(), MAX_PAGE,
        "Limit cannot be greater than the maximum allowed size: " + MAX_PAGE);
    if (request.tableName() != null) {
      checkTableName(request.tableName());
    }
    if (request.exclusiveStartStreamArn() != null) {
      checkArn(request.exclusiveStartStreamArn());
    }
    List<TableStream> all = streams.list(request.tableName(), request.exclusiveStartStreamArn());
    List<Stream> page = new ArrayList<>();
    for (TableStream stream : all.subList(0, Math.min(limit, all.size()))) {
      page.add(Stream.builder().streamArn(stream.arn()).tableName(stream.tableName())
          .streamLabel(stream.label()).build());
    }
    ListStreamsResponse.Builder response = ListStreamsResponse.builder().streams(page);
    if (all.size() > limit) {
      response.lastEvaluatedStreamArn(page.get(page.size() - 1).streamArn());
    }
    return response.build();
  }

  /** DescribeStream: the stream and its listed shards, {@code Limit} (1 to 100) at a time. */
  public DescribeStreamResponse describeStream(DescribeStreamRequest request) {
    int limit = limit(request.limit(), MAX_PAGE,
        "Limit cannot be greater than the maximum: " + MAX_PAGE);
    requireNonNull(request.streamArn(), "streamArn");
    checkArn(request.streamArn());
    TableStream stream = streams.stream(request.streamArn());
    if (stream == null) {
      throw StreamErrors.resourceNotFound(
          "Requested resource not found: Stream: " + request.streamArn() + " not found");
    }
    List<Shard> shards = childShards(stream.shards(), request.shardFilter());
    int from = 0;
    if (request.exclusiveStartShardId() != null) {
      from = shards.size();
      for (int i = 0; i < shards.size(); i++) {
        if (shards.get(i).shardId().equals(request.exclusiveStartShardId())) {
          from = i + 1;
        }
      }
    }
    List<software.amazon.awssdk.services.dynamodb.model.Shard> page = new ArrayList<>();
    for (Shard shard : shards.subList(from, Math.min(shards.size(), from + limit))) {
      page.add(describe(shard));
    }
    StreamDescription.Builder description = StreamDescription.builder()
        .streamArn(stream.arn())
        .streamLabel(stream.label())
        .streamStatus(stream.status())
        .streamViewType(stream.viewType())
        .creationRequestDateTime(stream.createdAt())
        .tableName(stream.tableName())
        .keySchema(TableDescriptions.keySchema(stream.keySchema()))
        .shards(page);
    if (from + limit < shards.size()) {
      description.lastEvaluatedShardId(page.get(page.size() - 1).shardId());
    }
    return DescribeStreamResponse.builder().streamDescription(description.build()).build();
  }

  /**
   * GetShardIterator: {@code TRIM_HORIZON} (the oldest record kept), {@code LATEST} (after the
   * newest), {@code AT_SEQUENCE_NUMBER} or {@code AFTER_SEQUENCE_NUMBER} a record's number, which
   * must be within the shard's range ("Invalid SequenceNumber for the shard") and not trimmed
   * ({@code TrimmedDataAccessException}).
   */
  public GetShardIteratorResponse getShardIterator(GetShardIteratorRequest request) {
    requireNonNull(request.streamArn(), "streamArn");
    requireNonNull(request.shardId(), "shardId");
    String typeName = request.shardIteratorTypeAsString();
    requireNonNull(typeName, "shardIteratorType");
    ShardIteratorType type = ShardIteratorType.fromValue(typeName);
    if (type == ShardIteratorType.UNKNOWN_TO_SDK_VERSION) {
      throw StreamErrors.validation("1 validation error detected: Value '" + typeName
          + "' at 'shardIteratorType' failed to satisfy constraint: Member must satisfy enum value"
          + " set: [TRIM_HORIZON, LATEST, AT_SEQUENCE_NUMBER, AFTER_SEQUENCE_NUMBER]");
    }
    String sequenceNumber = request.sequenceNumber();
    if (sequenceNumber != null && sequenceNumber.length() < ChangeRecord.SEQUENCE_NUMBER_DIGITS) {
      throw StreamErrors.validation("1 validation error detected: Value '" + sequenceNumber
          + "' at 'sequenceNumber' failed to satisfy constraint: Member must have length greater"
          + " than or equal to " + ChangeRecord.SEQUENCE_NUMBER_DIGITS);
    }
    checkArn(request.streamArn());
    TableStream stream = streams.stream(request.streamArn());
    if (stream == null) {
      throw StreamErrors.resourceNotFound("Stream does not exist");
    }
    Shard shard = stream.shard(request.shardId());
    if (shard == null) {
      throw StreamErrors.resourceNotFound("Shard does not exist");
    }
    boolean bySequence = type == ShardIteratorType.AT_SEQUENCE_NUMBER
        || type == ShardIteratorType.AFTER_SEQUENCE_NUMBER;
    if (bySequence && sequenceNumber == null) {
      throw invalid("Invalid SequenceNumber");
    }
    if (!bySequence && sequenceNumber != null) {
      throw invalid("SequenceNumber should not be passed for this iterator type");
    }
    long position = switch (type) {
      case TRIM_HORIZON -> shard.trimmedThrough();
      case LATEST -> shard.isClosed() ? shard.endingSequenceNumber() : shard.lastSequenceNumber();
      default -> positionOf(stream, shard, sequenceNumber, type == ShardIteratorType.AT_SEQUENCE_NUMBER);
    };
    Instant now = streams.settings().clock().instant();
    return GetShardIteratorResponse.builder()
        .shardIterator(new ShardIterator(stream.arn(), shard.shardId(), position, now).encode())
        .build();
  }

  /**
   * GetRecords: up to {@code Limit} (1 to 1,000, default 1,000) records after the iterator's
   * position, at most 1 MB, and the next iterator, which is absent once a closed shard is read to
   * its end. An iterator older than 15 minutes fails with {@code ExpiredIteratorException}; one
   * positioned before a trimmed record with {@code TrimmedDataAccessException}.
   */
  public GetRecordsResponse getRecords(GetRecordsRequest request) {
    int limit = limit(request.limit(), MAX_RECORDS,
        "Limit should be less than or equal to " + MAX_RECORDS);
    requireNonNull(request.shardIterator(), "shardIterator");
    ShardIterator iterator = ShardIterator.decode(request.shardIterator());
    if (iterator == null) {
      throw StreamErrors.validation("Invalid ShardIterator");
    }
    Instant now = streams.settings().clock().instant();
    if (!iterator.issuedAt().plus(streams.settings().iteratorLifetime()).isAfter(now)) {
      throw StreamErrors.expiredIterator();
    }
    TableStream stream = streams.stream(iterator.streamArn());
    if (stream == null) {
      throw StreamErrors.resourceNotFound(
          "Requested resource not found: Stream: " + iterator.streamArn() + " not found");
    }
    Shard shard = stream.shard(iterator.shardId());
    if (shard == null || iterator.position() < shard.trimmedThrough()) {
      throw StreamErrors.trimmedDataAccess();
    }
    List<ChangeRecord> page = shard.after(iterator.position(), limit, MAX_RECORD_BYTES);
    List<Record> records = new ArrayList<>(page.size());
    for (ChangeRecord record : page) {
      records.add(record.toRecord(streams.settings().region(), stream.viewType()));
    }
    long next = page.isEmpty() ? iterator.position() : page.get(page.size() - 1).sequenceNumber();
    GetRecordsResponse.Builder response = GetRecordsResponse.builder().records(records);
    if (!shard.isClosed() || next < shard.lastSequenceNumber()) {
      response.nextShardIterator(
          new ShardIterator(stream.arn(), shard.shardId(), next, now).encode());
    }
    return response.build();
  }

  private static long positionOf(
      TableStream stream, Shard shard, String sequenceNumber, boolean at) {
    long number;
    try {
      number = Long.parseLong(sequenceNumber);
    } catch (NumberFormatException e) {
      throw StreamErrors.validation("Invalid SequenceNumber for the shard");
    }
    long end = shard.isClosed() ? shard.endingSequenceNumber() : stream.lastSequenceNumber();
    if (number < shard.startingSequenceNumber() || number > end) {
      throw StreamErrors.validation("Invalid SequenceNumber for the shard");
    }
    if (number <= shard.trimmedThrough()) {
      throw StreamErrors.trimmedDataAccess();
    }
    return at ? number - 1 : number;
  }

  private static software.amazon.awssdk.services.dynamodb.model.Shard describe(Shard shard) {
    SequenceNumberRange.Builder range = SequenceNumberRange.builder()
        .startingSequenceNumber(ChangeRecord.format(shard.startingSequenceNumber()));
    if (shard.isClosed()) {
      range.endingSequenceNumber(ChangeRecord.format(shard.endingSequenceNumber()));
    }
    return software.amazon.awssdk.services.dynamodb.model.Shard.builder()
        .shardId(shard.shardId())
        .sequenceNumberRange(range.build())
        .parentShardId(shard.parentShardId())
        .build();
  }

  private static int limit(Integer limit, int max, String tooLarge) {
    if (limit == null) {
      return max;
    }
    if (limit < 1) {
      throw StreamErrors.validation("1 validation error detected: Value '" + limit
          + "' at 'limit' failed to satisfy constraint: Member must have value greater than or"
          + " equal to 1");
    }
    if (limit > max) {
      throw invalid(tooLarge);
    }
    return limit;
  }

  /**
   * Rejects a malformed stream ARN with DynamoDB Streams' {@code ValidationException} "Invalid
   * StreamArn" (aws/aws-sdk-js's integration test against DynamoDB Streams: DescribeStream of
   * "fake-stream"; scylladb/scylladb {@code test_streams.py}, run against DynamoDB: a malformed
   * ARN in DescribeStream, GetShardIterator and ListStreams' {@code ExclusiveStartStreamArn} is a
   * {@code ValidationException}, where DynamoDB Local answers ResourceNotFoundException). A well
   * formed ARN names a table's stream: {@code arn:<partition>:dynamodb:<region>:<account>:table/
   * <table name>/stream/<label>}.
   */
  static void checkArn(String arn) {
    if (!STREAM_ARN.matcher(arn).matches()) {
      throw StreamErrors.validation("Invalid StreamArn");
    }
  }

  // ListStreams' TableName breaks the API model's TableName constraints: the framework's message.
  private static void checkTableName(String name) {
    List<String> errors = new ArrayList<>();
    if (name.length() < 3) {
      errors.add(tableNameError(name, "Member must have length greater than or equal to 3"));
    }
    if (name.length() > 255) {
      errors.add(tableNameError(name, "Member must have length less than or equal to 255"));
    }
    if (!TABLE_NAME.matcher(name).matches()) {
      errors.add(tableNameError(name,
          "Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+"));
    }
    if (!errors.isEmpty()) {
      throw StreamErrors.validation(errors.size()
          + (errors.size() == 1 ? " validation error detected: " : " validation errors detected: ")
          + String.join("; ", errors));
    }
  }

  private static String tableNameError(String name, String constraint) {
    return "Value '" + name + "' at 'tableName' failed to satisfy constraint: " + constraint;
  }

  /**
   * DescribeStream's {@code ShardFilter}: with {@code Type} {@code CHILD_SHARDS}, only the shards
   * whose parent is {@code ShardId} (API Reference, DynamoDB Streams, {@code ShardFilter}); without
   * a filter, every shard.
   */
  private static List<Shard> childShards(List<Shard> shards, ShardFilter filter) {
    if (filter == null) {
      return shards;
    }
    if (filter.type() != ShardFilterType.CHILD_SHARDS) {
      throw StreamErrors.validation("1 validation error detected: Value '" + filter.typeAsString()
          + "' at 'shardFilter.type' failed to satisfy constraint: Member must satisfy enum value"
          + " set: [CHILD_SHARDS]");
    }
    requireNonNull(filter.shardId(), "shardFilter.shardId");
    List<Shard> children = new ArrayList<>();
    for (Shard shard : shards) {
      if (filter.shardId().equals(shard.parentShardId())) {
        children.add(shard);
      }
    }
    return children;
  }

  private static void requireNonNull(Object value, String member) {
    if (value == null) {
      throw StreamErrors.validation("1 validation error detected: Value null at '" + member
          + "' failed to satisfy constraint: Member must not be null");
    }
  }

  private static RuntimeException invalid(String message) {
    return StreamErrors.validation("One or more parameter values were invalid: " + message);
  }
}
