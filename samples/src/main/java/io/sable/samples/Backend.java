package io.sable.samples;

import io.sable.engine.SableEngine;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * Where a sample's table lives: Sable's embedded engine (fresh and empty), or a DynamoDB endpoint
 * (DynamoDB Local, {@code serve}, or AWS).
 */
public final class Backend implements AutoCloseable {

  /** How long connecting to an endpoint may take before the command fails. */
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

  private final AutoCloseable owner;
  private final DynamoDbClient dynamoDb;
  private final DynamoDbStreamsClient streams;
  private final SableEngine engine;
  private final String name;

  private Backend(AutoCloseable owner, DynamoDbClient dynamoDb, DynamoDbStreamsClient streams, SableEngine engine,
      String name) {
    this.owner = owner;
    this.dynamoDb = dynamoDb;
    this.streams = streams;
    this.engine = engine;
    this.name = name;
  }

  /** A fresh embedded engine, empty. */
  public static Backend embedded() {
    return embedded(SableEngine.create());
  }

  /**
   * A fresh embedded engine on {@code clock} (Time to Live demonstrations), with no background TTL
   * sweeps or auto scaling evaluations.
   */
  public static Backend embedded(Clock clock) {
    return embedded(SableEngine.builder().clock(clock).ttlSweepInterval(Duration.ZERO)
        .autoScalingInterval(Duration.ZERO).build());
  }

  private static Backend embedded(SableEngine engine) {
    return embedded(engine, "the embedded engine");
  }

  /** {@code engine}, such as one on a data directory, named {@code name} in messages; closing closes it. */
  public static Backend embedded(SableEngine engine, String name) {
    return new Backend(engine, engine.dynamoDbClient(), engine.dynamoDbStreamsClient(), engine, name);
  }

  /**
   * A client of an endpoint. Credentials come from the default provider chain (environment,
   * profile, ...), or are placeholders when it has none, as DynamoDB Local accepts any.
   */
  public static Backend remote(URI endpoint, String region) {
    checkReachable(endpoint);
    DynamoDbClient client = configured(DynamoDbClient.builder(), endpoint, region);
    DynamoDbStreamsClient streams = configured(DynamoDbStreamsClient.builder(), endpoint, region);
    return new Backend(() -> {
      streams.close();
      client.close();
    }, client, streams, null, endpoint.toString());
  }

  private static <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C configured(
      B builder, URI endpoint, String region) {
    return builder.endpointOverride(endpoint)
        .region(Region.of(region))
        .credentialsProvider(credentials())
        .httpClientBuilder(ApacheHttpClient.builder().connectionTimeout(CONNECT_TIMEOUT))
        .build();
  }

  /**
   * Opens and closes one TCP connection to {@code endpoint}, so that an endpoint that is not
   * listening fails at once, in one line, rather than after the SDK's retries (which stay on for
   * throttling).
   *
   * @throws SampleError if no connection is made within {@link #CONNECT_TIMEOUT}
   */
  static void checkReachable(URI endpoint) {
    String host = endpoint.getHost();
    if (host == null) {
      throw new SampleError("--endpoint " + endpoint + " is not a URL such as http://localhost:8000");
    }
    int port = endpoint.getPort() != -1 ? endpoint.getPort() : "https".equalsIgnoreCase(endpoint.getScheme()) ? 443 : 80;
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), (int) CONNECT_TIMEOUT.toMillis());
    } catch (IOException e) {
      String why = e instanceof UnknownHostException ? "unknown host " + host
          : e instanceof SocketTimeoutException ? "no answer within " + CONNECT_TIMEOUT.toSeconds() + " s"
          : String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
      throw new SampleError("cannot reach " + endpoint + " (" + why + "); start it first (bin/serve --port "
          + (endpoint.getPort() == -1 ? 8000 : endpoint.getPort()) + ") or check --endpoint");
    }
  }

  private static AwsCredentialsProvider credentials() {
    return AwsCredentialsProviderChain.builder()
        .credentialsProviders(
            DefaultCredentialsProvider.builder().build(),
            StaticCredentialsProvider.create(AwsBasicCredentials.create("sable", "sable")))
        .reuseLastProviderEnabled(true)
        .build();
  }

  /** The client. */
  public DynamoDbClient dynamoDb() {
    return dynamoDb;
  }

  /** The DynamoDB Streams client of the same backend. */
  public DynamoDbStreamsClient streams() {
    return streams;
  }

  /** The embedded engine, if this is one. */
  public Optional<SableEngine> engine() {
    return Optional.ofNullable(engine);
  }

  /** "the embedded engine" or the endpoint, for messages. */
  public String name() {
    return name;
  }

  /** Whether this is the embedded engine (in memory, or in a sample's data directory). */
  public boolean isEmbedded() {
    return engine != null;
  }

  @Override
  public void close() throws Exception {
    owner.close();
  }
}
