package io.sable.engine.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import io.sable.engine.SableEngine;
import io.sable.engine.differential.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The worked examples of the Developer Guide's capacity-unit pages, each run through the engine's
 * {@code DynamoDbClient}: "DynamoDB read and write operations" (read-write-operations.html:
 * GetItem, BatchGetItem, Query, Scan, PutItem, UpdateItem, DeleteItem, BatchWriteItem), "Amazon
 * DynamoDB Transactions: How it works" (transaction-apis.html, "Capacity management for
 * transactions") and "Global secondary indexes" (GSI.html, "Write capacity units"). Item sizes are
 * built to the byte by DynamoDB's item size rules; 1 KB is 1,024 bytes.
 */
class CapacityExamplesTest {
  private SableEngine engine;
  private DynamoDbClient dynamoDb;

  @BeforeEach
  void create() {
    engine = SableEngine.create();
    dynamoDb = engine.dynamoDbClient();
    Fixtures.create(dynamoDb, Fixtures.table("examples", 2, "pk", "S", "sk", "S", "gk", "S")
        .globalSecondaryIndexes(Fixtures.gsi("byGroup", ProjectionType.KEYS_ONLY, "gk")));
  }

  @AfterEach
  void close() {
    engine.close();
  }

  /** An item of exactly {@code bytes} bytes: pk, a two-character sort key, and filler "d". */
  private static Map<String, AttributeValue> item(String pk, String sk, int bytes) {
    int filler = bytes - ("pk".length() + pk.length() + "sk".length() + sk.length() + "d".length());
    return Map.of("pk", AttributeValue.fromS(pk), "sk", AttributeValue.fromS(sk), "d", AttributeValue.fromS("x".repeat(filler)));
  }

  private static Map<String, AttributeValue> key(String pk, String sk) {
    return Map.of("pk", AttributeValue.fromS(pk), "sk", AttributeValue.fromS(sk));
  }

  private void put(Map<String, AttributeValue> item) {
    dynamoDb.putItem(b -> b.tableName("examples").item(item));
  }

  private double get(String pk, String sk, boolean consistent) {
    return dynamoDb.getItem(b -> b.tableName("examples").key(key(pk, sk)).consistentRead(consistent)
        .returnConsumedCapacity("TOTAL")).consumedCapacity().capacityUnits();
  }

  @Test
  void getItem_whenItemIs3500BytesOr10KbOr8Kb_roundsUpTo4KbUnits() {
    // "if you read an item that is 3.5 KB, DynamoDB rounds the item size to 4 KB. If you read a
    // 10 KB item, DynamoDB rounds the item size to 12 KB." "if your item size is 8 KB, you require 2
    // read units to sustain one strongly consistent read ... 1 read unit if you choose eventually
    // consistent reads or 4 read units for a transactional read request."
    put(item("a", "s1", 3500));
    put(item("a", "s2", 10 * 1024));
    put(item("a", "s3", 8 * 1024));
    assertThat(get("a", "s1", true)).isEqualTo(1.0);
    assertThat(get("a", "s2", true)).isEqualTo(3.0);
    assertThat(get("a", "s3", true)).isEqualTo(2.0);
    assertThat(get("a", "s3", false)).isEqualTo(1.0);
    double transactional =
        dynamoDb.transactGetItems(b -> b.transactItems(t -> t.get(g -> g.tableName("examples").key(key("a", "s3"))))
            .returnConsumedCapacity("TOTAL")).consumedCapacity().get(0).capacityUnits();
    assertThat(transactional).isEqualTo(4.0);
  }

  @Test
  void getItem_whenItemAbsent_stillConsumesReadCapacity() {
    // "If you perform a read operation on an item that doesn't exist, DynamoDB will still consume
    // read throughput as outlined above."
    assertThat(get("nobody", "s1", true)).isEqualTo(1.0);
    assertThat(get("nobody", "s1", false)).isEqualTo(0.5);
  }

