package io.sable.engine.storage;

import static io.sable.engine.storage.DurableEngines.createTable;
import static io.sable.engine.storage.DurableEngines.item;
import static io.sable.engine.storage.DurableEngines.key;
import static io.sable.engine.storage.DurableEngines.scan;
import static org.assertj.core.api.Assertions.assertThat;

import io.sable.engine.ManualClock;
import io.sable.engine.SableEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class DurableEngineTest {
  @TempDir Path directory;
  private final ManualClock clock = new ManualClock(DurableEngines.START);

  @Test
  void build_whenClosedAndReopened_keepsTablesAndItems() {
    try (SableEngine engine = DurableEngines.open(directory, clock)) {
      DynamoDbClient client = engine.dynamoDbClient();
      createTable(client, "orders");
      client.putItem(b -> b.tableName("orders").item(item("a", "1", "x")));
      client.putItem(b -> b.tableName("orders").item(item("b", "2", "y")));
      client.deleteItem(b -> b.tableName("orders").key(key("b", "2")));
    }
    try (SableEngine engine = DurableEngines.open(directory, clock)) {
      assertThat(engine.dynamoDbClient().listTables().tableNames()).containsExactly("orders");
      assertThat(scan(engine.dynamoDbClient(), "orders")).containsExactly(item("a", "1", "x"));
    }
  }

  @Test
  void build_whenCrashedAndReopened_keepsAcknowledgedWrites() {
    SableEngine crashed = DurableEngines.open(directory, clock);
    DynamoDbClient client = crashed.dynamoDbClient();
    createTable(client, "orders");
    for (int i = 0; i < 100; i++) {
      String n = Integer.toString(i);
      client.putItem(b -> b.tableName("orders").item(item("p" + (Integer.parseInt(n) % 7), n, "v" + n)));
    }
    crashed.durableStore().crash();
    try (SableEngine engine = DurableEngines.open(directory, clock)) {
      List<Map<String, AttributeValue>> items = scan(engine.dynamoDbClient(), "orders");
      assertThat(items).hasSize(100);
    }
  }

  @Test
  void close_whenNothingWasWrittenSinceTheSnapshotItStartedFrom_takesNoNewSnapshot() throws Exception {
    try (SableEngine engine = DurableEngines.open(directory, clock)) {
      createTable(engine.dynamoDbClient(), "orders");
      engine.dynamoDbClient().putItem(b -> b.tableName("orders").item(item("a", "1", "x")));
    }
    List<Path> written = SnapshotFile.list(directory);
    long modified = Files.getLastModifiedTime(written.get(0)).toMillis();

    try (SableEngine engine = DurableEngines.open(directory, clock)) {
      assertThat(scan(engine.dynamoDbClient(), "orders")).containsExactly(item("a", "1", "x"));
    }

    assertThat(SnapshotFile.list(directory)).isEqualTo(written);
    assertThat(Files.getLastModifiedTime(written.get(0)).toMillis()).isEqualTo(modified);
    try (SableEngine engine = DurableEngines.open(directory, clock)) {
      engine.dynamoDbClient().putItem(b -> b.tableName("orders").item(item("b", "2", "y")));
    }
    assertThat(SnapshotFile.list(directory)).as("a write is snapshotted at close").isNotEqualTo(written);
    try (SableEngine engine = DurableEngines.open(directory, clock)) {
      assertThat(scan(engine.dynamoDbClient(), "orders")).hasSize(2);
    }
  }
}
