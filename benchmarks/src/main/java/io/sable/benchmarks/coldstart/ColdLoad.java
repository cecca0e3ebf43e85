package io.sable.benchmarks.coldstart;

import io.sable.loopback.LoopbackEndpoint;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The client side of a cold-start trial, in this (warm) JVM: CreateTable as soon as the server's
 * port accepts, then PutItem from {@link #THREADS} threads in a closed loop, until the window that
 * began when the server's process was started ends. Only calls that finished inside the window
 * count. The clients are built before the process starts, so their set-up is not counted.
 */
final class ColdLoad {
  /** Client threads of the PutItem loop. */
  static final int THREADS = 4;
  private static final int KEYS = 1000;

  /**
   * One trial's figures.
   *
   * @param firstPutMillis from the process's start to the end of the first PutItem
   * @param putsPerSecond PutItem calls finished inside the window, per second of the window
   */
  record Trial(double firstPutMillis, double putsPerSecond) {}

  private ColdLoad() {}

  /** Sends the workload to an already running server at {@code endpoint} for {@code seconds}: a warm-up. */
  static void warm(URI endpoint, double seconds) throws Exception {
    try (DynamoDbClient probe = client(endpoint, true); DynamoDbClient load = client(endpoint, false)) {
      long start = System.nanoTime();
      createTable(probe, start + (long) 60e9);
      put(load, start + (long) (seconds * 1e9));
    }
  }

  /** Starts {@code server}, runs the trial over a window of {@code seconds}, and stops it. */
  static Trial run(ColdServer server, double seconds) throws Exception {
    int port = LoopbackEndpoint.freePort();
    URI endpoint = LoopbackEndpoint.of(port).uri();
    Path log = Files.createTempFile("sable-coldstart-", ".log");
    try (DynamoDbClient probe = client(endpoint, true); DynamoDbClient load = client(endpoint, false)) {
      long start = System.nanoTime();
      long deadline = start + (long) (seconds * 1e9);
      Process process = new ProcessBuilder(server.command(port))
          .redirectErrorStream(true).redirectOutput(log.toFile()).start();
      try {
        if (!createTable(probe, start + (long) 60e9)) {
          throw new IllegalStateException(server.label + " did not answer in a minute: "
              + String.join("\n", Files.readAllLines(log)));
        }
        load.putItem(b -> b.tableName("cold").item(item(0)));
        double firstPut = (System.nanoTime() - start) / 1e6;
        long puts = (System.nanoTime() < deadline ? 1 : 0) + put(load, deadline);
        return new Trial(firstPut, puts / seconds);
      } finally {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
          process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
      }
    } finally {
      Files.deleteIfExists(log);
    }
  }

  /** Calls CreateTable until it succeeds (true) or {@code giveUp} passes (false). */
  private static boolean createTable(DynamoDbClient probe, long giveUp) throws InterruptedException {
    while (System.nanoTime() < giveUp) {
      try {
        probe.createTable(b -> b.tableName("cold")
            .billingMode("PAY_PER_REQUEST")
            .keySchema(k -> k.attributeName("pk").keyType("HASH"))
            .attributeDefinitions(a -> a.attributeName("pk").attributeType("S")));
        return true;
      } catch (SdkClientException e) {
        // Not listening yet: a child process starting up, real time (there is no engine clock here).
        TimeUnit.MILLISECONDS.sleep(1);
      }
    }
    return false;
  }

  /** PutItem from {@link #THREADS} threads until {@code deadline}; the calls finished before it. */
  private static long put(DynamoDbClient client, long deadline) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Long>> counts = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        counts.add(pool.submit(() -> {
          long n = 0;
          for (long i = thread; ; i += THREADS) {
            long index = i;
            client.putItem(b -> b.tableName("cold").item(item(index)));
            if (System.nanoTime() > deadline) {
              return n;
            }
            n++;
          }
        }));
      }
      long total = 0;
      for (Future<Long> count : counts) {
        total += count.get();
      }
      return total;
    } finally {
      pool.shutdown();
      pool.awaitTermination(30, TimeUnit.SECONDS);
    }
  }

  private static Map<String, AttributeValue> item(long i) {
    return Map.of(
        "pk", AttributeValue.fromS("item-" + (i % KEYS)),
        "name", AttributeValue.fromS("name " + i),
        "count", AttributeValue.fromN(Long.toString(i)),
        "tag", AttributeValue.fromS("cold-start"));
  }

  /** A client: the probe fails fast (no retries, 200 ms to connect), the load one has SDK defaults. */
  private static DynamoDbClient client(URI endpoint, boolean probe) {
    var builder = DynamoDbClient.builder()
        .endpointOverride(endpoint)
        .region(LoopbackEndpoint.REGION)
        .credentialsProvider(StaticCredentialsProvider.create(
            AwsBasicCredentials.create(LoopbackEndpoint.ACCESS_KEY_ID, LoopbackEndpoint.SECRET_ACCESS_KEY)))
        .httpClientBuilder(ApacheHttpClient.builder().maxConnections(16)
            .connectionTimeout(Duration.ofMillis(probe ? 200 : 5000)));
    if (probe) {
      builder.overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry())
          .apiCallTimeout(Duration.ofSeconds(10)));
    }
    return builder.build();
  }
}