  @Test
  void batchGetItem_whenItemsAre1500And6500Bytes_roundsEachItemThenAdds() {
    // "if BatchGetItem reads a 1.5 KB item and a 6.5 KB item, DynamoDB calculates the size as 12 KB
    // (4 KB + 8 KB). DynamoDB doesn't calculate the size as 8 KB (1.5 KB + 6.5 KB)."
    put(item("a", "s1", 1536));
    put(item("a", "s2", 6656));
    ConsumedCapacity consumed =
        dynamoDb.batchGetItem(b -> b.requestItems(Map.of("examples",
            KeysAndAttributes.builder().keys(key("a", "s1"), key("a", "s2")).consistentRead(true).build()))
            .returnConsumedCapacity("TOTAL")).consumedCapacity().get(0);
    assertThat(consumed.capacityUnits()).isEqualTo(3.0);
  }

  @Test
  void query_whenTenItemsTotal40Point8Kb_roundsTheSumUpTo44Kb() {
    // "suppose your query returns 10 items whose combined size is 40.8 KB. DynamoDB rounds the item
    // size for the operation to 44 KB": 11 RCU strongly consistent, 5.5 eventually consistent.
    for (int i = 0; i < 10; i++) {
      put(item("q", "s" + i, 4178));
    }
    assertThat(query("q", true)).isEqualTo(11.0);
    assertThat(query("q", false)).isEqualTo(5.5);
  }

  @Test
  void query_when1500ItemsOf64Bytes_chargesTheCumulativeSize() {
    // "If a query returns 1500 items of 64 bytes each, the cumulative size is 96 KB."
    List<WriteRequest> writes = new ArrayList<>();
    for (int i = 0; i < 1500; i++) {
      String sk = String.format("%04d", i);
      writes.add(WriteRequest.builder().putRequest(p -> p.item(item("m", sk, 64))).build());
      if (writes.size() == 25) {
        List<WriteRequest> batch = List.copyOf(writes);
        dynamoDb.batchWriteItem(b -> b.requestItems(Map.of("examples", batch)));
        writes.clear();
      }
    }
    assertThat(query("m", true)).isEqualTo(24.0);
  }

  @Test
  void query_whenFilterDropsItems_chargesEveryItemRead() {
    // "Getting the count of items uses the same quantity of read units and is subject to the same
    // item size calculations"; a FilterExpression is applied after the items are read.
    for (int i = 0; i < 4; i++) {
      put(item("f", "s" + i, 4096));
    }
    double filtered = dynamoDb.query(b -> b.tableName("examples").keyConditionExpression("pk = :p")
        .filterExpression("d = :none").expressionAttributeValues(Map.of(":p", AttributeValue.fromS("f"),
            ":none", AttributeValue.fromS("none"))).consistentRead(true).returnConsumedCapacity("TOTAL"))
        .consumedCapacity().capacityUnits();
    double counted = dynamoDb.query(b -> b.tableName("examples").keyConditionExpression("pk = :p").select("COUNT")
        .expressionAttributeValues(Map.of(":p", AttributeValue.fromS("f"))).consistentRead(true)
        .returnConsumedCapacity("TOTAL")).consumedCapacity().capacityUnits();
    assertThat(filtered).isEqualTo(4.0);
    assertThat(counted).isEqualTo(4.0);
  }

  @Test
  void scan_whenItemsRead_chargesTheirSummedSize() {
    // "Scan: Reads all items in a table ... DynamoDB considers the size of the items that are
    // evaluated, not the size of the items returned by the scan."
    for (int i = 0; i < 3; i++) {
      put(item("s" + i, "s1", 3000));
    }
    double units = dynamoDb.scan(b -> b.tableName("examples").filterExpression("attribute_not_exists(d)")
        .consistentRead(true).returnConsumedCapacity("TOTAL")).consumedCapacity().capacityUnits();
    assertThat(units).isEqualTo(3.0);
  }

  private double query(String pk, boolean consistent) {
    return dynamoDb.query(b -> b.tableName("examples").keyConditionExpression("pk = :p")
        .expressionAttributeValues(Map.of(":p", AttributeValue.fromS(pk))).consistentRead(consistent)
        .returnConsumedCapacity("TOTAL")).consumedCapacity().capacityUnits();
  }

