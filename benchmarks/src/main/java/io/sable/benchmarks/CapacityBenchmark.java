package io.sable.benchmarks;

import io.sable.engine.SableEngine;
import io.sable.engine.capacity.throughput.CapacitySimulation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
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
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * What the engine's throughput model costs: the same PutItem, GetItem and Query of 200 items on a
 * provisioned table (40,000 RCU and WCU, and its GSI the same), with the model off ({@link
 * CapacitySimulation#OFF}) and on ({@link CapacitySimulation#PROVISIONED}: every request admitted
 * and charged to its partition, nothing throttled). The engine's clock moves 1 ms each time it is
 * read, so that the virtual request rate stays far below the table's throughput and no request is
 * throttled whatever the real speed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CapacityBenchmark {
  static final String TABLE = "bench";

  @Param({"off", "modelled"})
  public String model;

  private SableEngine engine;
  private DynamoDbClient client;
  private int next;
  private QueryRequest query200;

  /** Creates the engine and table and writes the items the operations address. */
  @Setup(Level.Trial)
  public void setUp() {
    engine =
        SableEngine.builder()
            .clock(new TickingClock())
            .capacity(model.equals("off") ? CapacitySimulation.OFF : CapacitySimulation.PROVISIONED)
            .build();
    client = engine.dynamoDbClient();
    ProvisionedThroughput throughput =
        ProvisionedThroughput.builder().readCapacityUnits(40_000L).writeCapacityUnits(40_000L).build();
    BenchTable.create(client, TABLE, true, throughput);
    for (int i = 0; i < 1000; i++) {
      client.putItem(b -> b.tableName(TABLE).item(BenchTable.item(single(next()), "A", next)));
    }
    BenchTable.fill(client, TABLE, "Q200", 200);
    query200 =
        QueryRequest.builder()
            .tableName(TABLE)
            .keyConditionExpression("pk = :pk")
            .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("Q200")))
            .build();
  }

  /** Frees the engine. */
  @TearDown(Level.Trial)
  public void tearDown() {
    engine.close();
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

  /** Query of a whole 200-item collection. */
  @Benchmark
  public QueryResponse query200Items() {
    return client.query(query200);
  }

  private int next() {
    next = (next + 1) % 1000;
    return next;
  }

  private static String single(int i) {
    return "GET#" + i;
  }

  /** A clock that moves 1 ms each time it is read. */
  static final class TickingClock extends Clock {
    private long millis = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();

    @Override
    public synchronized Instant instant() {
      millis++;
      return Instant.ofEpochMilli(millis);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
