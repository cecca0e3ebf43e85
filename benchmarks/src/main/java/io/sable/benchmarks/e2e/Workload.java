package io.sable.benchmarks.e2e;

import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The sequential workload of issue 18, written as a user writes it: every request built with the
 * SDK's request builders at the call, expressions as strings. On an empty table {@value #TABLE}
 * (partition key {@code pk}, sort key {@code sk}, on-demand, no index): {@code items} PutItem of
 * 3-attribute items spread evenly over {@code partitions} partition keys, then a GetItem of each
 * item, then {@code queries} Queries ({@code pk = :pk}) each returning one whole item collection
 * ({@code items / partitions} items, 200 in the full run).
 *
 * @param items PutItem and GetItem calls per round (20,000 in the full run)
 * @param partitions partition keys the items are spread over (100)
 * @param queries Query calls per round (1,000)
 */
record Workload(int items, int partitions, int queries) {

  /** The table's name. */
  static final String TABLE = "e2e";

  /** The full run's workload: 20,000 items over 100 partition keys, 1,000 Queries of 200 items. */
  static final Workload FULL = new Workload(20_000, 100, 1_000);

  /** The smoke run's: 2,000 items over 10 partition keys, 50 Queries of 200 items. */
  static final Workload SMOKE = new Workload(2_000, 10, 50);

  Workload {
    if (items <= 0 || partitions <= 0 || queries <= 0 || items % partitions != 0) {
      throw new IllegalArgumentException("items must be a positive multiple of partitions: " + items + ", "
          + partitions + ", " + queries);
    }
  }

  /** The items each Query returns: one item collection. */
  int itemsPerQuery() {
    return items / partitions;
  }

  /** What one phase of a round cost the caller. */
  record Phase(int calls, long nanos, long allocatedBytes) {
    /** Mean microseconds per call. */
    double microsPerCall() {
      return nanos / 1e3 / calls;
    }

    /** Mean bytes allocated by the calling thread per call. */
    double bytesPerCall() {
      return (double) allocatedBytes / calls;
    }
  }

  /** One round's three phases. */
  record Round(Phase put, Phase get, Phase query) {}

  /**
   * Creates the table on {@code client} and runs the three phases on it, timing each.
   *
   * @throws IllegalStateException if a GetItem misses or a Query does not return its whole collection
   */
  Round run(DynamoDbClient client) {
    client.createTable(CreateTableRequest.builder()
        .tableName(TABLE)
        .billingMode(BillingMode.PAY_PER_REQUEST)
        .keySchema(
            KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
            KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build())
        .attributeDefinitions(
            AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build(),
            AttributeDefinition.builder().attributeName("sk").attributeType(ScalarAttributeType.S).build())
        .build());
    String[] partitionKeys = new String[partitions];
    for (int p = 0; p < partitions; p++) {
      partitionKeys[p] = "customer#" + p;
    }
    String[] sortKeys = new String[items / partitions];
    for (int s = 0; s < sortKeys.length; s++) {
      sortKeys[s] = String.format("order#%06d", s);
    }
    return new Round(put(client, partitionKeys, sortKeys), get(client, partitionKeys, sortKeys),
        query(client, partitionKeys));
  }

  private Phase put(DynamoDbClient client, String[] partitionKeys, String[] sortKeys) {
    long bytes = Allocation.current();
    long start = System.nanoTime();
    for (int i = 0; i < items; i++) {
      Map<String, AttributeValue> item = new HashMap<>();
      item.put("pk", AttributeValue.builder().s(partitionKeys[i % partitions]).build());
      item.put("sk", AttributeValue.builder().s(sortKeys[i / partitions]).build());
      item.put("total", AttributeValue.builder().n(Integer.toString(i % 10_000)).build());
      client.putItem(PutItemRequest.builder().tableName(TABLE).item(item).build());
    }
    return new Phase(items, System.nanoTime() - start, Allocation.current() - bytes);
  }

  private Phase get(DynamoDbClient client, String[] partitionKeys, String[] sortKeys) {
    long bytes = Allocation.current();
    long start = System.nanoTime();
    int found = 0;
    for (int i = 0; i < items; i++) {
      Map<String, AttributeValue> key = new HashMap<>();
      key.put("pk", AttributeValue.builder().s(partitionKeys[i % partitions]).build());
      key.put("sk", AttributeValue.builder().s(sortKeys[i / partitions]).build());
      if (client.getItem(GetItemRequest.builder().tableName(TABLE).key(key).build()).hasItem()) {
        found++;
      }
    }
    long nanos = System.nanoTime() - start;
    long allocated = Allocation.current() - bytes;
    if (found != items) {
      throw new IllegalStateException("GetItem found " + found + " of " + items + " items");
    }
    return new Phase(items, nanos, allocated);
  }

  private Phase query(DynamoDbClient client, String[] partitionKeys) {
    long bytes = Allocation.current();
    long start = System.nanoTime();
    long returned = 0;
    for (int q = 0; q < queries; q++) {
      returned += client.query(QueryRequest.builder()
          .tableName(TABLE)
          .keyConditionExpression("pk = :pk")
          .expressionAttributeValues(Map.of(":pk", AttributeValue.builder().s(partitionKeys[q % partitions]).build()))
          .build()).count();
    }
    long nanos = System.nanoTime() - start;
    long allocated = Allocation.current() - bytes;
    if (returned != (long) queries * itemsPerQuery()) {
      throw new IllegalStateException("Queries returned " + returned + " items, not " + queries + " × "
          + itemsPerQuery());
    }
    return new Phase(queries, nanos, allocated);
  }
}
