package io.sable.benchmarks;

import io.sable.engine.SableEngine;
import io.sable.engine.storage.Durability;
import io.sable.engine.storage.ItemCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Durable engine figures, printed as a table: PutItem throughput with {@code fsync} and {@code
 * periodic:10} durability on 1 and 8 threads (in memory for reference), and recovery time for a
 * million small items, from a snapshot and from the log alone, with and without a global secondary
 * index (the difference is what rebuilding the index costs).
 *
 * <pre>
 * java -cp ... io.sable.benchmarks.DurableEngineBenchmark [DIR] [SECONDS] [ITEMS]
 * </pre>
 */
public final class DurableEngineBenchmark {
  private DurableEngineBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args.length > 0 ? args[0] : "target/durable-bench");
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    int items = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
    Files.createDirectories(root);
    System.out.println("PutItem throughput (" + seconds + " s each, ~100-byte items)");
    for (String mode : List.of("memory", "fsync", "periodic:10")) {
      for (int threads : new int[] {1, 8}) {
        System.out.printf("  %-12s %d thread(s): %,10.0f puts/s%n", mode, threads,
            throughput(root, mode, threads, seconds));
      }
    }
    // What loading a persisted index would add at least: decoding one entry per item.
    List<byte[]> encoded = new ArrayList<>(items);
    for (int i = 0; i < items; i++) {
      encoded.add(ItemCodec.encode(item("p" + (i % 100_000), Integer.toString(i))));
    }
    for (int round = 0; round < 3; round++) {
      long started = System.nanoTime();
      long attributes = 0;
      for (byte[] bytes : encoded) {
        attributes += ItemCodec.decode(bytes).size();
      }
      System.out.printf("Decoding %,d encoded items (round %d): %,d ms (%d attributes)%n", items, round,
          (System.nanoTime() - started) / 1_000_000, attributes);
    }
    encoded = null;
    System.out.println("Recovery of " + items + " items (~60 bytes each)");
    for (boolean index : new boolean[] {false, true}) {
      Path dir = fresh(root.resolve("recovery-" + index));
      load(dir, items, index);
      // A clean close took a snapshot: opening loads it.
      long started = System.nanoTime();
      try (SableEngine engine = durable(dir, Durability.periodic(Duration.ofMillis(10))).build()) {
        System.out.printf("  snapshot load, %s: %,d ms%n", index ? "with a GSI" : "no index   ",
            (System.nanoTime() - started) / 1_000_000);
      }
      // Log only: write again with no snapshot, then "crash".
      Path logDir = fresh(root.resolve("replay-" + index));
      SableEngine writer = loadUnclosed(logDir, items, index);
      writer.durableStore().crash();
      writer.close();
      started = System.nanoTime();
      try (SableEngine engine = durable(logDir, Durability.periodic(Duration.ofMillis(10))).build()) {
        System.out.printf("  log replay,    %s: %,d ms%n", index ? "with a GSI" : "no index   ",
            (System.nanoTime() - started) / 1_000_000);
      }
    }
  }

  private static double throughput(Path root, String mode, int threads, int seconds) throws Exception {
    Path dir = fresh(root.resolve("put-" + mode.replace(':', '-') + "-" + threads));
    SableEngine.Builder builder = "memory".equals(mode)
        ? SableEngine.builder() : durable(dir, Durability.parse(mode));
    try (SableEngine engine = builder.build()) {
      DynamoDbClient client = engine.dynamoDbClient();
      createTable(client, false);
      AtomicLong count = new AtomicLong();
      long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
      List<Thread> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        String prefix = "t" + t + "-";
        Thread worker = new Thread(() -> {
          long i = 0;
          while (System.nanoTime() < end) {
            long n = i++;
            client.putItem(b -> b.tableName("bench").item(item(prefix + (n % 1000), Long.toString(n))));
          }
          count.addAndGet(i);
        });
        workers.add(worker);
      }
      long started = System.nanoTime();
      workers.forEach(Thread::start);
      for (Thread worker : workers) {
        worker.join();
      }
      return count.get() / ((System.nanoTime() - started) / 1e9);
    }
  }

  private static void load(Path dir, int items, boolean index) {
    try (SableEngine engine = loadUnclosed(dir, items, index)) {
      // closed: snapshot
    }
  }

  private static SableEngine loadUnclosed(Path dir, int items, boolean index) {
    SableEngine engine = durable(dir, Durability.periodic(Duration.ofMillis(10))).build();
    DynamoDbClient client = engine.dynamoDbClient();
    createTable(client, index);
    List<WriteRequest> batch = new ArrayList<>(25);
    for (int i = 0; i < items; i++) {
      batch.add(WriteRequest.builder().putRequest(PutRequest.builder()
          .item(item("p" + (i % 100_000), Integer.toString(i))).build()).build());
      if (batch.size() == 25) {
        List<WriteRequest> requests = List.copyOf(batch);
        client.batchWriteItem(b -> b.requestItems(Map.of("bench", requests)));
        batch.clear();
      }
    }
    return engine;
  }

  private static SableEngine.Builder durable(Path dir, Durability durability) {
    return SableEngine.builder().dataDirectory(dir).durability(durability)
        .snapshotLogBytes(Long.MAX_VALUE).ttlSweepInterval(Duration.ZERO);
  }

  private static Map<String, AttributeValue> item(String pk, String sk) {
    Map<String, AttributeValue> item = new HashMap<>();
    item.put("pk", AttributeValue.fromS(pk));
    item.put("sk", AttributeValue.fromS(sk));
    item.put("status", AttributeValue.fromS(sk.hashCode() % 2 == 0 ? "OPEN" : "CLOSED"));
    item.put("amount", AttributeValue.fromN(Integer.toString(sk.length() * 37)));
    item.put("note", AttributeValue.fromS("a small durable item"));
    return item;
  }

  private static void createTable(DynamoDbClient client, boolean index) {
    client.createTable(b -> {
      b.tableName("bench").billingMode(BillingMode.PAY_PER_REQUEST)
          .keySchema(
              KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
              KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build())
          .attributeDefinitions(
              AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build(),
              AttributeDefinition.builder().attributeName("sk").attributeType(ScalarAttributeType.S).build());
      if (index) {
        b.attributeDefinitions(
            AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build(),
            AttributeDefinition.builder().attributeName("sk").attributeType(ScalarAttributeType.S).build(),
            AttributeDefinition.builder().attributeName("status").attributeType(ScalarAttributeType.S).build());
        b.globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("byStatus")
            .keySchema(
                KeySchemaElement.builder().attributeName("status").keyType(KeyType.HASH).build(),
                KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build())
            .projection(Projection.builder().projectionType(ProjectionType.ALL).build()).build());
      }
    });
  }

  private static Path fresh(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    return Files.createDirectories(dir);
  }
}
