package io.sable.test.internal;

import io.sable.engine.SableEngine;
import io.sable.runtime.table.TableDefinition;
import io.sable.runtime.batch.BatchWriter;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Where a test class's tables live: a fresh in-process engine, or a DynamoDB endpoint named by
 * {@code sable.test.endpoint} / {@code SABLE_TEST_ENDPOINT}, where each test class gets its own
 * randomly prefixed tables so that runs and classes never share one (nor touch an existing table).
 */
public final class Backend implements AutoCloseable {

  /** The system property naming a DynamoDB endpoint; empty or absent for the in-process engine. */
  public static final String ENDPOINT_PROPERTY = "sable.test.endpoint";
  /** The environment variable read when the property is absent. */
  public static final String ENDPOINT_VARIABLE = "SABLE_TEST_ENDPOINT";
  /** The system property naming the endpoint's region; {@code us-east-1} unless set. */
  public static final String REGION_PROPERTY = "sable.test.region";
  /** The environment variable read when the region property is absent. */
  public static final String REGION_VARIABLE = "SABLE_TEST_REGION";

  /** One client per endpoint for the whole JVM: building an SDK client costs far more than a test. */
  private static final Map<URI, DynamoDbClient> ENDPOINT_CLIENTS = new ConcurrentHashMap<>();

  private final SableEngine engine;
  private final URI endpoint;
  private final DynamoDbClient client;
  private final String tablePrefix;

  private Backend(SableEngine engine, URI endpoint, DynamoDbClient client, String tablePrefix) {
    this.engine = engine;
    this.endpoint = endpoint;
    this.client = client;
    this.tablePrefix = tablePrefix;
  }

  /** The endpoint the property or variable names, if any. */
  public static Optional<URI> configuredEndpoint() {
    return setting(ENDPOINT_PROPERTY, ENDPOINT_VARIABLE).map(URI::create);
  }

  private static Optional<String> setting(String property, String variable) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      value = System.getenv(variable);
    }
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }

  /**
   * The configured endpoint, or else a new engine whose clock is {@code clock}, without background
   * Time to Live sweeps: expired items go when a test calls {@link #sweepExpiredItems()}.
   */
  public static Backend fromEnvironment(Clock clock) {
    Optional<URI> endpoint = configuredEndpoint();
    if (endpoint.isEmpty()) {
      SableEngine engine = SableEngine.builder().clock(clock).ttlSweepInterval(Duration.ZERO)
          .autoScalingInterval(Duration.ZERO).build();
      return new Backend(engine, null, engine.dynamoDbClient(), "");
    }
    DynamoDbClient client = ENDPOINT_CLIENTS.computeIfAbsent(endpoint.get(), Backend::endpointClient);
    String prefix = "sable_test_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()) + "_";
    return new Backend(null, endpoint.get(), client, prefix);
  }

  /**
   * A client of the endpoint: credentials from the default chain (environment, profile, ...), or
   * placeholders when it has none, as DynamoDB Local accepts any.
   */
  private static DynamoDbClient endpointClient(URI endpoint) {
    return DynamoDbClient.builder()
        .endpointOverride(endpoint)
        .region(Region.of(setting(REGION_PROPERTY, REGION_VARIABLE).orElse("us-east-1")))
        .credentialsProvider(AwsCredentialsProviderChain.builder()
            .credentialsProviders(DefaultCredentialsProvider.builder().build(),
                StaticCredentialsProvider.create(AwsBasicCredentials.create("sable", "sable")))
            .reuseLastProviderEnabled(true)
            .build())
        .httpClientBuilder(ApacheHttpClient.builder())
        .build();
  }

  /**
   * Deletes the items whose Time to Live has passed by the engine's clock.
   *
   * @return how many items were deleted
   * @throws IllegalStateException on an endpoint, where DynamoDB deletes expired items itself
   */
  public int sweepExpiredItems() {
    if (engine == null) {
      throw new IllegalStateException("Only Sable's engine sweeps expired items on demand; " + describe()
          + " deletes them itself, on its own clock");
    }
    return engine.sweepExpiredItems();
  }

  /** The in-process engine, or empty on an endpoint. */
  public Optional<SableEngine> engine() {
    return Optional.ofNullable(engine);
  }

  /** Whether this is the in-process engine. */
  public boolean isEngine() {
    return engine != null;
  }

  /** The endpoint, or empty for the engine. */
  public Optional<URI> endpoint() {
    return Optional.ofNullable(endpoint);
  }

  /** The client, unrecorded: for creating, clearing and seeding tables. */
  public DynamoDbClient client() {
    return client;
  }

  /** The name a table declared as {@code name} has here: itself on the engine, prefixed on an endpoint. */
  public String physicalName(String name) {
    return tablePrefix + name;
  }

  /** Creates the table under its physical name. */
  public void create(TableDefinition physical) {
    physical.create(client);
  }

  /**
   * Empties the table: on the engine by dropping and creating it again (microseconds), on an
   * endpoint by deleting its items (Scan and BatchWriteItem), far faster there than a new table.
   */
  public void reset(TableDefinition physical) {
    if (isEngine()) {
      client.deleteTable(b -> b.tableName(physical.tableName()));
      physical.create(client);
      return;
    }
    List<String> keyAttributes = new ArrayList<>();
    keyAttributes.add(physical.partitionKey());
    physical.sortKey().ifPresent(keyAttributes::add);
    Map<String, String> names = new HashMap<>();
    for (int i = 0; i < keyAttributes.size(); i++) {
      names.put("#k" + i, keyAttributes.get(i));
    }
    List<WriteRequest> deletes = new ArrayList<>();
    for (Map<String, AttributeValue> item : client.scanPaginator(b -> b.tableName(physical.tableName())
        .projectionExpression(String.join(", ", names.keySet())).expressionAttributeNames(names)).items()) {
      deletes.add(WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(item).build()).build());
    }
    BatchWriter.write(client, physical.tableName(), deletes, BatchWriter.DEFAULT_DEADLINE).throwIfIncomplete();
  }

  /** Deletes the table if it exists; on an endpoint, without waiting for DynamoDB to finish. */
  public void drop(String physicalName) {
    try {
      client.deleteTable(b -> b.tableName(physicalName));
    } catch (ResourceNotFoundException e) {
      // Already gone.
    }
  }

  /** A description for messages: {@code Sable's in-process engine} or {@code DynamoDB endpoint URL}. */
  public String describe() {
    return isEngine() ? "Sable's in-process engine" : "the DynamoDB endpoint " + endpoint;
  }

  /** Closes the engine; an endpoint's client is shared by the JVM and stays open. */
  @Override
  public void close() {
    if (engine != null) {
      engine.close();
    }
  }
}
