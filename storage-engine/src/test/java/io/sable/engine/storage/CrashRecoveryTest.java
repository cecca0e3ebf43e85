package io.sable.engine.storage;

import static io.sable.engine.storage.DurableEngines.createTable;
import static io.sable.engine.storage.DurableEngines.item;
import static io.sable.engine.storage.DurableEngines.key;
import static io.sable.engine.storage.DurableEngines.scan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sable.engine.ManualClock;
import io.sable.engine.SableEngine;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.IdempotentParameterMismatchException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/** Crashes (an engine abandoned without closing), torn and corrupt files, and the lock. */
class CrashRecoveryTest {
  @TempDir Path directory;
  @TempDir Path scratch;
  private final ManualClock clock = new ManualClock(DurableEngines.START);

  @Test
  void recover_whenLastTransactionRecordCutAtAnyByte_appliesAllOrNothing() throws IOException {
    SableEngine engine = DurableEngines.open(directory, clock);
    DynamoDbClient client = engine.dynamoDbClient();
    createTable(client, "orders");
    createTable(client, "stock");
    client.putItem(b -> b.tableName("orders").item(item("o", "1", "old")));
    client.putItem(b -> b.tableName("stock").item(item("s", "1", "10")));
    client.transactWriteItems(b -> b.transactItems(
        TransactWriteItem.builder().put(p -> p.tableName("orders").item(item("o", "2", "new"))).build(),
        TransactWriteItem.builder().update(u -> u.tableName("stock").key(key("s", "1"))
            .updateExpression("SET v = :v").expressionAttributeValues(Map.of(":v", AttributeValue.fromS("9")))).build(),
        TransactWriteItem.builder().delete(d -> d.tableName("orders").key(key("o", "1"))).build()));
    engine.durableStore().crash();
    Path segment = lastSegment(directory);
    byte[] log = Files.readAllBytes(segment);
    int lastRecord = lastRecordOffset(log);

    for (int cut = lastRecord; cut <= log.length; cut++) {
      Path copy = Files.createDirectory(scratch.resolve("cut-" + cut));
      copyDirectory(directory, copy);
      try (FileChannel channel = FileChannel.open(copy.resolve(segment.getFileName()), StandardOpenOption.WRITE)) {
        channel.truncate(cut);
      }
      try (SableEngine recovered = DurableEngines.open(copy, clock)) {
        List<Map<String, AttributeValue>> orders = scan(recovered.dynamoDbClient(), "orders");
        List<Map<String, AttributeValue>> stock = scan(recovered.dynamoDbClient(), "stock");
        if (cut == log.length) {
          assertThat(orders).as("cut at %d", cut).containsExactly(item("o", "2", "new"));
          assertThat(stock).as("cut at %d", cut).containsExactly(item("s", "1", "9"));
        } else {
          assertThat(orders).as("cut at %d", cut).containsExactly(item("o", "1", "old"));
          assertThat(stock).as("cut at %d", cut).containsExactly(item("s", "1", "10"));
        }
      }
    }
  }

