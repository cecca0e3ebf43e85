package io.sable.runtime.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.sable.engine.SableEngine;
import io.sable.runtime.TableClient;
import io.sable.runtime.testing.Reading;
import io.sable.runtime.testing.Throttling;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Batch reads on the engine: chunks of 100 keys
 * (API Reference, {@code BatchGetItem}: "up to 100 items"), duplicates read once ("Provided list of item keys contains duplicates" otherwise), and
 * {@code UnprocessedKeys} retried until read or the deadline, the rest reported. DynamoDB leaves
 * keys unprocessed when a response passes 16 MB or a table is throttled; a wrapper of the engine's
 * client here ({@link Throttling}) leaves half of each call's keys unprocessed for as many calls as a
 * test asks.
 */
class BatchReaderTest {
  private static final String TABLE = Reading.TABLE.tableName();
  private SableEngine engine;
  private Throttling dynamoDb;
  private final List<Map<String, AttributeValue>> keys = new ArrayList<>();

  @BeforeEach
  void create() {
    engine = SableEngine.create();
    dynamoDb = new Throttling(engine.dynamoDbClient(), TABLE);
    Reading.TABLE.create(engine.dynamoDbClient());
    List<Reading> readings = new ArrayList<>();
    for (int seq = 0; seq < 250; seq++) {
      Reading reading = new Reading("s", seq, "t");
      keys.add(Reading.SCHEMA.primaryKey(reading));
      if (seq % 25 != 0) {
        readings.add(reading);
      }
    }
    new TableClient(engine.dynamoDbClient(), Reading.TABLE).putItems(readings, Reading.SCHEMA);
  }

  @AfterEach
  void close() {
    engine.close();
  }

  @Test
  void read_when250KeysWithDuplicates_readsEachOnceIn100KeyChunks() {
    List<Map<String, AttributeValue>> asked = new ArrayList<>(keys);
    asked.addAll(keys.subList(0, 5));
    BatchReader.Result result = BatchReader.read(dynamoDb, TABLE, asked, false, Duration.ZERO);
    assertThat(dynamoDb.callSizes).containsExactly(100, 100, 50);
    assertThat(result.items()).hasSize(240);
    assertThat(result.complete()).isTrue();
  }

  @Test
  void read_whenKeysLeftUnprocessed_retriesThemUntilEveryKeyIsRead() {
    dynamoDb.throttled = 3;
    BatchReader.Result result = BatchReader.read(dynamoDb, TABLE, keys, false, Duration.ofSeconds(30));
    assertThat(result.items()).hasSize(240);
    assertThat(result.unprocessedKeys()).isEmpty();
    // 50 keys left by the first call come first in the second.
    assertThat(dynamoDb.callSizes).startsWith(100, 100);
    assertThat(dynamoDb.callSizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(250 + 50 + 50 + 50);
  }

  @Test
  void read_whenDeadlinePassesWithKeysUnprocessed_reportsThemAndLosesNone() {
    dynamoDb.throttled = Integer.MAX_VALUE;
    BatchReader.Result result = BatchReader.read(dynamoDb, TABLE, keys, false, Duration.ofMillis(50));
    assertThat(result.complete()).isFalse();
    Set<Map<String, AttributeValue>> accounted = new HashSet<>(result.unprocessedKeys());
    result.items().forEach(item -> accounted.add(Map.of("PK", item.get("PK"), "SK", item.get("SK"))));
    Set<Map<String, AttributeValue>> existing = new HashSet<>(keys);
    for (int seq = 0; seq < 250; seq += 25) {
      existing.remove(keys.get(seq));
    }
    assertThat(accounted).containsAll(existing);
    assertThat(result.unprocessedKeys()).doesNotHaveDuplicates();
  }

  @Test
  void getItems_whenEntitiesExist_decodesThemAndSkipsAbsentKeys() {
    EntitiesRead<Reading> read = new TableClient(dynamoDb, Reading.TABLE)
        .getItems(keys.subList(0, 30), Reading.SCHEMA, Duration.ofSeconds(5));
    assertThat(read.entities()).hasSize(28).contains(new Reading("s", 1, "t"), new Reading("s", 29, "t"));
    assertThat(read.complete()).isTrue();
  }
}
