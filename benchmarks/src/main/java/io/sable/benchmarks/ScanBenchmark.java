package io.sable.benchmarks;

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
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * A full Scan of a table of {@code items} items (10,000 by default), following LastEvaluatedKey
 * across DynamoDB's 1 MB pages, on the engine and on DynamoDB Local embedded; microseconds per
 * whole Scan.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScanBenchmark {
  private static final String TABLE = "scan";

  @Param({"engine", "dynamodb-local"})
  public String backend;

  @Param("10000")
  public int items;

  private Backend.Session session;
  private DynamoDbClient client;

  /** Starts the backend and writes {@code items} items into 100-item collections. */
  @Setup(Level.Trial)
  public void setUp() {
    session = Backend.of(backend).open();
    client = session.client();
    BenchTable.create(client, TABLE, false);
    for (int written = 0; written < items; written += 100) {
      BenchTable.fill(client, TABLE, "C#" + written, Math.min(100, items - written));
    }
    ItemBenchmark.check(scanAll() == items, "the Scan must return every item");
  }

  /** Frees the backend. */
  @TearDown(Level.Trial)
  public void tearDown() {
    session.close();
  }

  /** Scans the whole table; returns the item count. */
  @Benchmark
  public int scan() {
    return scanAll();
  }

  private int scanAll() {
    int count = 0;
    Map<String, AttributeValue> start = null;
    do {
      Map<String, AttributeValue> exclusiveStartKey = start;
      ScanResponse page = client.scan(b -> b.tableName(TABLE).exclusiveStartKey(exclusiveStartKey));
      count += page.count();
      start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
    } while (start != null);
    return count;
  }
}
