package io.sable.benchmarks;

import io.sable.engine.SableEngine;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.dynamodb.services.local.embedded.DynamoDBEmbedded;
import software.amazon.dynamodb.services.local.shared.access.AmazonDynamoDBLocal;

/**
 * An in-process DynamoDB backend that a benchmark sends the same requests to: Sable's engine, or
 * DynamoDB Local 3.1.0 embedded ({@code DynamoDBEmbedded}, in memory, SQLite through sqlite4java,
 * no HTTP).
 */
public enum Backend {
  /** Sable's engine: {@code SableEngine.create().dynamoDbClient()}. */
  ENGINE("engine"),
  /**
   * DynamoDB Local's embedded client: {@code DynamoDBEmbedded.create(true).dynamoDbClient()}, telemetry
   * off (plain {@code create()} turns on DynamoDB Local's telemetry to AWS Pinpoint unless the
   * environment says {@code DDB_LOCAL_TELEMETRY=0}, and writes {@code dynamodb-local-metadata.json} into
   * the working directory).
   */
  DYNAMODB_LOCAL("dynamodb-local");

  private final String id;

  Backend(String id) {
    this.id = id;
  }

  /** The name used in JMH parameters and reports, such as {@code dynamodb-local}. */
  public String id() {
    return id;
  }

  /**
   * The backend named {@code id}.
   *
   * @throws IllegalArgumentException for an unknown name
   */
  public static Backend of(String id) {
    for (Backend backend : values()) {
      if (backend.id.equals(id)) {
        return backend;
      }
    }
    throw new IllegalArgumentException("Unknown backend '" + id + "': engine or dynamodb-local");
  }

  /**
   * Starts a fresh, empty instance; close it to free it: the engine's tables, or DynamoDB Local's
   * in-memory SQLite database, its SQLite thread and its job threads (which keep a JVM alive and,
   * left running, poll every instance's tables for TTL and stream work).
   */
  public Session open() {
    if (this == ENGINE) {
      SableEngine engine = SableEngine.create();
      return new Session(engine.dynamoDbClient(), engine::close);
    }
    AmazonDynamoDBLocal local = DynamoDBEmbedded.create(true); // true: telemetry disabled
    DynamoDbClient client = local.dynamoDbClient();
    return new Session(client, () -> {
      client.close();
      local.shutdownNow();
    });
  }

  /**
   * A running backend.
   *
   * @param client its in-process client
   * @param closer frees it
   */
  public record Session(DynamoDbClient client, Runnable closer) implements AutoCloseable {
    @Override
    public void close() {
      closer.run();
    }
  }
}
