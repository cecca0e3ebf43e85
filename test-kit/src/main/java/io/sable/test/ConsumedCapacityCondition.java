package io.sable.test;

import io.sable.runtime.table.TableDefinition;
import io.sable.test.internal.Backend;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/** The condition behind {@link EnabledIfConsumedCapacityReported}: a capability probe, run once per backend. */
final class ConsumedCapacityCondition implements ExecutionCondition {

  /** Probe results by backend: {@code engine}, or the endpoint. */
  private static final Map<String, Boolean> REPORTS = new ConcurrentHashMap<>();

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    String key = Backend.configuredEndpoint().map(Object::toString).orElse("engine");
    boolean reports = REPORTS.computeIfAbsent(key, k -> probe());
    String backend = key.equals("engine") ? "Sable's in-process engine" : "the DynamoDB endpoint " + key;
    return reports
        ? ConditionEvaluationResult.enabled(backend + " reports ConsumedCapacity")
        : ConditionEvaluationResult.disabled(backend + " reports no ConsumedCapacity (the engine does not compute"
            + " it yet): run with -D" + Backend.ENDPOINT_PROPERTY + "=URL of DynamoDB Local or DynamoDB to test capacity");
  }

  /** Whether one GetItem asking for {@code TOTAL} comes back with {@code ConsumedCapacity}. */
  static boolean probe() {
    try (Backend backend = Backend.fromEnvironment(MutableClock.atDefaultStart())) {
      TableDefinition table = TableDefinition.builder(backend.physicalName("capacity_probe"))
          .partitionKey("PK").sortKey(null).build();
      backend.create(table);
      try {
        return backend.client().getItem(b -> b.tableName(table.tableName())
                .key(Map.of("PK", AttributeValue.fromS("probe")))
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL))
            .consumedCapacity() != null;
      } finally {
        backend.drop(table.tableName());
      }
    }
  }
}
