package io.sable.engine.api;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sable.engine.SableEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * UpdateTable's {@code GlobalSecondaryIndexUpdates} {@code Update} actions that used to crash the
 * engine (HTTP 500 over the wire; found by the server's NoInternalErrorPropertyTest).
 */
class UpdateTableIndexUpdateTest {
  private final SableEngine engine = SableEngine.create();
  private final DynamoDbClient client = engine.dynamoDbClient();

  @BeforeEach
  void createTable() {
    client.createTable(b -> b.tableName("tbl2").billingMode(BillingMode.PAY_PER_REQUEST)
        .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH), k -> k.attributeName("sk").keyType(KeyType.RANGE))
        .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
            a -> a.attributeName("sk").attributeType(ScalarAttributeType.N),
            a -> a.attributeName("b").attributeType(ScalarAttributeType.N))
        .localSecondaryIndexes(l -> l.indexName("lsi")
            .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH), k -> k.attributeName("b").keyType(KeyType.RANGE))
            .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY))));
  }

  @AfterEach
  void close() {
    engine.close();
  }

  @Test
  void updateTable_whenUpdateNamesLocalIndex_rejectsIndexNotFound() {
    // A GlobalSecondaryIndexUpdate's Update names a global secondary index (API reference,
    // UpdateGlobalSecondaryIndexAction: "The name of the global secondary index to be updated");
    // a local one is no such index.
    assertThatThrownBy(() -> client.updateTable(b -> b.tableName("tbl2")
            .globalSecondaryIndexUpdates(u -> u.update(a -> a.indexName("lsi")))))
        .isInstanceOf(ResourceNotFoundException.class)
        .hasMessageStartingWith("Requested resource not found: Index: lsi not found");
  }
}
