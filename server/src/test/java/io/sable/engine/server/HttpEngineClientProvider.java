package io.sable.engine.server;

import io.sable.engine.SableEngine;
import io.sable.engine.differential.EngineClientProvider;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Runs the engine's differential suites through HTTP: each suite's engine is served by a {@link
 * SableServer} on loopback and a free port, and reached with the AWS SDK's own client. Registered
 * in {@code META-INF/services}; closing the client stops the server.
 */
public final class HttpEngineClientProvider implements EngineClientProvider {
  @Override
  public DynamoDbClient open(SableEngine engine) {
    SableServer server = SableServer.start(engine);
    DynamoDbClient client = client(server.endpoint());
    return (DynamoDbClient) Proxy.newProxyInstance(
        DynamoDbClient.class.getClassLoader(),
        new Class<?>[] {DynamoDbClient.class},
        (proxy, method, args) -> {
          if (method.getName().equals("close") && method.getParameterCount() == 0) {
            client.close();
            server.close();
            return null;
          }
          try {
            return method.invoke(client, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  /** An SDK client of {@code endpoint} with dummy credentials, as any user would build it. */
  static DynamoDbClient client(URI endpoint) {
    return builder(endpoint).build();
  }

  /** The builder of {@link #client}, for a test that configures more (retries, interceptors). */
  static software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder builder(URI endpoint) {
    return DynamoDbClient.builder()
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("sable", "sable")))
        .httpClientBuilder(ApacheHttpClient.builder().connectionTimeout(Duration.ofSeconds(5)));
  }
}
