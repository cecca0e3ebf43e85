package io.sable.dynoxide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** Starts the real dynoxide binary ({@link DynoxideBinary#locate()}) on loopback. */
class DynoxideTest {

  @Test
  void start_whenClientWritesAndReads_roundTripsAnItemOverLoopback() {
    try (Dynoxide dynoxide = Dynoxide.start();
        DynamoDbClient client = dynoxide.client()) {
      assertThat(dynoxide.endpoint().getHost()).isEqualTo("127.0.0.1");
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
  void start_whenTwoInstances_eachHasItsOwnDatabase() {
    try (Dynoxide first = Dynoxide.start();
        Dynoxide second = Dynoxide.start();
        DynamoDbClient firstClient = first.client();
        DynamoDbClient secondClient = second.client()) {
      firstClient.createTable(
          b ->
              b.tableName("only-in-first")
                  .billingMode(BillingMode.PAY_PER_REQUEST)
                  .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build())
                  .attributeDefinitions(
                      AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build()));

      assertThat(first.address()).isNotEqualTo(second.address());
      assertThat(secondClient.listTables().tableNames()).isEmpty();
    }
  }

  @Test
  void close_whenCalled_killsTheProcessAndStopsListening() throws Exception {
    Dynoxide dynoxide = Dynoxide.start();
    var address = dynoxide.address();
    try (DynamoDbClient client = dynoxide.client()) {
      assertThatThrownBy(() -> client.describeTable(b -> b.tableName("missing")))
          .isInstanceOf(ResourceNotFoundException.class);
    }
    dynoxide.close();

    assertThat(dynoxide.isAlive()).isFalse();
    assertThatThrownBy(() -> new Socket(address.getAddress(), address.getPort()).close())
        .isInstanceOf(ConnectException.class);
  }

  @Test
  void start_whenBinaryExitsAtOnce_failsWithItsOutput(@TempDir Path dir) throws IOException {
    Path broken = dir.resolve("dynoxide");
    Files.writeString(broken, "#!/bin/sh\necho 'cannot bind: permission denied'\nexit 1\n");
    Files.setPosixFilePermissions(broken, PosixFilePermissions.fromString("rwxr-xr-x"));

    assertThatThrownBy(() -> Dynoxide.start(broken))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("did not answer on loopback")
        .hasMessageContaining("cannot bind: permission denied");
  }
}
