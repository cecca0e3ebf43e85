package io.sable.engine.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.sable.engine.SableEngine;
import io.sable.engine.differential.EngineClientProvider;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;

/** The differential suites in this module reach the engine through HTTP, not in process. */
class HttpEngineClientProviderTest {
  @Test
  void client_whenProviderRegistered_reachesTheEngineThroughHttp() {
    try (SableEngine engine = SableEngine.create();
        DynamoDbClient client = EngineClientProvider.client(engine)) {
      client.createTable(b -> b.tableName("through-http")
          .billingMode(BillingMode.PAY_PER_REQUEST)
          .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build())
          .attributeDefinitions(AttributeDefinition.builder().attributeName("pk").attributeType("S").build()));
      client.putItem(b -> b.tableName("through-http").item(Map.of("pk", AttributeValue.fromS("a"))));

      assertThat(client).isNotSameAs(engine.dynamoDbClient());
      assertThat(java.lang.reflect.Proxy.isProxyClass(client.getClass())).isTrue();
      assertThat(engine.dynamoDbClient().scan(b -> b.tableName("through-http")).count()).isEqualTo(1);
    }
  }
}
