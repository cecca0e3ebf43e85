package io.sable.runtime.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.sable.engine.ManualClock;
import io.sable.engine.SableEngine;
import io.sable.engine.capacity.throughput.CapacityMetric;
import io.sable.runtime.testing.Reading;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Batch retries against the engine's throughput model rather than a test double: a provisioned
 * table (or its global secondary index) runs out of capacity, the engine returns {@code
 * UnprocessedItems} / {@code UnprocessedKeys} as DynamoDB does (Developer Guide, "Batch operations":
 * "If DynamoDB returns any unprocessed items, you should retry the batch operation on those items"),
 * and the retry loop's backoff advances the engine's {@link ManualClock} through {@link
 * RetryClock#of}, so the buckets refill in engine time and no test sleeps.
 */
class BatchRetryOnEngineThrottlingTest {
  private static final String TABLE = Reading.TABLE.tableName();
  private static final Instant START = Instant.parse("2026-12-01T00:00:00Z");

  private final ManualClock clock = new ManualClock(START);
  private final SableEngine engine = SableEngine.builder().clock(clock).ttlSweepInterval(Duration.ZERO).build();
  private final DynamoDbClient dynamoDb = engine.dynamoDbClient();
  private final RetryClock retryClock = RetryClock.of(clock, clock::advance);

  @AfterEach
  void close() {
    engine.close();
  }

  private void createProvisioned(long read, long write, long gsiWrite) {
    CreateTableRequest request = Reading.TABLE.createTableRequest();
    dynamoDb.createTable(request.toBuilder()
        .billingMode(BillingMode.PROVISIONED)
        .provisionedThroughput(throughput(read, write))
        .globalSecondaryIndexes(request.globalSecondaryIndexes().stream()
            .map(gsi -> gsi.toBuilder().provisionedThroughput(throughput(read, gsiWrite)).build())
            .toList())
        .build());
  }

  private static ProvisionedThroughput throughput(long read, long write) {
    return ProvisionedThroughput.builder().readCapacityUnits(read).writeCapacityUnits(write).build();
  }

  /** {@code count} readings of sensors s0..s(count-1), all with tag "t": one GSI1 partition key. */
  private static List<Reading> readings(int count) {
    List<Reading> readings = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      readings.add(new Reading("s" + i, i, "t"));
    }
    return readings;
  }

  private static List<WriteRequest> puts(List<Reading> readings) {
    return readings.stream()
        .map(r -> WriteRequest.builder().putRequest(p -> p.item(Reading.SCHEMA.itemToMap(r, true))).build())
        .toList();
  }

  private List<Reading> stored() {
    List<Reading> stored = new ArrayList<>();
    dynamoDb.scanPaginator(b -> b.tableName(TABLE)).items().forEach(item -> stored.add(Reading.SCHEMA.mapToItem(item)));
    return stored;
  }

  private long writeThrottleEvents(String index) {
    return engine.capacity().metrics(TABLE, index).stream().mapToLong(CapacityMetric::writeThrottleEvents).sum();
  }

  @Test
  void write_whenTheTableRunsOutOfWriteCapacity_retriesInEngineTimeUntilEveryItemIsWritten() {
    // 1 WCU/s with 300 s of burst: 300 one-unit writes at once, then one a second.
    createProvisioned(100, 1, 1_000);
    List<Reading> readings = readings(400);

    BatchWriteResult result = BatchWriter.write(dynamoDb, TABLE, puts(readings), Duration.ofHours(1), retryClock);

    assertThat(result.complete()).isTrue();
    assertThat(stored()).containsExactlyInAnyOrderElementsOf(readings);
    assertThat(writeThrottleEvents(null)).isPositive();
    // The 100 writes past the burst need 100 s of refill at 1 WCU/s, waited on the engine clock.
    assertThat(Duration.between(START, clock.instant())).isBetween(Duration.ofSeconds(99), Duration.ofMinutes(10));
  }

  @Test
  void write_whenTheIndexPartitionRunsOutOfWriteCapacity_retriesTheBackPressuredItemsUntilWritten() {
    // The table has plenty; GSI1's one partition key "TAG#t" has 2 WCU/s (600 units of burst).
    createProvisioned(100, 1_000, 2);
    List<Reading> readings = readings(700);

    BatchWriteResult result = BatchWriter.write(dynamoDb, TABLE, puts(readings), Duration.ofHours(1), retryClock);

    assertThat(result.complete()).isTrue();
    assertThat(stored()).containsExactlyInAnyOrderElementsOf(readings);
    assertThat(writeThrottleEvents("GSI1")).isPositive();
    assertThat(Duration.between(START, clock.instant())).isGreaterThanOrEqualTo(Duration.ofSeconds(49));
  }

  @Test
  void write_whenTheDeadlinePassesInEngineTime_reportsTheUnwrittenItems() {
    createProvisioned(100, 1, 1_000);
    List<Reading> readings = readings(400);

    BatchWriteResult result = BatchWriter.write(dynamoDb, TABLE, puts(readings), Duration.ofSeconds(10), retryClock);

    assertThat(result.complete()).isFalse();
    assertThat(stored().size() + result.unprocessed().size()).isEqualTo(readings.size());
    assertThat(Duration.between(START, clock.instant())).isLessThanOrEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void read_whenTheTableRunsOutOfReadCapacity_retriesUnprocessedKeysUntilEveryKeyIsRead() {
    createProvisioned(1, 1_000, 1_000);
    List<Reading> readings = readings(800);
    assertThat(BatchWriter.write(dynamoDb, TABLE, puts(readings), Duration.ZERO).complete()).isTrue();
    List<Map<String, AttributeValue>> keys = readings.stream().map(Reading.SCHEMA::primaryKey).toList();

    // 1 RCU/s with 300 s of burst, half a unit per eventually consistent read: 600 reads, then 2 a second.
    BatchReader.Result result = BatchReader.read(dynamoDb, TABLE, keys, false, Duration.ofHours(1), retryClock);

    assertThat(result.complete()).isTrue();
    assertThat(result.items()).extracting(Reading.SCHEMA::mapToItem).containsExactlyInAnyOrderElementsOf(readings);
    assertThat(engine.capacity().metrics(TABLE, null).stream().mapToLong(CapacityMetric::readThrottleEvents).sum())
        .isPositive();
    assertThat(Duration.between(START, clock.instant())).isGreaterThanOrEqualTo(Duration.ofSeconds(99));
  }
}
