package io.sable.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

class SableEngineTest {
  private static void createTable(DynamoDbClient client, String name) {
    client.createTable(
        b ->
            b.tableName(name)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build())
                .attributeDefinitions(
                    AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build()));
  }

  @Test
  void dynamoDbClient_whenCalledTwice_sharesTablesAndNamesTheService() {
    try (SableEngine engine = SableEngine.create()) {
      DynamoDbClient client = engine.dynamoDbClient();
      createTable(client, "shared");
      client.close();
      assertThat(engine.dynamoDbClient().listTables().tableNames()).containsExactly("shared");
      assertThat(client.serviceName()).isEqualTo("dynamodb");
    }
  }

  @Test
  void builder_whenOptionsGiven_usesThemInArns() {
    try (SableEngine engine =
        SableEngine.builder().partitions(3).region("eu-west-1").accountId("123456789012").build()) {
      createTable(engine.dynamoDbClient(), "arns");
      assertThat(engine.dynamoDbClient().describeTable(b -> b.tableName("arns")).table().tableArn())
          .isEqualTo("arn:aws:dynamodb:eu-west-1:123456789012:table/arns");
      assertThat(engine.partitions()).isEqualTo(3);
    }
    assertThatThrownBy(() -> SableEngine.builder().partitions(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void close_whenCalled_dropsEveryTable() {
    SableEngine engine = SableEngine.create();
    createTable(engine.dynamoDbClient(), "gone");
    engine.close();
    assertThat(engine.dynamoDbClient().listTables().tableNames()).isEmpty();
  }

  @Test
  void errors_whenThrown_carryDynamoDbCodeStatusAndSdkFormattedMessage() {
    try (SableEngine engine = SableEngine.create()) {
      DynamoDbClient client = engine.dynamoDbClient();
      assertThatThrownBy(() -> client.getItem(b -> b.tableName("missing").key(Map.of("pk", AttributeValue.fromS("a")))))
          .isInstanceOfSatisfying(
              ResourceNotFoundException.class,
              e -> {
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ResourceNotFoundException");
                assertThat(e.statusCode()).isEqualTo(400);
                assertThat(e.getMessage())
                    .startsWith("Requested resource not found (Service: DynamoDb, Status Code: 400, Request ID: ");
              });
      createTable(client, "things");
      assertThatThrownBy(() -> client.putItem(b -> b.tableName("things").item(Map.of("pk", AttributeValue.fromN("1")))))
          .isExactlyInstanceOf(DynamoDbException.class)
          .satisfies(
              e -> {
                DynamoDbException error = (DynamoDbException) e;
                assertThat(error.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
                assertThat(error.awsErrorDetails().serviceName()).isEqualTo("DynamoDb");
                assertThat(error.awsErrorDetails().errorMessage())
                    .isEqualTo("One or more parameter values were invalid: Type mismatch for key");
              });
      client.putItem(b -> b.tableName("things").item(Map.of("pk", AttributeValue.fromS("a"))));
      assertThatThrownBy(
              () ->
                  client.putItem(
                      b -> b.tableName("things").item(Map.of("pk", AttributeValue.fromS("a"))).conditionExpression("attribute_not_exists(pk)")))
          .isInstanceOf(ConditionalCheckFailedException.class)
          .hasMessageStartingWith("The conditional request failed (Service: DynamoDb");
    }
  }

  @Test
  void legacyParameters_whenGiven_areTranslatedOntoExpressions() {
    try (SableEngine engine = SableEngine.create()) {
      DynamoDbClient client = engine.dynamoDbClient();
      createTable(client, "legacy");
      client.updateItem(
          b ->
              b.tableName("legacy")
                  .key(Map.of("pk", AttributeValue.fromS("a")))
                  .attributeUpdates(
                      Map.of(
                          "x",
                          software.amazon.awssdk.services.dynamodb.model.AttributeValueUpdate.builder()
                              .action("ADD")
                              .value(AttributeValue.fromN("2"))
                              .build())));
      assertThat(
              client
                  .getItem(b -> b.tableName("legacy").key(Map.of("pk", AttributeValue.fromS("a"))).attributesToGet("x"))
                  .item())
          .isEqualTo(Map.of("x", AttributeValue.fromN("2")));
      assertThat(
              client
                  .query(
                      b ->
                          b.tableName("legacy")
                              .keyConditions(
                                  Map.of(
                                      "pk",
                                      software.amazon.awssdk.services.dynamodb.model.Condition.builder()
                                          .comparisonOperator("EQ")
                                          .attributeValueList(AttributeValue.fromS("a"))
                                          .build())))
                  .count())
          .isEqualTo(1);
    }
  }

  @Test
  void unsupportedOperation_whenCalled_throwsUnsupportedOperationException() {
    try (SableEngine engine = SableEngine.create()) {
      assertThatThrownBy(() -> engine.dynamoDbClient().executeStatement(b -> b.statement("SELECT * FROM t")))
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }
}
