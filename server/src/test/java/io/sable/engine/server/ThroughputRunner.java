package io.sable.engine.server;

import io.sable.dynamodblocal.DynamoDbLocal;
import io.sable.engine.SableEngine;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;

/**
 * Requests per second of GetItem and PutItem through the AWS SDK v2 client, against {@code serve}
 * and against DynamoDB Local's own HTTP server, in one run, with 1 and 16 client threads. Not a
 * test: a measurement, bounded in time, on loopback only.
 *
 * <pre>
 * mvn -B -q -pl server -am package -DskipTests dependency:build-classpath \
 *     -Dmdep.includeScope=test -Dmdep.outputFile=target/test.classpath
 * java -cp "server/target/test-classes:server/target/classes:$(cat server/target/test.classpath)" \
 *     io.sable.engine.server.ThroughputRunner 5
 * </pre>
 *
 * <p>Client, server and DynamoDB Local share the machine's cores: the figures compare the two
 * servers under the same client, not either server's ceiling.
 */
public final class ThroughputRunner {
  private static final int ITEMS = 1000;

  private ThroughputRunner() {}

  /** Runs the measurement; the first argument is the seconds per measurement (default 5). */
  public static void main(String[] args) throws Exception {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5;
    try (SableEngine engine = SableEngine.create();
        SableServer server = SableServer.start(engine);
        DynamoDbLocal local = DynamoDbLocal.start()) {
      System.out.printf("%-15s %-8s %7s %12s%n", "backend", "op", "threads", "requests/s");
      for (int threads : new int[] {1, 16}) {
        measure("serve", server.endpoint(), threads, seconds);
        measure("DynamoDB Local", local.endpoint(), threads, seconds);
      }
    }
  }

  private static void measure(String name, URI endpoint, int threads, double seconds) throws Exception {
    try (DynamoDbClient client = client(endpoint, threads)) {
      String table = "bench" + threads;
      client.createTable(b -> b.tableName(table)
          .billingMode(BillingMode.PAY_PER_REQUEST)
          .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build())
          .attributeDefinitions(AttributeDefinition.builder().attributeName("pk").attributeType("S").build()));
      LongConsumer put = i -> client.putItem(b -> b.tableName(table).item(item(i)));
      LongConsumer get = i -> client.getItem(b -> b.tableName(table)
          .key(Map.of("pk", AttributeValue.fromS("item-" + (i % ITEMS)))));
      for (long i = 0; i < ITEMS; i++) {
        put.accept(i);
      }
      run(put, threads, Math.min(2, seconds));
      System.out.printf("%-15s %-8s %7d %12.0f%n", name, "PutItem", threads, run(put, threads, seconds));
      run(get, threads, Math.min(2, seconds));
      System.out.printf("%-15s %-8s %7d %12.0f%n", name, "GetItem", threads, run(get, threads, seconds));
    }
  }

  private static Map<String, AttributeValue> item(long i) {
    return Map.of(
        "pk", AttributeValue.fromS("item-" + (i % ITEMS)),
        "name", AttributeValue.fromS("flight " + i),
        "delay", AttributeValue.fromN(Long.toString(i % 300)),
        "tags", AttributeValue.fromSs(List.of("a", "b")));
  }

  /** Calls {@code call} from {@code threads} threads for {@code seconds}; requests per second. */
  private static double run(LongConsumer call, int threads, double seconds) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long deadline = System.nanoTime() + (long) (seconds * 1e9);
    long start = System.nanoTime();
    List<Future<Long>> counts = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      counts.add(pool.submit(() -> {
        long n = 0;
        while (System.nanoTime() < deadline) {
          call.accept(n * 31 + thread);
          n++;
        }
        return n;
      }));
    }
    long total = 0;
    for (Future<Long> count : counts) {
      total += count.get();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    pool.awaitTermination(10, TimeUnit.SECONDS);
    return total / elapsed;
  }

  private static DynamoDbClient client(URI endpoint, int threads) {
    return DynamoDbClient.builder()
        .endpointOverride(endpoint)
        .region(DynamoDbLocal.REGION)
        .credentialsProvider(software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
            software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create("sable", "sable")))
        .httpClientBuilder(ApacheHttpClient.builder().maxConnections(Math.max(threads, 16)))
        .build();
  }
}
