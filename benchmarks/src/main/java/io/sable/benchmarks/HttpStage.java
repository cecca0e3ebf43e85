package io.sable.benchmarks;

import io.sable.dynamodblocal.DynamoDbLocal;
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
 * against {@code serve} ({@link SableServer}) and against DynamoDB Local's own HTTP server, in one
 * run, with 1 and 16 client threads. Loopback only; every loop is bounded in time.
 *
 * <p>Client, server and DynamoDB Local share the machine's cores: the figures compare the two
 * servers under the same client, not either server's ceiling.
 */
public final class HttpStage {
  private static final int[] THREADS = {1, 16};

  private HttpStage() {}

  /** Runs the measurement; records {@code http.<op>.<threads>} ratios in {@code targets}. */
  public static Section run(Settings settings, Targets targets) {
    Section section = new Section("Over HTTP: serve vs DynamoDB Local's server",
        "Requests per second through one AWS SDK v2 `DynamoDbClient` (Apache HTTP client, SigV4), "
            + settings.httpSeconds() + " s per figure after a warm-up, on loopback; client and server"
            + " share the machine's cores. Items are about 60 bytes, " + settings.keys() + " keys. Ratio = serve ÷"
            + " DynamoDB Local.",
        "operation", "client threads", "serve (req/s)", "DynamoDB Local (req/s)", "ratio");
    try (SableEngine engine = SableEngine.create();
        SableServer server = SableServer.start(engine);
        DynamoDbLocal local = DynamoDbLocal.start()) {
      for (int threads : THREADS) {
        double[] serve = measure(server.endpoint(), threads, settings);
        double[] reference = measure(local.endpoint(), threads, settings);
        String[] operations = {"PutItem", "GetItem"};
        for (int op = 0; op < 2; op++) {
          double ratio = serve[op] / reference[op];
          targets.record("http." + operations[op] + "." + threads, ratio);
          section.row(operations[op], Integer.toString(threads), Section.number(serve[op]),
              Section.number(reference[op]), Section.ratio(ratio));
        }
      }
    } catch (Exception e) {
      throw new IllegalStateException("HTTP throughput failed: " + e.getMessage(), e);
    }
    return section;
  }

  /** PutItem and GetItem requests per second. */
  private static double[] measure(URI endpoint, int threads, Settings settings) throws Exception {
    int keys = settings.keys();
    double seconds = settings.httpSeconds();
    try (DynamoDbClient client = client(endpoint, threads)) {
      String table = "bench" + threads;
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
