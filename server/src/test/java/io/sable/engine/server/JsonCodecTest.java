package io.sable.engine.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.sable.engine.server.internal.JsonReader;
import io.sable.engine.server.internal.JsonWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** The JSON codec over the SDK's model metadata, both ways. */
class JsonCodecTest {
  private static final Map<String, AttributeValue> EVERY_TYPE = Map.of(
      "s", AttributeValue.fromS("x\u00e9\"\n"),
      "n", AttributeValue.fromN("-1.5E3"),
      "b", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {0, 1, (byte) 255})),
      "ss", AttributeValue.fromSs(List.of("a", "b")),
      "ns", AttributeValue.fromNs(List.of("1", "2")),
      "bs", AttributeValue.fromBs(List.of(SdkBytes.fromUtf8String("z"))),
      "bool", AttributeValue.fromBool(true),
      "null", AttributeValue.fromNul(true),
      "l", AttributeValue.fromL(List.of(AttributeValue.fromS("a"), AttributeValue.fromL(List.of()))),
      "m", AttributeValue.fromM(Map.of("k", AttributeValue.fromM(Map.of()))));

  @Test
  void read_whenWrittenRequest_givesAnEqualRequest() {
    PutItemRequest request = PutItemRequest.builder()
        .tableName("t")
        .item(EVERY_TYPE)
        .conditionExpression("attribute_not_exists(#s)")
        .expressionAttributeNames(Map.of("#s", "s"))
        .returnValues("ALL_OLD")
        .build();

    Object read = JsonReader.read(JsonWriter.write(request), PutItemRequest.builder());

    assertThat(read).isEqualTo(request);
  }

  @Test
  void read_whenNestedMapsOfListsOfStructures_givesAnEqualRequest() {
    BatchWriteItemRequest request = BatchWriteItemRequest.builder()
        .requestItems(Map.of("t", List.of(
            WriteRequest.builder().putRequest(PutRequest.builder().item(EVERY_TYPE).build()).build())))
        .returnConsumedCapacity("TOTAL")
        .build();

    Object read = JsonReader.read(JsonWriter.write(request), BatchWriteItemRequest.builder());

    assertThat(read).isEqualTo(request);
  }

  @Test
  void write_whenAttributeValues_writesDynamoDbsShapes() {
    String json = text(JsonWriter.write(PutItemRequest.builder().item(Map.of(
        "n", AttributeValue.fromN("1"),
        "b", AttributeValue.fromB(SdkBytes.fromUtf8String("hi")))).build()));

    assertThat(json).contains("\"n\":{\"N\":\"1\"}").contains("\"b\":{\"B\":\"aGk=\"}");
  }

  @Test
  void write_whenEmptyListSetButOthersAbsent_writesOnlyTheSetMembers() {
    String json = text(JsonWriter.write(QueryResponse.builder().items(List.of()).count(0).build()));

    assertThat(json).isEqualTo("{\"Items\":[],\"Count\":0}");
  }

  @Test
  void write_whenTimestamp_writesEpochSecondsWithMilliseconds() {
    String json = text(JsonWriter.write(TableDescription.builder()
        .creationDateTime(Instant.ofEpochMilli(1_700_000_000_123L)).build()));

    assertThat(json).isEqualTo("{\"CreationDateTime\":1700000000.123}");
  }

  @Test
  void read_whenTimestampIsEpochSeconds_readsIt() {
    Object read = JsonReader.read(
        "{\"CreationDateTime\":1700000000.5}".getBytes(StandardCharsets.UTF_8), TableDescription.builder());

    assertThat(((TableDescription) read).creationDateTime()).isEqualTo(Instant.ofEpochMilli(1_700_000_000_500L));
  }

  private static String text(byte[] json) {
    return new String(json, StandardCharsets.UTF_8);
  }
}
