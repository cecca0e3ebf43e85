package io.sable.engine.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * Malformed stream ARNs are DynamoDB Streams' ValidationException "Invalid StreamArn", not
 * ResourceNotFoundException (DynamoDB Local's answer) nor a crash. Sources: aws/aws-sdk-js's
 * integration test against DynamoDB Streams (DescribeStream of StreamArn "fake-stream":
 * ValidationException matching "Invalid StreamArn"), and scylladb/scylladb test_streams.py, run
 * against DynamoDB (test_describe_nonexistent_stream, test_get_shard_iterator_for_nonexistent_stream,
 * test_list_streams_with_nonexistent_last_stream: ValidationException on DynamoDB where DynamoDB
 * Local answers ResourceNotFoundException or nothing).
 */
class StreamArnValidationTest {
  private static final String MALFORMED = "sdfadfsdfnlfkajakfgjalksfgklasjklasdjfklasdfasdfgasf";

  private final StreamFixture fixture = new StreamFixture();

  @AfterEach
  void close() {
    fixture.close();
  }

  private static void assertInvalidArn(Runnable call) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(DynamoDbException.class, e -> {
          assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
          assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Invalid StreamArn");
          assertThat(e.awsErrorDetails().serviceName()).isEqualTo("DynamoDbStreams");
        });
  }

  @Test
  void describeStream_whenArnMalformed_throwsInvalidStreamArn() {
    assertInvalidArn(() -> fixture.streams.describeStream(b -> b.streamArn(MALFORMED)));
    assertInvalidArn(() -> fixture.streams.describeStream(b -> b.streamArn("fake-stream")));
  }

  @Test
  void getShardIterator_whenArnMalformed_throwsInvalidStreamArn() {
    String arn = fixture.createTable("events", StreamViewType.KEYS_ONLY);
    String shardId = fixture.shards(arn).get(0).shardId();
    assertInvalidArn(() -> fixture.streams.getShardIterator(b -> b.streamArn(MALFORMED)
        .shardId(shardId).shardIteratorType(ShardIteratorType.LATEST)));
  }

  @Test
  void listStreams_whenExclusiveStartArnMalformed_throwsInvalidStreamArn() {
    fixture.createTable("events", StreamViewType.KEYS_ONLY);
    assertInvalidArn(() -> fixture.streams.listStreams(b -> b.tableName("events")
        .exclusiveStartStreamArn("kossaapaaasdafsdaasdasdasdasasdasfadfadfasdasdas")));
  }

  @Test
  void listStreams_whenTableNameMalformed_throwsFrameworkConstraintError() {
    // DynamoDB Streams' API model: TableName is 3 to 255 characters of [a-zA-Z0-9_.-]; the
    // framework names each broken constraint. Their order is not stable in DynamoDB: responses
    // captured from DynamoDB in the ack-api-quirks catalogue (DDB-TABLE-457) put the length first
    // for DescribeTable's tableName '' and the pattern first for ListTables'
    // exclusiveStartTableName '' (the same TableName shape), so only the set is pinned.
    assertThatThrownBy(() -> fixture.streams.listStreams(b -> b.tableName("a!")))
        .hasMessageStartingWith("2 validation errors detected: ")
        .hasMessageContaining("Value 'a!' at 'tableName' failed to satisfy constraint: Member must"
            + " have length greater than or equal to 3")
        .hasMessageContaining("Value 'a!' at 'tableName' failed to satisfy constraint: Member must"
            + " satisfy regular expression pattern: [a-zA-Z0-9_.-]+");
  }

  @Test
  void describeStream_whenArnWellFormedButUnknown_throwsResourceNotFound() {
    String arn = fixture.createTable("events", StreamViewType.KEYS_ONLY);
    String other = arn.replace("table/events/", "table/other/");
    assertThatThrownBy(() -> fixture.streams.describeStream(b -> b.streamArn(other)))
        .isInstanceOf(ResourceNotFoundException.class);
    assertThat(fixture.streams.describeStream(b -> b.streamArn(arn)).streamDescription().streamArn())
        .isEqualTo(arn);
  }
}
