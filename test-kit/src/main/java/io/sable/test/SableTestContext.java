package io.sable.test;

import io.sable.engine.ManualClock;
import io.sable.engine.SableEngine;
import io.sable.runtime.observe.ObservedDynamoDbClient;
import io.sable.runtime.table.TableClass;
import io.sable.runtime.table.TableDefinition;
import io.sable.test.internal.Backend;
import io.sable.test.internal.Fixtures;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * One test class's Sable set-up: its backend (the in-process engine, or the endpoint named by
 * {@value #ENDPOINT_PROPERTY} / {@value #ENDPOINT_VARIABLE}), its tables, a recording client, a
 * clock and fixtures. {@link SableExtension} makes one per class annotated {@link SableTest} and
 * injects it, or any of its parts, into test fields and parameters.
 *
 * <p>Everything the tests reach through it (the client, tables and repositories) sends requests
 * through {@link #dynamoDbClient()}, which asks for {@code ReturnConsumedCapacity = INDEXES} and
 * records each request in {@link #recorder()}. Creating, clearing and seeding tables bypasses the
 * recorder.
 */
public final class SableTestContext implements AutoCloseable {

  /** The system property naming a DynamoDB endpoint, such as {@code http://127.0.0.1:8000}. */
  public static final String ENDPOINT_PROPERTY = Backend.ENDPOINT_PROPERTY;
  /** The environment variable naming a DynamoDB endpoint when the property is not set. */
  public static final String ENDPOINT_VARIABLE = Backend.ENDPOINT_VARIABLE;
  /** The system property naming the endpoint's region ({@code us-east-1} unless set). */
  public static final String REGION_PROPERTY = Backend.REGION_PROPERTY;

  private final Class<?> testClass;
  private final TableLifecycle lifecycle;
  /** Where each test class's clock starts (and, with a fresh table per test, each test's): {@value}. */
  public static final String CLOCK_START = "2024-01-01T00:00:00Z";

  private final ManualClock clock = new ManualClock(Instant.parse(CLOCK_START));
  private final Backend backend;
  private final List<TableClass<?>> tableClasses = new ArrayList<>();
  private final Map<Class<?>, TableDefinition> physical = new LinkedHashMap<>();
  private final Map<Class<?>, Object> tables = new LinkedHashMap<>();
  private final List<Fixtures.Target> seedTargets = new ArrayList<>();
  private final AccessPatternRecorder recorder;
  private final DynamoDbClient dynamoDb;
  private final List<String> fixtures;
  private boolean closed;

  SableTestContext(Class<?> testClass, List<Class<?>> tableTypes, TableLifecycle lifecycle, List<String> fixtures) {
    this.testClass = testClass;
    this.lifecycle = lifecycle;
    this.fixtures = List.copyOf(fixtures);
    this.backend = Backend.fromEnvironment(clock);
    Map<String, TableDefinition> byPhysicalName = new LinkedHashMap<>();
    for (Class<?> type : tableTypes) {
      TableClass<?> table = TableClass.of(type);
      TableDefinition definition = table.definition();
      TableDefinition physicalDefinition = definition.withTableName(backend.physicalName(definition.tableName()));
      tableClasses.add(table);
      physical.put(type, physicalDefinition);
      byPhysicalName.put(physicalDefinition.tableName(), definition);
    }
    this.recorder = new AccessPatternRecorder(byPhysicalName);
    this.dynamoDb = ObservedDynamoDbClient.wrap(backend.client(), ReturnConsumedCapacity.INDEXES, recorder);
    for (TableClass<?> table : tableClasses) {
      String name = physical.get(table.type()).tableName();
      tables.put(table.type(), table.open(dynamoDb, name));
      seedTargets.add(new Fixtures.Target(table, table.open(backend.client(), name), physical.get(table.type())));
    }
  }

  /** Creates the tables (and writes the fixtures) once for the class. */
  void beforeAll() {
    for (TableDefinition definition : physical.values()) {
      backend.create(definition);
    }
    if (lifecycle == TableLifecycle.PER_CLASS) {
      seedFixtures();
    }
  }

  /** Before each test: forget recorded requests; with {@link TableLifecycle#PER_TEST}, fresh tables and clock. */
  void beforeEach() {
    recorder.clear();
    if (lifecycle == TableLifecycle.PER_TEST) {
      clock.set(Instant.parse(CLOCK_START));
      resetTables();
      seedFixtures();
    }
  }

  private void seedFixtures() {
    for (String fixture : fixtures) {
      seed(fixture);
    }
  }

  /** The client the tests use: recording, asking for consumed capacity. */
  public DynamoDbClient dynamoDbClient() {
    return dynamoDb;
  }

  /** The backend's client, unrecorded and without {@code ReturnConsumedCapacity}. */
  public DynamoDbClient unrecordedDynamoDbClient() {
    return backend.client();
  }

  /** The class's clock, which the engine reads; it starts at {@link #CLOCK_START}. */
  public ManualClock clock() {
    return clock;
  }

  /**
   * Deletes, now, every item whose Time to Live attribute lies before the {@link #clock()}, as the
   * engine's background sweep would (the test kit's engine runs none, so expiry happens exactly when
   * a test asks for it). Only the engine can: on an endpoint the test is aborted (reported as
   * skipped), since DynamoDB deletes expired items on its own clock, typically within a few days.
   *
   * <pre>{@code
   * clock.advance(Duration.ofDays(31));
   * assertThat(sable.sweepExpiredItems()).isEqualTo(1);
   * }</pre>
   *
   * @return how many items were deleted
   */
  public int sweepExpiredItems() {
    Assumptions.assumeTrue(backend.isEngine(),
        () -> "Time to Live expiry on demand needs Sable's engine; " + backend.describe() + " deletes expired items"
            + " on its own clock");
    return backend.sweepExpiredItems();
  }

  /** The recorder of every request the tests send through {@link #dynamoDbClient()}. */
  public AccessPatternRecorder recorder() {
    return recorder;
  }

  /** Whether the tests run on Sable's in-process engine (no endpoint configured). */
  public boolean isEngine() {
    return backend.isEngine();
  }

  /**
   * The in-process engine the tests run on (its clock is {@link #clock()}), for what only the
   * engine offers, such as {@code engine().capacity()}; empty on a DynamoDB endpoint.
   */
  public Optional<SableEngine> engine() {
    return backend.engine();
  }

  /** The DynamoDB endpoint the tests run against, or empty on the engine. */
  public Optional<URI> endpoint() {
    return backend.endpoint();
  }

  /** The backend, for messages: {@code Sable's in-process engine} or {@code the DynamoDB endpoint URL}. */
  public String describeBackend() {
    return backend.describe();
  }

  /**
   * The generated table, on the recording client.
   *
   * @throws IllegalArgumentException if the class is not one of {@link SableTest#tables()}
   */
  public <T> T table(Class<T> tableClass) {
    Object table = tables.get(tableClass);
    if (table == null) {
      throw new IllegalArgumentException(tableClass.getName() + " is not among the test's tables " + tables.keySet());
    }
    return tableClass.cast(table);
  }

  /**
   * The repository of this class from one of the test's tables, on the recording client.
   *
   * @throws IllegalArgumentException if no table of the test has such a repository
   */
  public <R> R repository(Class<R> repositoryType) {
    return findRepository(repositoryType).orElseThrow(() -> new IllegalArgumentException(
        "No table of the test has a repository of type " + repositoryType.getName() + "; tables: " + tables.keySet()));
  }

  private <R> Optional<R> findRepository(Class<R> repositoryType) {
    return tableClasses.stream()
        .flatMap(table -> table.repositoryFrom(tables.get(table.type()), repositoryType).stream())
        .findFirst();
  }

  /** The table's name on the backend: as declared on the engine, with a random prefix on an endpoint. */
  public String tableName(Class<?> tableClass) {
    TableDefinition definition = physical.get(tableClass);
    if (definition == null) {
      throw new IllegalArgumentException(tableClass.getName() + " is not among the test's tables " + tables.keySet());
    }
    return definition.tableName();
  }

  /** The names of the test's tables on the backend, in the order {@link SableTest#tables()} lists them. */
  public List<String> tableNames() {
    return physical.values().stream().map(TableDefinition::tableName).toList();
  }

  /**
   * Writes a JSON fixture from the classpath, unrecorded: {@code "orders.json"} next to the test
   * class, {@code "/fixtures/orders.json"} from the classpath root. Its keys name tables (with
   * DynamoDB JSON items) or entities (with plain JSON objects, written through the entity's schema).
   *
   * @throws IllegalArgumentException if the resource is missing or malformed
   */
  public void seed(String resource) {
    InputStream json = testClass.getResourceAsStream(resource);
    if (json == null) {
      throw new IllegalArgumentException("No fixture " + resource + " on the classpath (relative to "
          + testClass.getPackageName() + " unless it starts with /)");
    }
    seed(json, resource);
  }

  /** Writes a JSON fixture from a stream, which is closed; see {@link #seed(String)}. */
  public void seed(InputStream json, String name) {
    Fixtures.write(Objects.requireNonNull(json, "json"), name, seedTargets, backend.client());
  }

  /** Empties every table of the test (see {@link TableLifecycle#PER_TEST}). */
  public void resetTables() {
    for (TableDefinition definition : physical.values()) {
      backend.reset(definition);
    }
  }

  /** Whether {@link #resolve(Class)} can supply this type. */
  boolean canResolve(Class<?> type) {
    return type == DynamoDbClient.class || type == ManualClock.class || type == Clock.class
        || type == SableTestContext.class || type == AccessPatternRecorder.class
        || tables.containsKey(type) || findRepository(type).isPresent();
  }

  /** The object of this type: client, clock, context, recorder, table or repository. */
  Object resolve(Class<?> type) {
    if (type == DynamoDbClient.class) {
      return dynamoDb;
    }
    if (type == ManualClock.class || type == Clock.class) {
      return clock;
    }
    if (type == SableTestContext.class) {
      return this;
    }
    if (type == AccessPatternRecorder.class) {
      return recorder;
    }
    return tables.containsKey(type) ? tables.get(type) : repository(type);
  }

  /** Drops the tables (on an endpoint without waiting) and closes the engine. Idempotent. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      for (TableDefinition definition : physical.values()) {
        backend.drop(definition.tableName());
      }
    } finally {
      backend.close();
    }
  }

  @Override
  public String toString() {
    return "SableTestContext[" + testClass.getSimpleName() + " on " + backend.describe() + ", tables "
        + physical.values().stream().map(TableDefinition::tableName).toList() + "]";
  }
}
