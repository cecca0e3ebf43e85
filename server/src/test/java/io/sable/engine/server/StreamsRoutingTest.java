package io.sable.engine.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sable.engine.SableEngine;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * DynamoDB Streams over the wire: {@code DynamoDBStreams_20120810.*} targets reach the engine's
 * streams, and the AWS SDK's own {@link DynamoDbStreamsClient} reads what the engine recorded,
 * records, timestamps and errors intact.
 */
class StreamsRoutingTest {
  private final SableEngine engine = SableEngine.create();
  private final SableServer server = SableServer.start(engine);
  private final DynamoDbStreamsClient sdk = DynamoDbStreamsClient.builder()
      .endpointOverride(server.endpoint())
      .region(Region.US_EAST_1)
      .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
      .build();

  @AfterEach
  void stop() {
    sdk.close();
    server.close();
    engine.close();
  }

  private String tableWithStream() {
    String arn = engine.dynamoDbClient().createTable(b -> b.tableName("orders")
        .billingMode("PAY_PER_REQUEST")
        .keySchema(k -> k.attributeName("pk").keyType("HASH"))
        .attributeDefinitions(a -> a.attributeName("pk").attributeType("S"))
        .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_AND_OLD_IMAGES)))
        .tableDescription().latestStreamArn();
    engine.dynamoDbClient().putItem(b -> b.tableName("orders").item(Map.of(
        "pk", AttributeValue.fromS("o1"), "status", AttributeValue.fromS("NEW"),
        "data", AttributeValue.fromB(SdkBytes.fromUtf8String("x")))));
    engine.dynamoDbClient().updateItem(b -> b.tableName("orders")
        .key(Map.of("pk", AttributeValue.fromS("o1")))
        .updateExpression("SET #s = :s").expressionAttributeNames(Map.of("#s", "status"))
        .expressionAttributeValues(Map.of(":s", AttributeValue.fromS("SHIPPED"))));
    return arn;
  }

  @Test
  void sdkStreamsClient_whenReadingOverHttp_getsTheEngineRecordsUnchanged() {
    String arn = tableWithStream();

    var streams = sdk.listStreams(b -> b.tableName("orders")).streams();
    var description = sdk.describeStream(b -> b.streamArn(arn)).streamDescription();
    String iterator = sdk.getShardIterator(b -> b.streamArn(arn)
        .shardId(description.shards().get(0).shardId())
        .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
    List<Record> overHttp = sdk.getRecords(b -> b.shardIterator(iterator)).records();
    List<Record> inProcess = engine.dynamoDbStreamsClient().getRecords(b -> b.shardIterator(iterator)).records();

    assertThat(streams).singleElement().satisfies(s -> assertThat(s.streamArn()).isEqualTo(arn));
    assertThat(description.streamViewType()).isEqualTo(StreamViewType.NEW_AND_OLD_IMAGES);
    assertThat(description.keySchema()).singleElement().satisfies(k -> assertThat(k.attributeName()).isEqualTo("pk"));
    assertThat(overHttp).extracting(Record::eventName).containsExactly(OperationType.INSERT, OperationType.MODIFY);
    assertThat(overHttp.get(1).dynamodb().oldImage().get("status").s()).isEqualTo("NEW");
    assertThat(overHttp.get(1).dynamodb().newImage().get("status").s()).isEqualTo("SHIPPED");
    // Epoch seconds on the wire: whole seconds survive (DynamoDB Streams rounds them too).
    assertThat(overHttp).usingRecursiveFieldByFieldElementComparatorIgnoringFields(
            "dynamodb.approximateCreationDateTime")
        .isEqualTo(inProcess);
    assertThat(overHttp.get(0).dynamodb().approximateCreationDateTime().getEpochSecond())
        .isEqualTo(inProcess.get(0).dynamodb().approximateCreationDateTime().getEpochSecond());
  }

  @Test
  void sdkStreamsClient_whenStreamMissing_getsResourceNotFoundOverHttp() {
    assertThatThrownBy(() -> sdk.describeStream(b -> b.streamArn(
            "arn:aws:dynamodb:us-east-1:000000000000:table/none/stream/2026-01-01T00:00:00.000")))
        .isInstanceOf(ResourceNotFoundException.class)
        .hasMessageContaining("not found");
  }

  @Test
  void post_whenStreamsTargetMalformed_answersLikeDynamoDbStreams() {
    HttpResponse<String> unknown =
        Wire.post(server.endpoint(), "DynamoDBStreams_20120810.PutRecord", "{}");
    HttpResponse<String> badIterator =
        Wire.post(server.endpoint(), "DynamoDBStreams_20120810.GetRecords", "{\"ShardIterator\":\"nope\"}");

    assertThat(unknown.body()).contains("UnknownOperationException");
    assertThat(badIterator.statusCode()).isEqualTo(400);
    assertThat(badIterator.body()).contains("ValidationException").contains("Invalid ShardIterator");
  }
}
