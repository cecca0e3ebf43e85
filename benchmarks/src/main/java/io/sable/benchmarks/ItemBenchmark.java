package io.sable.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Single-item operations, Query and BatchWriteItem, with the same requests to the engine and to
 * DynamoDB Local embedded ({@link Backend}), one caller thread, microseconds per call.
 *
 * <p>Table {@code bench} has one global secondary index. It holds {@code keys} (1,000) single-item
 * collections ({@code GET#0}, {@code GET#1}, ...) that PutItem, GetItem and UpdateItem address in turn, and
 * collections {@code Q10} and {@code Q200} of 10 and 200 items that the Queries read whole.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ItemBenchmark {
  static final String TABLE = "bench";

  @Param({"engine", "dynamodb-local"})
  public String backend;

  /** How many single-item collections PutItem, GetItem and UpdateItem address in turn. */
  @Param("1000")
  public int keys;

  private Backend.Session session;
  private DynamoDbClient client;
  private int next;
  private QueryRequest query10;
  private QueryRequest query200;
  private QueryRequest queryIndex;

  /** Starts the backend, creates the table and writes the items the operations address. */
  @Setup(Level.Trial)
  public void setUp() {
    session = Backend.of(backend).open();
    client = session.client();
    BenchTable.create(client, TABLE, true);
    List<WriteRequest> batch = new ArrayList<>(25);
    for (int i = 0; i < keys; i++) {
      batch.add(BenchTable.put(BenchTable.item(single(i), "A", i)));
      if (batch.size() == 25) {
        BenchTable.writeAll(client, TABLE, batch);
        batch = new ArrayList<>(25);
      }
    }
    BenchTable.fill(client, TABLE, "Q10", 10);
    BenchTable.fill(client, TABLE, "Q200", 200);
    query10 = query(null, "pk", "Q10");
    query200 = query(null, "pk", "Q200");
    queryIndex = query(BenchTable.GSI, "gsi1pk", "G#Q10");
    check(client.query(query10).count() == 10 && client.query(query200).count() == 200
        && client.query(queryIndex).count() == 10, "the Queries must return 10, 200 and 10 items");
  }

  /** Frees the backend. */
  @TearDown(Level.Trial)
  public void tearDown() {
    session.close();
  }

  /** PutItem replacing an existing item (and its index entry). */
  @Benchmark
  public PutItemResponse putItem() {
    int i = next();
    return client.putItem(b -> b.tableName(TABLE).item(BenchTable.item(single(i), "A", i)));
  }

  /** GetItem of an existing item, eventually consistent. */
  @Benchmark
  public GetItemResponse getItem() {
    int i = next();
    return client.getItem(b -> b.tableName(TABLE).key(BenchTable.key(single(i), "A")));
  }

  /** UpdateItem {@code SET delay = delay + :one} with a ConditionExpression that holds. */
  @Benchmark
  public UpdateItemResponse updateItemWithCondition() {
    int i = next();
    return client.updateItem(UpdateItemRequest.builder()
        .tableName(TABLE)
        .key(BenchTable.key(single(i), "A"))
        .updateExpression("SET #delay = #delay + :one")
        .conditionExpression("attribute_exists(pk) AND #delay < :max")
        .expressionAttributeNames(Map.of("#delay", "delay"))
        .expressionAttributeValues(Map.of(
            ":one", AttributeValue.fromN("1"), ":max", AttributeValue.fromN("1000000000000")))
        .build());
  }

  /** Query of a whole 10-item collection. */
  @Benchmark
  public QueryResponse query10Items() {
    return client.query(query10);
  }

  /** Query of a whole 200-item collection. */
  @Benchmark
  public QueryResponse query200Items() {
    return client.query(query200);
  }

  /** Query of a 10-item collection of the global secondary index. */
  @Benchmark
  public QueryResponse queryIndex10Items() {
    return client.query(queryIndex);
  }

  /** BatchWriteItem of 25 PutRequests replacing existing items. */
  @Benchmark
  public BatchWriteItemResponse batchWriteItem25() {
    List<WriteRequest> batch = new ArrayList<>(25);
    for (int j = 0; j < 25; j++) {
      int i = next();
      batch.add(BenchTable.put(BenchTable.item(single(i), "A", i)));
    }
    return client.batchWriteItem(b -> b.requestItems(Map.of(TABLE, batch)));
  }

  private int next() {
    next = next >= keys - 1 ? 0 : next + 1;
    return next;
  }

  static String single(int i) {
    return "GET#" + i;
  }

  private static QueryRequest query(String index, String attribute, String value) {
    return QueryRequest.builder()
        .tableName(TABLE)
        .indexName(index)
        .keyConditionExpression("#pk = :pk")
        .expressionAttributeNames(Map.of("#pk", attribute))
        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(value)))
        .build();
  }

  static void check(boolean condition, String message) {
    if (!condition) {
      throw new IllegalStateException("Benchmark set-up failed: " + message);
    }
  }
}
