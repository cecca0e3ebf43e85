package io.sable.engine.stream;

import static io.sable.engine.stream.StreamFixture.item;
import static io.sable.engine.stream.StreamFixture.n;
import static io.sable.engine.stream.StreamFixture.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** Which writes make which stream records, with which images, for each StreamViewType. */
class StreamRecordsTest {
  private final StreamFixture fixture = new StreamFixture();

  @AfterEach
  void close() {
    fixture.close();
  }

  @ParameterizedTest
  @EnumSource(value = StreamViewType.class, names = "UNKNOWN_TO_SDK_VERSION", mode = EnumSource.Mode.EXCLUDE)
  void getRecords_whenInsertModifyRemove_givesImagesOfTheViewType(StreamViewType viewType) {
    String arn = fixture.createTable("orders", viewType);
    fixture.put("orders", "pk", "o-1", "status", "PENDING");
    fixture.put("orders", "pk", "o-1", "status", "SHIPPED");
    fixture.dynamoDb.deleteItem(b -> b.tableName("orders").key(item("pk", "o-1")));

    List<Record> records = fixture.readAll(arn);

    assertThat(records).extracting(Record::eventName)
        .containsExactly(OperationType.INSERT, OperationType.MODIFY, OperationType.REMOVE);
    Map<String, Object> pending = Map.of("pk", s("o-1"), "status", s("PENDING"));
    Map<String, Object> shipped = Map.of("pk", s("o-1"), "status", s("SHIPPED"));
    boolean withNew = viewType == StreamViewType.NEW_IMAGE || viewType == StreamViewType.NEW_AND_OLD_IMAGES;
    boolean withOld = viewType == StreamViewType.OLD_IMAGE || viewType == StreamViewType.NEW_AND_OLD_IMAGES;
    assertThat(records).allSatisfy(r -> {
      assertThat(r.dynamodb().keys()).isEqualTo(Map.of("pk", s("o-1")));
      assertThat(r.dynamodb().streamViewType()).isEqualTo(viewType);
      assertThat(r.eventSource()).isEqualTo("aws:dynamodb");
      assertThat(r.eventVersion()).isEqualTo("1.1");
      assertThat(r.awsRegion()).isEqualTo("us-east-1");
      assertThat(r.userIdentity()).isNull();
      assertThat(r.dynamodb().approximateCreationDateTime()).isEqualTo(StreamFixture.START);
    });
    assertThat(records.get(0).dynamodb().newImage()).isEqualTo(withNew ? pending : Map.of());
    assertThat(records.get(1).dynamodb().newImage()).isEqualTo(withNew ? shipped : Map.of());
    assertThat(records.get(1).dynamodb().oldImage()).isEqualTo(withOld ? pending : Map.of());
    assertThat(records.get(2).dynamodb().oldImage()).isEqualTo(withOld ? shipped : Map.of());
    assertThat(records.get(0).dynamodb().hasOldImage()).isFalse();
    assertThat(records.get(2).dynamodb().hasNewImage()).isFalse();
  }

  @Test
  void getRecords_whenNewAndOldImages_sizeBytesIsKeysPlusImages() {
    String arn = fixture.createTable("orders", StreamViewType.NEW_AND_OLD_IMAGES);
    fixture.put("orders", "pk", "a", "v", 1);
    fixture.put("orders", "pk", "a", "v", 2);

    List<Record> records = fixture.readAll(arn);

    // Keys {pk: "a"} are 3 bytes, the item {pk: "a", v: 1} 6: DynamoDB Local reports 9 and 15.
    assertThat(records).extracting(r -> r.dynamodb().sizeBytes()).containsExactly(9L, 15L);
  }

  @Test
  void write_whenItChangesNothing_makesNoRecord() {
    String arn = fixture.createTable("orders", StreamViewType.KEYS_ONLY);
    fixture.put("orders", "pk", "a", "v", 1, "tags", AttributeValue.fromSs(List.of("x", "y")));
    fixture.put("orders", "pk", "a", "v", 1, "tags", AttributeValue.fromSs(List.of("y", "x")));
    fixture.dynamoDb.updateItem(b -> b.tableName("orders").key(item("pk", "a"))
        .updateExpression("SET v = :v").expressionAttributeValues(Map.of(":v", n(1))));
    fixture.dynamoDb.deleteItem(b -> b.tableName("orders").key(item("pk", "missing")));
    assertThatThrownBy(() -> fixture.dynamoDb.putItem(b -> b.tableName("orders")
        .item(item("pk", "a", "v", 9)).conditionExpression("attribute_not_exists(pk)")))
        .isInstanceOf(ConditionalCheckFailedException.class);

    assertThat(fixture.readAll(arn)).hasSize(1);
  }

