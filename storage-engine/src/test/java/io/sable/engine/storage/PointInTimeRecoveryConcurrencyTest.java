package io.sable.engine.storage;

import static io.sable.engine.storage.DurableEngines.createTable;
import static io.sable.engine.storage.DurableEngines.item;
import static io.sable.engine.storage.DurableEngines.key;
import static org.assertj.core.api.Assertions.assertThat;

import io.sable.engine.ManualClock;
import io.sable.engine.SableEngine;
import io.sable.engine.backup.BackupSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Writers racing background snapshots (a small snapshotLogBytes) on a table with point-in-time
 * recovery, then a crash: the recovered history gives the same items at every instant and the
 * same changes, so each snapshot's copy of the history matched its log position (API Reference,
 * {@code RestoreTableToPointInTime}: a restore to any second of the window).
 */
class PointInTimeRecoveryConcurrencyTest {
  @TempDir Path directory;
  private final ManualClock clock = new ManualClock(DurableEngines.START);

  @Test
  void recover_afterConcurrentWritesAndSnapshots_keepsTheWholeHistory() throws Exception {
    Instant t0 = clock.instant();
    SableEngine engine = DurableEngines.builder(directory, clock)
        .backupSettings(BackupSettings.IMMEDIATE)
        .snapshotLogBytes(8 * 1024)
        .build();
    DynamoDbClient client = engine.dynamoDbClient();
    createTable(client, "orders");
    client.updateContinuousBackups(b -> b.tableName("orders")
        .pointInTimeRecoverySpecification(s -> s.pointInTimeRecoveryEnabled(true)));
    int phases = 4;
    int writers = 3;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      for (int phase = 0; phase < phases; phase++) {
        clock.advance(Duration.ofMinutes(1)); // the clock stands still while the writers write
        String value = "v" + phase;
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
          String pk = "w" + w;
          futures.add(pool.submit(() -> {
            for (int i = 0; i < 60; i++) {
              String sk = String.format("%03d", i);
              if ((i + value.hashCode()) % 7 == 0) {
                client.deleteItem(b -> b.tableName("orders").key(key(pk, sk)));
              } else {
                client.putItem(b -> b.tableName("orders").item(item(pk, sk, value)));
              }
            }
            return null;
          }));
        }
        for (Future<?> future : futures) {
          future.get();
        }
      }
    } finally {
      pool.shutdown();
    }
    clock.advance(Duration.ofMinutes(1));
    List<Object> before = history(engine, t0, phases);
    engine.durableStore().crash();

    try (SableEngine recovered = DurableEngines.builder(directory, clock)
        .backupSettings(BackupSettings.IMMEDIATE).build()) {
      assertThat(history(recovered, t0, phases)).isEqualTo(before);
      assertThat(recovered.pointInTimeRecovery().itemsAt("orders", clock.instant()))
          .hasSize(DurableEngines.scan(recovered.dynamoDbClient(), "orders").size());
    }
  }

  private static List<Object> history(SableEngine engine, Instant t0, int phases) {
    List<Object> history = new ArrayList<>();
    Instant end = t0.plus(Duration.ofMinutes(phases + 1));
    for (Instant t = t0; !t.isAfter(end); t = t.plusSeconds(30)) {
      history.add(engine.pointInTimeRecovery().itemsAt("orders", t));
    }
    history.add(engine.pointInTimeRecovery().changesBetween("orders", t0, end));
    return history;
  }
}
