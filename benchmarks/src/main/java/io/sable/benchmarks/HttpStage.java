package io.sable.benchmarks;

import io.sable.dynamodblocal.DynamoDbLocal;
import io.sable.dynoxide.Dynoxide;
import io.sable.dynoxide.DynoxideBinary;
import io.sable.engine.SableEngine;
import io.sable.engine.server.SableServer;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Requests per second of PutItem and GetItem through the AWS SDK v2 client (Apache HTTP client),
 * against {@code serve} ({@link SableServer}), DynamoDB Local's own HTTP server and dynoxide (a native
 * emulator, when it can be found or installed), in one run, with 1 and 16 client threads. Loopback
 * only; every loop is bounded in time.
 *
 * <p>Client, server and DynamoDB Local share the machine's cores: the figures compare the two
 * servers under the same client, not either server's ceiling.
 */
public final class HttpStage {
  private static final int[] THREADS = {1, 16};

  private HttpStage() {}

  /**
   * Runs the measurement; records {@code http.<op>.<threads>} ratios (serve ÷ DynamoDB Local) and
   * {@code http.<op>.<threads>.dynoxide} (serve ÷ dynoxide) in {@code targets}. dynoxide is found (or
   * installed from npm) by {@link DynoxideBinary#locate()}; when it cannot be, its column says so
   * and the stage still runs.
   */
  public static Section run(Settings settings, Targets targets) {
    String dynoxideMissing = null;
    java.nio.file.Path binary = null;
    try {
      binary = DynoxideBinary.locate();
    } catch (IllegalStateException e) {
      dynoxideMissing = e.getMessage();
    }
    Section section = new Section("Over HTTP: serve vs DynamoDB Local's server vs dynoxide",
        "Requests per second through one AWS SDK v2 `DynamoDbClient` (Apache HTTP client, SigV4), "
            + settings.httpSeconds() + " s per figure after a warm-up, on loopback; client and servers"
            + " share the machine's cores. Items are about 60 bytes, " + settings.keys() + " keys. serve and"
            + " DynamoDB Local run in this JVM (in memory); dynoxide " + DynoxideBinary.PACKAGE + " (a native"
            + " binary, in memory) in a process of its own. Ratio = serve ÷ the other."
            + (dynoxideMissing == null ? "" : " **dynoxide was not measured: " + dynoxideMissing + "**"),
        "operation", "client threads", "serve (req/s)", "DynamoDB Local (req/s)", "dynoxide (req/s)",
        "serve ÷ DynamoDB Local", "serve ÷ dynoxide");
    try (SableEngine engine = SableEngine.create();
        SableServer server = SableServer.start(engine);
        DynamoDbLocal local = DynamoDbLocal.start();
        Dynoxide dynoxide = binary == null ? null : Dynoxide.start(binary)) {
      for (int threads : THREADS) {
        double[] serve = measure(server.endpoint(), "bench" + threads, threads, settings);
        double[] reference = measure(local.endpoint(), "bench" + threads, threads, settings);
        double[] peer = dynoxide == null ? new double[] {Double.NaN, Double.NaN}
            : measure(dynoxide.endpoint(), "bench" + threads, threads, settings);
        String[] operations = {"PutItem", "GetItem"};
        for (int op = 0; op < 2; op++) {
          double ratio = serve[op] / reference[op];
          double overDynoxide = serve[op] / peer[op];
          targets.record("http." + operations[op] + "." + threads, ratio);
          if (dynoxide != null) {
            targets.record("http." + operations[op] + "." + threads + ".dynoxide", overDynoxide);
          }
          section.row(operations[op], Integer.toString(threads), Section.number(serve[op]),
              Section.number(reference[op]), dynoxide == null ? "not measured" : Section.number(peer[op]),
              Section.ratio(ratio), dynoxide == null ? "n/a" : Section.ratio(overDynoxide));
        }
      }
    } catch (Exception e) {
      throw new IllegalStateException("HTTP throughput failed: " + e.getMessage(), e);
    }
    return section;
  }

  /** PutItem and GetItem requests per second. */
  private static double[] measure(URI endpoint, String table, int threads, Settings settings) throws Exception {
    int keys = settings.keys();
    double seconds = settings.httpSeconds();
    try (DynamoDbClient client = client(endpoint, threads)) {
      client.createTable(b -> b.tableName(table)
          .billingMode("PAY_PER_REQUEST")
          .keySchema(k -> k.attributeName("pk").keyType("HASH"))
          .attributeDefinitions(a -> a.attributeName("pk").attributeType("S")));
      LongConsumer put = i -> client.putItem(b -> b.tableName(table).item(item(i % keys, i)));
      LongConsumer get = i -> client.getItem(b -> b.tableName(table)
          .key(Map.of("pk", AttributeValue.fromS("item-" + (i % keys)))));
      for (long i = 0; i < keys; i++) {
        put.accept(i);
      }
      double warmup = Math.min(2, seconds);
      ClosedLoop.callsPerSecond(put, threads, warmup);
      double puts = ClosedLoop.callsPerSecond(put, threads, seconds);
      ClosedLoop.callsPerSecond(get, threads, warmup);
      double gets = ClosedLoop.callsPerSecond(get, threads, seconds);
      return new double[] {puts, gets};
    }
  }

  private static Map<String, AttributeValue> item(long key, long i) {
    return Map.of(
        "pk", AttributeValue.fromS("item-" + key),
        "name", AttributeValue.fromS("flight " + i),
        "delay", AttributeValue.fromN(Long.toString(i % 300)),
        "tags", AttributeValue.fromSs(List.of("a", "b")));
  }

  private static DynamoDbClient client(URI endpoint, int threads) {
    return DynamoDbClient.builder()
        .endpointOverride(endpoint)
        .region(DynamoDbLocal.REGION)
        .credentialsProvider(StaticCredentialsProvider.create(
            AwsBasicCredentials.create(DynamoDbLocal.ACCESS_KEY_ID, DynamoDbLocal.SECRET_ACCESS_KEY)))
        .httpClientBuilder(ApacheHttpClient.builder().maxConnections(Math.max(threads, 16)))
        .build();
  }
}
