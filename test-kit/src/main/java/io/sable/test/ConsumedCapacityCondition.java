package io.sable.test;

import io.sable.runtime.table.TableDefinition;
import io.sable.test.internal.Backend;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;
import io.sable.runtime.observe.ConsumedCapacities;

/** The condition behind {@link EnabledIfConsumedCapacityReported}: a capability probe per backend and operation. */
final class ConsumedCapacityCondition implements ExecutionCondition {

  /** Probe results by backend ({@code engine}, or the endpoint) and operation. */
  private static final Map<String, Boolean> REPORTS = new ConcurrentHashMap<>();

  private static final ReturnConsumedCapacity TOTAL = ReturnConsumedCapacity.TOTAL;

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    Optional<EnabledIfConsumedCapacityReported> annotation = context.getElement()
        .flatMap(element -> AnnotationSupport.findAnnotation(element, EnabledIfConsumedCapacityReported.class));
    if (annotation.isEmpty()) {
      return ConditionEvaluationResult.enabled("not annotated");
    }
    String backend = Backend.configuredEndpoint().map(e -> "the DynamoDB endpoint " + e).orElse("Sable's in-process engine");
    for (String operation : annotation.get().value()) {
      if (!reports(operation)) {
        return ConditionEvaluationResult.disabled(backend + " reports no ConsumedCapacity for " + operation
            + " (yet): run with -D" + Backend.ENDPOINT_PROPERTY + "=URL of DynamoDB Local or DynamoDB to test it");
      }
    }
    return ConditionEvaluationResult.enabled(backend + " reports ConsumedCapacity for " + List.of(annotation.get().value()));
  }

  /** Whether the backend the tests run on reports capacity for this operation (probed once per JVM). */
  static boolean reports(String operation) {
    String key = Backend.configuredEndpoint().map(Object::toString).orElse("engine") + " " + operation;
    return REPORTS.computeIfAbsent(key, k -> probe(operation));
  }

  /** Whether one request of the operation, asking for {@code TOTAL}, comes back with {@code ConsumedCapacity}. */
  private static boolean probe(String operation) {
    try (Backend backend = Backend.fromEnvironment(MutableClock.atDefaultStart())) {
      TableDefinition table = TableDefinition.builder(backend.physicalName("capacity_probe"))
          .partitionKey("PK").sortKey(null).build();
      backend.create(table);
      try {
        return !ConsumedCapacities.of(send(backend.client(), table.tableName(), operation)).isEmpty();
      } finally {
        backend.drop(table.tableName());
      }
    }
  }

  private static DynamoDbResponse send(DynamoDbClient client, String table, String operation) {
    Map<String, AttributeValue> key = Map.of("PK", AttributeValue.fromS("probe"));
    return switch (operation) {
      case "GetItem" -> client.getItem(b -> b.tableName(table).key(key).returnConsumedCapacity(TOTAL));
      case "PutItem" -> client.putItem(b -> b.tableName(table).item(key).returnConsumedCapacity(TOTAL));
      case "Query" -> client.query(b -> b.tableName(table).keyConditionExpression("PK = :p")
          .expressionAttributeValues(Map.of(":p", key.get("PK"))).returnConsumedCapacity(TOTAL));
      case "Scan" -> client.scan(b -> b.tableName(table).returnConsumedCapacity(TOTAL));
      case "BatchGetItem" -> client.batchGetItem(b -> b.requestItems(
          Map.of(table, KeysAndAttributes.builder().keys(key).build())).returnConsumedCapacity(TOTAL));
      case "BatchWriteItem" -> client.batchWriteItem(b -> b.requestItems(Map.of(table, List.of(WriteRequest.builder()
          .putRequest(PutRequest.builder().item(key).build()).build()))).returnConsumedCapacity(TOTAL));
      default -> throw new IllegalArgumentException("@EnabledIfConsumedCapacityReported cannot probe " + operation
          + "; use GetItem, PutItem, Query, Scan, BatchGetItem or BatchWriteItem");
    };
  }
}