  @Test
  void transactWriteItems_whenCommitted_recordsEveryWrittenItemButNotTheConditionCheck() {
    String arn = fixture.createTable("orders", StreamViewType.NEW_IMAGE);
    fixture.put("orders", "pk", "stock", "n", 5);
    fixture.dynamoDb.transactWriteItems(b -> b.transactItems(
        TransactWriteItem.builder().put(Put.builder().tableName("orders").item(item("pk", "o-1")).build()).build(),
        TransactWriteItem.builder().put(Put.builder().tableName("orders").item(item("pk", "o-2")).build()).build(),
        TransactWriteItem.builder().update(u -> u.tableName("orders").key(item("pk", "stock"))
            .updateExpression("ADD n :d").expressionAttributeValues(Map.of(":d", n(-1)))).build(),
        TransactWriteItem.builder().conditionCheck(c -> c.tableName("orders").key(item("pk", "o-9"))
            .conditionExpression("attribute_not_exists(pk)")).build()));

    assertThat(fixture.readAll(arn)).extracting(r -> r.dynamodb().keys().get("pk").s())
        .containsExactlyInAnyOrder("stock", "o-1", "o-2", "stock");
  }

  @Test
  void batchWriteItem_recordsEachWrite() {
    String arn = fixture.createTable("orders", StreamViewType.KEYS_ONLY);
    fixture.put("orders", "pk", "gone");
    fixture.dynamoDb.batchWriteItem(b -> b.requestItems(Map.of("orders", List.of(
        WriteRequest.builder().putRequest(p -> p.item(item("pk", "new"))).build(),
        WriteRequest.builder().deleteRequest(d -> d.key(item("pk", "gone"))).build()))));

    assertThat(fixture.readAll(arn)).extracting(Record::eventName)
        .containsExactly(OperationType.INSERT, OperationType.INSERT, OperationType.REMOVE);
  }

  @Test
  void describeTable_whenStreamEnabledThenDisabled_keepsLatestStreamButDropsSpecification() {
    String arn = fixture.createTable("orders", StreamViewType.NEW_IMAGE);
    TableDescription enabled = fixture.dynamoDb.describeTable(b -> b.tableName("orders")).table();

    TableDescription disabled = fixture.dynamoDb.updateTable(b -> b.tableName("orders")
        .streamSpecification(s -> s.streamEnabled(false))).tableDescription();

    assertThat(enabled.streamSpecification().streamViewType()).isEqualTo(StreamViewType.NEW_IMAGE);
    assertThat(arn).isEqualTo(
        "arn:aws:dynamodb:us-east-1:000000000000:table/orders/stream/2026-11-22T10:00:00.000");
    assertThat(enabled.latestStreamLabel()).isEqualTo("2026-11-22T10:00:00.000");
    assertThat(disabled.streamSpecification()).isNull();
    assertThat(disabled.latestStreamArn()).isEqualTo(arn);
  }

  @Test
  void updateTable_whenStreamReEnabled_createsANewStreamAndKeepsTheOldReadable() {
    String first = fixture.createTable("orders", StreamViewType.KEYS_ONLY);
    fixture.put("orders", "pk", "a");
    fixture.dynamoDb.updateTable(b -> b.tableName("orders").streamSpecification(s -> s.streamEnabled(false)));
    fixture.put("orders", "pk", "unrecorded");

    String second = fixture.dynamoDb.updateTable(b -> b.tableName("orders").streamSpecification(
        s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_IMAGE)))
        .tableDescription().latestStreamArn();
    fixture.put("orders", "pk", "b");

    assertThat(second).isNotEqualTo(first);
    assertThat(fixture.readAll(first)).extracting(r -> r.dynamodb().keys().get("pk").s()).containsExactly("a");
    assertThat(fixture.readAll(second)).extracting(r -> r.dynamodb().keys().get("pk").s()).containsExactly("b");
    assertThat(fixture.streams.listStreams(b -> b.tableName("orders")).streams()).hasSize(2);
  }

  @Test
  void deleteTable_whenStreamEnabled_leavesItDisabledAndReadable() {
    String arn = fixture.createTable("orders", StreamViewType.KEYS_ONLY);
    fixture.put("orders", "pk", "a");

    fixture.dynamoDb.deleteTable(b -> b.tableName("orders"));

    var description = fixture.streams.describeStream(b -> b.streamArn(arn)).streamDescription();
    assertThat(description.streamStatusAsString()).isEqualTo("DISABLED");
    assertThat(description.shards().get(0).sequenceNumberRange().endingSequenceNumber())
        .isEqualTo("000000000000000000001");
    assertThat(fixture.readAll(arn)).hasSize(1);
  }
}
