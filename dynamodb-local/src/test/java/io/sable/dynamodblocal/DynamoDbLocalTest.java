package io.sable.dynamodblocal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Socket;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

class DynamoDbLocalTest {

  @Test
  void start_whenClientWritesAndReads_roundTripsAnItemOverLoopback() {
    try (DynamoDbLocal local = DynamoDbLocal.start();
        DynamoDbClient client = local.client()) {
      assertThat(local.endpoint().getHost()).isEqualTo("127.0.0.1");
      client.createTable(
          b ->
              b.tableName("things")
                  .billingMode(BillingMode.PAY_PER_REQUEST)
                  .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build())
                  .attributeDefinitions(
                      AttributeDefinition.builder()
                          .attributeName("pk")
                          .attributeType(ScalarAttributeType.S)
                          .build()));
      Map<String, AttributeValue> item = Map.of("pk", AttributeValue.fromS("a"), "n", AttributeValue.fromN("1"));
      client.putItem(b -> b.tableName("things").item(item));

      assertThat(client.getItem(b -> b.tableName("things").key(Map.of("pk", AttributeValue.fromS("a")))).item())
          .isEqualTo(item);
    }
  }

  @Test
  void close_whenCalled_stopsListening() throws Exception {
    DynamoDbLocal local = DynamoDbLocal.start();
    var address = local.address();
    try (DynamoDbClient client = local.client()) {
      assertThatThrownBy(() -> client.describeTable(b -> b.tableName("missing")))
          .isInstanceOf(ResourceNotFoundException.class);
    }
    local.close();

    assertThatThrownBy(() -> new Socket(address.getAddress(), address.getPort()).close())
        .isInstanceOf(java.net.ConnectException.class);
  }
}
