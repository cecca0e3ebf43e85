package io.sable.engine.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sable.engine.SableEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Key attribute names and projected attribute names are limited to 255 bytes of UTF-8
 * ("Constraints in Amazon DynamoDB", Attributes), checked before anything else with the service
 * framework's message (scylladb/scylladb test_limits.py, run against DynamoDB:
 * "ValidationException.*25[56]" for table keys, attribute definitions, index keys and projections);
 * an index key schema naming one attribute as both keys fails with DynamoDB's message (nubo-db/
 * dynoxide create_table.rs, whose conformance suite runs against DynamoDB).
 */
class KeyAttributeNamesTest {
  // 128 two-byte characters: 128 characters, 256 bytes.
  private static final String LONG = "é".repeat(128);

  private final SableEngine engine = SableEngine.builder().build();
  private final DynamoDbClient dynamoDb = engine.dynamoDbClient();

  @AfterEach
  void close() {
    engine.close();
  }

  private static CreateTableRequest.Builder table(String hashKey) {
    return CreateTableRequest.builder().tableName("named").billingMode(BillingMode.PAY_PER_REQUEST)
        .keySchema(k -> k.attributeName(hashKey).keyType(KeyType.HASH))
        .attributeDefinitions(a -> a.attributeName(hashKey).attributeType(ScalarAttributeType.S));
  }

  @Test
  void createTable_whenKeyNameOver255Bytes_throwsLengthErrorForEachMember() {
    assertThatThrownBy(() -> dynamoDb.createTable(table(LONG).build()))
        .hasMessageStartingWith("2 validation errors detected: Value '" + LONG + "' at"
            + " 'attributeDefinitions.1.member.attributeName' failed to satisfy constraint: Member must"
            + " have length less than or equal to 255; Value '" + LONG + "' at"
            + " 'keySchema.1.member.attributeName' failed to satisfy constraint: Member must have length"
            + " less than or equal to 255");
    assertThat(dynamoDb.listTables().tableNames()).isEmpty();
  }

  @Test
  void createTable_whenKeyNameOf255Bytes_accepts() {
    String name = "é".repeat(127) + "x";
    dynamoDb.createTable(table(name).build());
    assertThat(dynamoDb.describeTable(b -> b.tableName("named")).table().keySchema().get(0).attributeName())
        .isEqualTo(name);
  }

  @Test
  void createTable_whenIndexKeyOrProjectedNameOver255Bytes_throwsLengthError() {
    assertThatThrownBy(() -> dynamoDb.createTable(table("pk")
            .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
                a -> a.attributeName("g").attributeType(ScalarAttributeType.S))
            .globalSecondaryIndexes(g -> g.indexName("byG").keySchema(k -> k.attributeName("g").keyType(KeyType.HASH))
                .projection(p -> p.projectionType(ProjectionType.INCLUDE).nonKeyAttributes("a", LONG)))
            .build()))
        .hasMessageStartingWith("1 validation error detected: Value '[a, " + LONG + "]' at"
            + " 'globalSecondaryIndexes.1.member.projection.nonKeyAttributes' failed to satisfy"
            + " constraint: Member must satisfy constraint: [Member must have length less than or equal"
            + " to 255, Member must have length greater than or equal to 1]");
  }

  @Test
  void updateTable_whenCreatedIndexKeyNameOver255Bytes_throwsLengthError() {
    dynamoDb.createTable(table("pk").build());
    assertThatThrownBy(() -> dynamoDb.updateTable(b -> b.tableName("named")
            .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S))
            .globalSecondaryIndexUpdates(GlobalSecondaryIndexUpdate.builder().create(c -> c.indexName("byLong")
                .keySchema(k -> k.attributeName(LONG).keyType(KeyType.HASH))
                .projection(p -> p.projectionType(ProjectionType.ALL))).build())))
        .hasMessageStartingWith("1 validation error detected: Value '" + LONG + "' at"
            + " 'globalSecondaryIndexUpdates.1.member.create.keySchema.1.member.attributeName' failed to"
            + " satisfy constraint: Member must have length less than or equal to 255");
  }

  @Test
  void createTable_whenLocalIndexUsesOneAttributeAsBothKeys_throwsDynamoDbsMessage() {
    assertThatThrownBy(() -> dynamoDb.createTable(table("pk")
            .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH), k -> k.attributeName("sk").keyType(KeyType.RANGE))
            .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
                a -> a.attributeName("sk").attributeType(ScalarAttributeType.S))
            .localSecondaryIndexes(l -> l.indexName("same").keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH),
                    k -> k.attributeName("pk").keyType(KeyType.RANGE))
                .projection(p -> p.projectionType(ProjectionType.ALL)))
            .build()))
        .hasMessageStartingWith(
            "Both the Hash Key and the Range Key element in the KeySchema have the same name");
  }
}
