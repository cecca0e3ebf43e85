package io.sable.benchmarks;

import java.util.ArrayList;
import java.util.List;
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
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;

/**
 * TransactWriteItems of 4 Puts to 4 item collections of table {@code bench}, on the engine and on
 * DynamoDB Local embedded; microseconds per call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TransactWriteBenchmark {
  @Param({"engine", "dynamodb-local"})
  public String backend;

  private Backend.Session session;
  private DynamoDbClient client;
  private int next;

  /** Starts the backend and creates the table. */
  @Setup(Level.Trial)
  public void setUp() {
    session = Backend.of(backend).open();
    client = session.client();
    BenchTable.create(client, ItemBenchmark.TABLE, true);
  }

  /** Frees the backend. */
  @TearDown(Level.Trial)
  public void tearDown() {
    session.close();
  }

  /** One TransactWriteItems of 4 Puts. */
  @Benchmark
  public TransactWriteItemsResponse transactWriteItems4() {
    return transact(client, next++);
  }

  private static TransactWriteItemsResponse transact(DynamoDbClient client, int n) {
    List<TransactWriteItem> writes = new ArrayList<>(4);
    for (int j = 0; j < 4; j++) {
      int i = (n * 4 + j) % 1000;
      writes.add(TransactWriteItem.builder()
          .put(Put.builder().tableName(ItemBenchmark.TABLE)
              .item(BenchTable.item(ItemBenchmark.single(i), "A", i)).build())
          .build());
    }
    return client.transactWriteItems(b -> b.transactItems(writes));
  }
}