  @Test
  void writes_whenItemSizesGiven_roundUpToKilobyteUnits() {
    // PutItem "for an item of 3.5 KB ... 4 write units"; UpdateItem "the larger of the item size
    // before and after the update, even when you update just a subset"; DeleteItem "the size of the
    // deleted item".
    double put = dynamoDb.putItem(b -> b.tableName("examples").item(item("w", "s1", 3584))
        .returnConsumedCapacity("TOTAL")).consumedCapacity().capacityUnits();
    double update = dynamoDb.updateItem(b -> b.tableName("examples").key(key("w", "s1"))
        .updateExpression("REMOVE d").returnConsumedCapacity("TOTAL")).consumedCapacity().capacityUnits();
    put(item("w", "s2", 2000));
    double delete = dynamoDb.deleteItem(b -> b.tableName("examples").key(key("w", "s2"))
        .returnConsumedCapacity("TOTAL")).consumedCapacity().capacityUnits();
    assertThat(put).isEqualTo(4.0);
    assertThat(update).isEqualTo(4.0);
    assertThat(delete).isEqualTo(2.0);
  }

  @Test
  void batchWriteItem_whenItemsAre500BytesAnd3500Bytes_roundsEachItem() {
    // "BatchWriteItem ... DynamoDB processes each item in the batch as an individual PutItem or
    // DeleteItem request": a 500-byte item (1 WCU) and a 3.5 KB item (4 WCU) cost 5.
    double units = dynamoDb.batchWriteItem(b -> b.requestItems(Map.of("examples", List.of(
        WriteRequest.builder().putRequest(p -> p.item(item("b", "s1", 500))).build(),
        WriteRequest.builder().putRequest(p -> p.item(item("b", "s2", 3584))).build())))
        .returnConsumedCapacity("TOTAL")).consumedCapacity().get(0).capacityUnits();
    assertThat(units).isEqualTo(5.0);
  }

  @Test
  void transactWriteItems_when1KbItemsWritten_costsTwoUnitsEach() {
    // Transactions: "a transactional write request of an item up to 1 KB requires two write units".
    double units = dynamoDb.transactWriteItems(b -> b.transactItems(
        t -> t.put(p -> p.tableName("examples").item(item("t", "s1", 1024))),
        t -> t.put(p -> p.tableName("examples").item(item("t", "s2", 1024))))
        .returnConsumedCapacity("TOTAL")).consumedCapacity().get(0).capacityUnits();
    assertThat(units).isEqualTo(4.0);
  }

  @Test
  void updateItem_whenGlobalIndexKeyChanges_chargesTheIndexDeleteAndPut() {
    // GSI.html, "Write capacity units": "If you update a table item to change the value of an
    // indexed key attribute, two writes are required: one to delete the previous item from the
    // index and another write to put the new item into the index."
    put(Map.of("pk", AttributeValue.fromS("g"), "sk", AttributeValue.fromS("s1"), "gk", AttributeValue.fromS("old")));
    ConsumedCapacity consumed = dynamoDb.updateItem(b -> b.tableName("examples").key(key("g", "s1"))
        .updateExpression("SET gk = :g").expressionAttributeValues(Map.of(":g", AttributeValue.fromS("new")))
        .returnConsumedCapacity("INDEXES")).consumedCapacity();
    assertThat(consumed.table().capacityUnits()).isEqualTo(1.0);
    assertThat(consumed.globalSecondaryIndexes().get("byGroup").capacityUnits()).isEqualTo(2.0);
    assertThat(consumed.capacityUnits()).isEqualTo(3.0);
  }

  @Test
  void query_whenGlobalIndexRead_chargesProjectedEntriesToTheIndex() {
    // GSI.html, "Read capacity units": "the calculation is based on the sizes of the index entries,
    // rather than the size of the item in the base table" (here KEYS_ONLY entries of a few bytes).
    for (int i = 0; i < 5; i++) {
      Map<String, AttributeValue> item = new java.util.HashMap<>(item("i" + i, "s1", 8000));
      item.put("gk", AttributeValue.fromS("G"));
      put(item);
    }
    ConsumedCapacity consumed = dynamoDb.query(b -> b.tableName("examples").indexName("byGroup")
        .keyConditionExpression("gk = :g").expressionAttributeValues(Map.of(":g", AttributeValue.fromS("G")))
        .returnConsumedCapacity("INDEXES")).consumedCapacity();
    assertThat(consumed.capacityUnits()).isEqualTo(0.5);
    assertThat(consumed.globalSecondaryIndexes().get("byGroup").capacityUnits()).isEqualTo(0.5);
    assertThat(consumed.table().capacityUnits()).isEqualTo(0.0);
  }
}
