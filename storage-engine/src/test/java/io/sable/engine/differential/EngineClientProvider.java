package io.sable.engine.differential;

import io.sable.engine.SableEngine;
import java.util.ServiceLoader;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * How the differential suites reach the engine: by default its in-process client; a module that
 * registers an implementation under {@code META-INF/services} (sable-server does, to go through
 * HTTP) replaces it, and the suites run unchanged.
 */
public interface EngineClientProvider {
  /** A client for {@code engine}; closing it releases whatever the provider started. */
  DynamoDbClient open(SableEngine engine);

  /** The registered provider's client, or the engine's in-process client if none is registered. */
  static DynamoDbClient client(SableEngine engine) {
    return ServiceLoader.load(EngineClientProvider.class)
        .findFirst()
        .map(provider -> provider.open(engine))
        .orElseGet(engine::dynamoDbClient);
  }
}
