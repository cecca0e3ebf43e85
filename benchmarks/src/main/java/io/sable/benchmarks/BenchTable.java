package io.sable.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The benchmarks' table and items: partition key {@code pk}, sort key {@code sk} and, optionally,
 * one global secondary index {@code gsi1} on {@code gsi1pk}/{@code gsi1sk} projecting all
 * attributes. An item is about 120 bytes: its keys, a name, two numbers and a string set.
 */
public final class BenchTable {
  /** The global secondary index's name. */
  public static final String GSI = "gsi1";

  private BenchTable() {}

  /** Creates table {@code name} (on-demand), with index {@link #GSI} when {@code withIndex}. */
  public static void create(DynamoDbClient client, String name, boolean withIndex) {
    create(client, name, withIndex, null);
  }

  /**
   * Creates table {@code name}, with index {@link #GSI} when {@code withIndex}: on-demand if {@code
   * provisioned} is null, else provisioned with that throughput for the table and the index.
   */
  public static void create(
      DynamoDbClient client, String name, boolean withIndex, ProvisionedThroughput provisioned) {
    List<AttributeDefinition> attributes = new ArrayList<>(List.of(
        attribute("pk"), attribute("sk")));
    if (withIndex) {
      attributes.add(attribute("gsi1pk"));
      attributes.add(attribute("gsi1sk"));
    }
    client.createTable(b -> {
      b.tableName(name)
          .billingMode(provisioned == null ? BillingMode.PAY_PER_REQUEST : BillingMode.PROVISIONED)
          .provisionedThroughput(provisioned)
          .keySchema(key("pk", KeyType.HASH), key("sk", KeyType.RANGE))
          .attributeDefinitions(attributes);
      if (withIndex) {
        b.globalSecondaryIndexes(GlobalSecondaryIndex.builder()
            .indexName(GSI)
            .keySchema(key("gsi1pk", KeyType.HASH), key("gsi1sk", KeyType.RANGE))
            .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
            .provisionedThroughput(provisioned)
            .build());
      }
    });
  }

  /**
   * An item in item collection {@code pk}, with index keys {@code G#pk}/{@code sk}, so that the
   * index holds the same collections as the table.
   */
  public static Map<String, AttributeValue> item(String pk, String sk, long n) {
    Map<String, AttributeValue> item = new HashMap<>(12);
    item.put("pk", AttributeValue.fromS(pk));
    item.put("sk", AttributeValue.fromS(sk));
    item.put("gsi1pk", AttributeValue.fromS("G#" + pk));
    item.put("gsi1sk", AttributeValue.fromS(sk));
    item.put("name", AttributeValue.fromS("flight number " + n));
    item.put("delay", AttributeValue.fromN(Long.toString(n % 300)));
    item.put("distance", AttributeValue.fromN(Long.toString(100 + n % 2500)));
    item.put("tags", AttributeValue.fromSs(List.of("domestic", "scheduled")));
    return item;
  }

  /** The primary key of the item at {@code pk}/{@code sk}. */
  public static Map<String, AttributeValue> key(String pk, String sk) {
    return Map.of("pk", AttributeValue.fromS(pk), "sk", AttributeValue.fromS(sk));
  }

  /** A sort key that orders as {@code i} does: {@code S#} and {@code i} zero-padded to 9 digits. */
  public static String sortKey(long i) {
    return String.format("S#%09d", i);
  }

  /**
   * Writes {@code count} items to collection {@code pk} (sort keys {@link #sortKey} 0 to count - 1)
   * with BatchWriteItem, 25 a call, retrying unprocessed items.
   */
  public static void fill(DynamoDbClient client, String table, String pk, int count) {
    List<WriteRequest> batch = new ArrayList<>(25);
    for (int i = 0; i < count; i++) {
      batch.add(put(item(pk, sortKey(i), i)));
      if (batch.size() == 25 || i == count - 1) {
        writeAll(client, table, batch);
        batch = new ArrayList<>(25);
      }
    }
  }

  /** A PutRequest of {@code item}. */
  public static WriteRequest put(Map<String, AttributeValue> item) {
    return WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build();
  }

  /** One BatchWriteItem of at most 25 requests, repeated until nothing is left unprocessed. */
  public static void writeAll(DynamoDbClient client, String table, List<WriteRequest> requests) {
    Map<String, List<WriteRequest>> pending = Map.of(table, requests);
    while (!pending.isEmpty()) {
      Map<String, List<WriteRequest>> current = pending;
      BatchWriteItemResponse response = client.batchWriteItem(b -> b.requestItems(current));
      pending = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
    }
  }

  private static AttributeDefinition attribute(String name) {
    return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
  }

  private static KeySchemaElement key(String name, KeyType type) {
    return KeySchemaElement.builder().attributeName(name).keyType(type).build();
  }
}
