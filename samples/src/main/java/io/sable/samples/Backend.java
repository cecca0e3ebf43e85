package io.sable.samples;

import io.sable.engine.SableEngine;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Where a sample's table lives: Sable's embedded engine (fresh and empty), or a DynamoDB endpoint
 * (DynamoDB Local, {@code serve}, or AWS).
 */
public final class Backend implements AutoCloseable {

  private final AutoCloseable owner;
  private final DynamoDbClient dynamoDb;
  private final String name;

  private Backend(AutoCloseable owner, DynamoDbClient dynamoDb, String name) {
    this.owner = owner;
    this.dynamoDb = dynamoDb;
    this.name = name;
  }

  /** A fresh embedded engine, empty. */
  public static Backend embedded() {
    SableEngine engine = SableEngine.create();
    return new Backend(engine, engine.dynamoDbClient(), "the embedded engine");
  }

  /**
   * A client of an endpoint. Credentials come from the default provider chain (environment,
   * profile, ...), or are placeholders when it has none, as DynamoDB Local accepts any.
   */
  public static Backend remote(URI endpoint, String region) {
    DynamoDbClient client = DynamoDbClient.builder()
        .endpointOverride(endpoint)
        .region(Region.of(region))
        .credentialsProvider(credentials())
        .httpClientBuilder(ApacheHttpClient.builder())
        .build();
    return new Backend(client, client, endpoint.toString());
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

  /** "the embedded engine" or the endpoint, for messages. */
  public String name() {
    return name;
  }

  /** Whether this is the embedded engine, which starts empty in each run. */
  public boolean isEmbedded() {
    return owner != dynamoDb;
  }

  @Override
  public void close() throws Exception {
    if (owner != dynamoDb) {
      dynamoDb.close();
    }
    owner.close();
  }
}