  @Test
  void transactWriteItems_whenClientRequestTokenReplayedAfterCrash_isIdempotentWithinTenMinutes() {
    // Developer Guide, "Amazon DynamoDB Transactions: How it works", Idempotency: a token is valid
    // for 10 minutes after the request that uses it finishes.
    TransactWriteItemsRequest increment = TransactWriteItemsRequest.builder()
        .clientRequestToken("token-1")
        .transactItems(TransactWriteItem.builder().update(u -> u.tableName("orders").key(key("o", "1"))
            .updateExpression("ADD n :one").expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1")))).build())
        .build();
    SableEngine engine = DurableEngines.open(directory, clock);
    createTable(engine.dynamoDbClient(), "orders");
    engine.dynamoDbClient().transactWriteItems(increment);
    engine.durableStore().crash();

    SableEngine second = DurableEngines.open(directory, clock);
    second.dynamoDbClient().transactWriteItems(increment);
    assertThat(count(second)).isEqualTo("1");
    TransactWriteItemsRequest other = increment.toBuilder()
        .transactItems(TransactWriteItem.builder().delete(d -> d.tableName("orders").key(key("o", "1"))).build())
        .build();
    assertThatThrownBy(() -> second.dynamoDbClient().transactWriteItems(other))
        .isInstanceOf(IdempotentParameterMismatchException.class);
    second.close();

    clock.advance(Duration.ofMinutes(10).plusSeconds(1));
    try (SableEngine third = DurableEngines.open(directory, clock)) {
      third.dynamoDbClient().transactWriteItems(increment);
      assertThat(count(third)).isEqualTo("2");
    }
  }

  @Test
  void recover_whenLogTailTorn_cutsItAtTheLastGoodRecordWithOneLogLine() throws IOException {
    SableEngine engine = DurableEngines.open(directory, clock);
    createTable(engine.dynamoDbClient(), "orders");
    engine.dynamoDbClient().putItem(b -> b.tableName("orders").item(item("a", "1", "x")));
    engine.durableStore().crash();
    Path segment = lastSegment(directory);
    long goodLength = Files.size(segment);
    Files.write(segment, new byte[] {0, 0, 0, 40, 1, 2, 3, 4, 5, 6}, StandardOpenOption.APPEND);
    List<String> lines = new ArrayList<>();
    Handler handler = capture(lines);
    try (SableEngine recovered = DurableEngines.open(directory, clock)) {
      assertThat(scan(recovered.dynamoDbClient(), "orders")).containsExactly(item("a", "1", "x"));
    } finally {
      Logger.getLogger("io.sable.engine.storage").removeHandler(handler);
    }
    assertThat(lines).filteredOn(line -> line.contains("torn or corrupt record")).hasSize(1);
    assertThat(lines).filteredOn(line -> line.contains("torn or corrupt record")).first().asString()
        .contains(segment.getFileName().toString()).contains("at byte " + goodLength);
  }

  @Test
  void recover_whenARecordInTheMiddleIsCorrupt_failsNamingTheSegment() throws IOException {
    SableEngine engine = DurableEngines.open(directory, clock);
    createTable(engine.dynamoDbClient(), "orders");
    for (int i = 0; i < 10; i++) {
      String n = Integer.toString(i);
      engine.dynamoDbClient().putItem(b -> b.tableName("orders").item(item("a", n, "x")));
    }
    engine.durableStore().crash();
    Path segment = lastSegment(directory);
    byte[] log = Files.readAllBytes(segment);
    log[log.length / 2] ^= 0x55;
    Files.write(segment, log);

    assertThatThrownBy(() -> DurableEngines.open(directory, clock))
        .isInstanceOf(CorruptDataException.class)
        .hasMessageContaining(segment.toString())
        .hasMessageContaining("valid records follow it");
  }

  @Test
  void recover_whenSnapshotCorrupt_failsNamingTheFile() throws IOException {
    try (SableEngine engine = DurableEngines.open(directory, clock)) {
      createTable(engine.dynamoDbClient(), "orders");
      engine.dynamoDbClient().putItem(b -> b.tableName("orders").item(item("a", "1", "x")));
    }
    Path snapshot;
    try (Stream<Path> files = Files.list(directory)) {
      snapshot = files.filter(p -> p.getFileName().toString().endsWith(".snap")).findFirst().orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(snapshot);
    bytes[bytes.length - 10] ^= 0x01;
    Files.write(snapshot, bytes);

    assertThatThrownBy(() -> DurableEngines.open(directory, clock))
        .isInstanceOf(CorruptDataException.class)
        .hasMessageContaining("The snapshot " + snapshot + " is corrupt");
    // The failed start released the directory (no "in use" error); without the snapshot, the log
    // it replaced is missing, which is refused as well rather than starting empty.
    Files.delete(snapshot);
    assertThatThrownBy(() -> DurableEngines.open(directory, clock))
        .isInstanceOf(CorruptDataException.class)
        .hasMessageContaining("log records are missing");
  }

  @Test
  void build_whenDirectoryOpenByAnotherEngine_isRefused() {
    try (SableEngine first = DurableEngines.open(directory, clock)) {
      assertThatThrownBy(() -> DurableEngines.open(directory, clock))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("is in use by another Sable engine");
    }
    try (SableEngine again = DurableEngines.open(directory, clock)) {
      assertThat(again.durableStore().directory()).isEqualTo(directory);
    }
  }

  @Test
  void build_whenPeriodicDurability_keepsAcknowledgedWritesAcrossAProcessCrash() {
    SableEngine engine = DurableEngines.builder(directory, clock)
        .durability(Durability.periodic(Duration.ofMillis(10))).build();
    createTable(engine.dynamoDbClient(), "orders");
    for (int i = 0; i < 200; i++) {
      String n = Integer.toString(i);
      engine.dynamoDbClient().putItem(b -> b.tableName("orders").item(item("a", n, "x")));
    }
    engine.durableStore().crash();
    try (SableEngine recovered = DurableEngines.open(directory, clock)) {
      assertThat(scan(recovered.dynamoDbClient(), "orders")).hasSize(200);
    }
  }

  @Test
  void snapshot_whenLogGrowsPastTheLimit_truncatesTheLogAndKeepsTheData() throws IOException {
    SableEngine engine = DurableEngines.builder(directory, clock).snapshotLogBytes(4096).build();
    createTable(engine.dynamoDbClient(), "orders");
    for (int i = 0; i < 300; i++) {
      String n = Integer.toString(i);
      engine.dynamoDbClient().putItem(b -> b.tableName("orders").item(item("p" + (n.length()), n, "x".repeat(20))));
    }
    engine.durableStore().snapshot();
    engine.dynamoDbClient().deleteItem(b -> b.tableName("orders").key(key("p1", "7")));
    engine.durableStore().crash();
    try (Stream<Path> files = Files.list(directory)) {
      List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
      assertThat(names).filteredOn(n -> n.endsWith(".snap")).hasSize(1);
      assertThat(names).filteredOn(n -> n.endsWith(".log")).hasSizeLessThanOrEqualTo(2);
    }
    try (SableEngine recovered = DurableEngines.open(directory, clock)) {
      assertThat(scan(recovered.dynamoDbClient(), "orders")).hasSize(299);
    }
  }

  @Test
  void recover_whenTableDeletedAndRecreatedWithTheSameName_keepsOnlyTheNewTable() {
    SableEngine engine = DurableEngines.open(directory, clock);
    createTable(engine.dynamoDbClient(), "orders");
    engine.dynamoDbClient().putItem(b -> b.tableName("orders").item(item("a", "1", "old")));
    engine.dynamoDbClient().deleteTable(b -> b.tableName("orders"));
    createTable(engine.dynamoDbClient(), "orders");
    engine.dynamoDbClient().putItem(b -> b.tableName("orders").item(item("b", "1", "new")));
    engine.durableStore().crash();
    try (SableEngine recovered = DurableEngines.open(directory, clock)) {
      assertThat(scan(recovered.dynamoDbClient(), "orders")).containsExactly(item("b", "1", "new"));
    }
  }

  private static String count(SableEngine engine) {
    return engine.dynamoDbClient().getItem(b -> b.tableName("orders").key(key("o", "1"))).item().get("n").n();
  }

  static Path lastSegment(Path directory) throws IOException {
    List<Path> segments = LogReader.segments(directory);
    for (int i = segments.size() - 1; i >= 0; i--) {
      if (Files.size(segments.get(i)) > 0) {
        return segments.get(i);
      }
    }
    throw new IllegalStateException("no log");
  }

  static int lastRecordOffset(byte[] log) {
    int position = 0;
    int last = -1;
    while (position < log.length) {
      LogReader.LogRecord record = LogReader.parse(log, position);
      last = position;
      position = record.payloadOffset() + record.payloadLength();
    }
    return last;
  }

  static void copyDirectory(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.toList()) {
        if (!file.getFileName().toString().equals(DataDirectory.LOCK_FILE)) {
          Files.copy(file, to.resolve(file.getFileName()));
        }
      }
    }
  }

  private static Handler capture(List<String> lines) {
    Handler handler = new Handler() {
      @Override
      public void publish(LogRecord record) {
        lines.add(record.getMessage());
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    Logger.getLogger("io.sable.engine.storage").addHandler(handler);
    return handler;
  }
}
