package io.sable.samples;

import io.sable.engine.SableEngine;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
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
    return new Backend(engine, engine.dynamoDbClient(), engine.dynamoDbStreamsClient(), engine,
        "the embedded engine");
  }

  /**
   * A client of an endpoint. Credentials come from the default provider chain (environment,
   * profile, ...), or are placeholders when it has none, as DynamoDB Local accepts any.
   */
  public static Backend remote(URI endpoint, String region) {
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
        .httpClientBuilder(ApacheHttpClient.builder())
        .build();
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

  /** Whether this is the embedded engine, which starts empty in each run. */
  public boolean isEmbedded() {
    return engine != null;
  }

  @Override
  public void close() throws Exception {
    owner.close();
  }
}
