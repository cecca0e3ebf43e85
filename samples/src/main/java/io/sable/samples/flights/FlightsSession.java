package io.sable.samples.flights;

import io.sable.engine.SableEngine;
import io.sable.samples.flights.data.FlightData;
import io.sable.samples.flights.model.FlightsTable;
import java.io.PrintWriter;
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
 * The flights table on one backend: Sable's embedded engine (a fresh one, loaded with the sample
 * data) or a DynamoDB endpoint (DynamoDB Local, or AWS) where {@code load} has been run before.
 */
final class FlightsSession implements AutoCloseable {

  private final AutoCloseable backend;
  private final DynamoDbClient dynamoDb;
  private final FlightsTable table;

  private FlightsSession(AutoCloseable backend, DynamoDbClient dynamoDb, String tableName) {
    this.backend = backend;
    this.dynamoDb = dynamoDb;
    this.table = FlightsTable.of(dynamoDb, tableName);
  }

  /** A fresh embedded engine, empty. */
  static FlightsSession embedded(String tableName) {
    SableEngine engine = SableEngine.create();
    return new FlightsSession(engine, engine.dynamoDbClient(), tableName);
  }

  /**
   * A client of the endpoint. Credentials come from the default provider chain (environment,
   * profile, ...), or are placeholders when it has none, as DynamoDB Local accepts any.
   */
  static FlightsSession remote(URI endpoint, String region, String tableName) {
    DynamoDbClient client = DynamoDbClient.builder()
        .endpointOverride(endpoint)
        .region(Region.of(region))
        .credentialsProvider(credentials())
        .httpClientBuilder(ApacheHttpClient.builder())
        .build();
    return new FlightsSession(client, client, tableName);
  }

  private static AwsCredentialsProvider credentials() {
    return AwsCredentialsProviderChain.builder()
        .credentialsProviders(
            DefaultCredentialsProvider.builder().build(),
            StaticCredentialsProvider.create(AwsBasicCredentials.create("sable", "sable")))
        .reuseLastProviderEnabled(true)
        .build();
  }

  FlightsTable table() {
    return table;
  }

  /** Creates the table and loads both data files, reporting the time taken on {@code log}. */
  FlightsLoader.Counts createAndLoad(PrintWriter log, String backendName) {
    long start = System.nanoTime();
    table.create();
    FlightsLoader.Counts counts = FlightsLoader.load(table, FlightData.airports(), FlightData.flights());
    long millis = (System.nanoTime() - start) / 1_000_000;
    log.printf("loaded %d airports, %d flights and %d routes into %s in %d ms%n",
        counts.airports(), counts.flights(), counts.routes(), backendName, millis);
    log.flush();
    return counts;
  }

  @Override
  public void close() throws Exception {
    if (backend != dynamoDb) {
      dynamoDb.close();
    }
    backend.close();
  }
}
