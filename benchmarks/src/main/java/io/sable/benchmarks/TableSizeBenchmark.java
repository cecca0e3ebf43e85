package io.sable.benchmarks;

import io.sable.engine.SableEngine;
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
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The engine's GetItem and Query latency as the table grows (10,000, 100,000 and 1,000,000 items),
 * and Query cost against items returned and against item collection size; microseconds per call.
 *
 * <p>Nine tenths of the table are 10-item collections {@code P#n}; the last tenth is one large
 * collection {@code BIG} (1,000 to 100,000 items). Expected: GetItem and Query of a small
 * collection flat in table size; Query of 10 items from {@code BIG} as fast as from a small
 * collection; Query of 100 items about ten times Query of 10.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TableSizeBenchmark {
  private static final String TABLE = "sized";

  @Param({"10000", "100000", "1000000"})
  public int items;

  private SableEngine engine;
  private DynamoDbClient client;
  private int collections;
  private int bigSize;
  private int next;

  /** Creates the table and writes {@code items} items. */
  @Setup(Level.Trial)
  public void setUp() {
    engine = SableEngine.create();
    client = engine.dynamoDbClient();
    BenchTable.create(client, TABLE, false);
    bigSize = items / 10;
    collections = (items - bigSize) / 10;
    List<WriteRequest> batch = new ArrayList<>(25);
    for (int c = 0; c < collections; c++) {
      for (int s = 0; s < 10; s++) {
        batch.add(BenchTable.put(BenchTable.item("P#" + c, BenchTable.sortKey(s), s)));
        if (batch.size() == 25) {
          BenchTable.writeAll(client, TABLE, batch);
          batch = new ArrayList<>(25);
        }
      }
    }
    if (!batch.isEmpty()) {
      BenchTable.writeAll(client, TABLE, batch);
    }
    BenchTable.fill(client, TABLE, "BIG", bigSize);
    ItemBenchmark.check(queryBig(100).count() == 100, "BIG must hold 100 items past its middle");
  }

  /** Drops the table. */
  @TearDown(Level.Trial)
  public void tearDown() {
    engine.close();
  }

  /** GetItem of one item of a small collection. */
  @Benchmark
  public GetItemResponse getItem() {
    int c = next(collections);
    return client.getItem(b -> b.tableName(TABLE).key(BenchTable.key("P#" + c, BenchTable.sortKey(c % 10))));
  }

  /** Query of a whole 10-item collection. */
  @Benchmark
  public QueryResponse query10Items() {
    int c = next(collections);
    return client.query(QueryRequest.builder().tableName(TABLE)
        .keyConditionExpression("pk = :pk")
        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("P#" + c)))
        .build());
  }

  /** Query of 10 items from the middle of the large collection (sort key range, Limit 10). */
  @Benchmark
  public QueryResponse query10ItemsOfLargeCollection() {
    return queryBig(10);
  }

  /** Query of 100 items from the middle of the large collection (sort key range, Limit 100). */
  @Benchmark
  public QueryResponse query100ItemsOfLargeCollection() {
    return queryBig(100);
  }

  private QueryResponse queryBig(int limit) {
    int from = bigSize / 4 + next(bigSize / 2);
    return client.query(QueryRequest.builder().tableName(TABLE)
        .keyConditionExpression("pk = :pk AND sk >= :from")
        .expressionAttributeValues(Map.of(
            ":pk", AttributeValue.fromS("BIG"), ":from", AttributeValue.fromS(BenchTable.sortKey(from))))
        .limit(limit)
        .build());
  }

  private int next(int bound) {
    next = next * 1_103_515_245 + 12_345;
    return Math.floorMod(next, bound);
  }
}
