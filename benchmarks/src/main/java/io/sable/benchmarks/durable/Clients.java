package io.sable.benchmarks.durable;

import io.sable.loopback.LoopbackEndpoint;
import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** AWS SDK v2 clients for the durable benchmarks: dummy credentials, us-east-1, Apache HTTP client. */
final class Clients {
  private Clients() {}

  /** A client that fails fast (no retries, 200 ms to connect): for polling a starting server. */
  static DynamoDbClient probe(URI endpoint) {
    return builder(endpoint, 1, Duration.ofMillis(200))
        .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry())
            .apiCallTimeout(Duration.ofSeconds(10)))
        .build();
  }

  /** A client for {@code connections} concurrent callers, with the SDK's default retries. */
  static DynamoDbClient bench(URI endpoint, int connections) {
    return builder(endpoint, connections, Duration.ofSeconds(5)).build();
  }

  private static software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder builder(
      URI endpoint, int connections, Duration connect) {
    return DynamoDbClient.builder()
        .endpointOverride(endpoint)
        .region(LoopbackEndpoint.REGION)
        .credentialsProvider(StaticCredentialsProvider.create(
            AwsBasicCredentials.create(LoopbackEndpoint.ACCESS_KEY_ID, LoopbackEndpoint.SECRET_ACCESS_KEY)))
        .httpClientBuilder(ApacheHttpClient.builder().maxConnections(Math.max(connections, 16))
            .connectionTimeout(connect));
  }
}
