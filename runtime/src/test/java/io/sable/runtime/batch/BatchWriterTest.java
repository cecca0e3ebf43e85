package io.sable.runtime.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Batch writes on the engine: chunks of 25 requests (API Reference, {@code BatchWriteItem}: "up to
 * 25 item put or delete operations"), {@code UnprocessedItems} retried until applied or the
 * deadline, and the rest reported, none lost and none applied twice. A {@link Throttling} client
 * leaves half of each call's requests unprocessed for as many calls as a test asks, as DynamoDB does
 * for a table over its throughput.
 */
class BatchWriterTest {
  private static final String TABLE = Reading.TABLE.tableName();
  private SableEngine engine;
  private Throttling dynamoDb;
  private final List<Reading> readings = new ArrayList<>();
  private final List<WriteRequest> puts = new ArrayList<>();

  @BeforeEach
  void create() {
    engine = SableEngine.create();
    dynamoDb = new Throttling(engine.dynamoDbClient(), TABLE);
    Reading.TABLE.create(engine.dynamoDbClient());
    for (int seq = 0; seq < 60; seq++) {
      Reading reading = new Reading("s", seq, "t");
      readings.add(reading);
      puts.add(WriteRequest.builder().putRequest(p -> p.item(Reading.SCHEMA.itemToMap(reading, true))).build());
    }
  }

  @AfterEach
  void close() {
    engine.close();
  }

  private Set<Reading> stored() {
    Set<Reading> stored = new HashSet<>();
    engine.dynamoDbClient().scanPaginator(b -> b.tableName(TABLE)).items()
        .forEach(item -> stored.add(Reading.SCHEMA.mapToItem(item)));
    return stored;
  }

  @Test
  void write_when60Requests_sendsThemIn25RequestChunks() {
    BatchWriteResult result = BatchWriter.write(dynamoDb, TABLE, puts, Duration.ZERO);
    assertThat(dynamoDb.callSizes).containsExactly(25, 25, 10);
    assertThat(result.complete()).isTrue();
    assertThat(stored()).containsExactlyInAnyOrderElementsOf(readings);
  }

  @Test
  void write_whenRequestsLeftUnprocessed_retriesThemUntilEveryRequestIsApplied() {
    dynamoDb.throttled = 3;
    BatchWriteResult result = BatchWriter.write(dynamoDb, TABLE, puts, Duration.ofSeconds(30));
    assertThat(result.complete()).isTrue();
    assertThat(stored()).containsExactlyInAnyOrderElementsOf(readings);
    // 12 of the first call's 25 go first in the second call; then 12 of 25, then 12 of 25 again.
    assertThat(dynamoDb.callSizes).startsWith(25, 25, 25);
    assertThat(dynamoDb.callSizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(60 + 13 + 13 + 13);
  }

  @Test
  void write_whenDeadlinePassesWithRequestsUnprocessed_reportsExactlyTheUnappliedOnes() {
    dynamoDb.throttled = Integer.MAX_VALUE;
    BatchWriteResult result = BatchWriter.write(dynamoDb, TABLE, puts, Duration.ofMillis(50));
    assertThat(result.complete()).isFalse();
    assertThat(result.unprocessed()).doesNotHaveDuplicates();
    Set<Reading> unapplied = new HashSet<>();
    result.unprocessed().forEach(r -> unapplied.add(Reading.SCHEMA.mapToItem(r.putRequest().item())));
    Set<Reading> stored = stored();
    assertThat(unapplied).doesNotContainAnyElementsOf(stored);
    Set<Reading> accounted = new HashSet<>(stored);
    accounted.addAll(unapplied);
    assertThat(accounted).containsExactlyInAnyOrderElementsOf(readings);
    assertThatThrownBy(result::throwIfIncomplete)
        .isInstanceOfSatisfying(UnprocessedWritesException.class,
            e -> assertThat(e.unprocessed()).isEqualTo(result.unprocessed()))
        .hasMessage(result.unprocessed().size() + " batch write requests are still unprocessed at the deadline");
  }

  @Test
  void write_whenDeadlineIsLongerThanNanosecondsCanCount_retriesAsUsual() {
    dynamoDb.throttled = 1;
    assertThat(BatchWriter.write(dynamoDb, TABLE, puts, Duration.ofDays(365L * 1000)).complete()).isTrue();
    assertThat(stored()).containsExactlyInAnyOrderElementsOf(readings);
  }

  @Test
  void write_whenDeadlineIsNegative_isRejectedBeforeAnyCall() {
    assertThatThrownBy(() -> BatchWriter.write(dynamoDb, TABLE, puts, Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("deadline must not be negative");
    assertThat(dynamoDb.callSizes).isEmpty();
  }

  @Test
  void putItemsAndDeleteItems_whenSameItemTwice_writeItOnceInsteadOfFailingTheBatch() {
    TableClient table = new TableClient(engine.dynamoDbClient(), Reading.TABLE);
    table.putItems(List.of(new Reading("x", 1, "old"), new Reading("x", 2, "a"), new Reading("x", 1, "old")),
        Reading.SCHEMA);
    Map<String, AttributeValue> first = Reading.SCHEMA.primaryKey(new Reading("x", 1, "old"));
    assertThat(table.getItem(first, Reading.SCHEMA)).contains(new Reading("x", 1, "old"));
    table.deleteItems(List.of(first, first));
    assertThat(table.getItem(first, Reading.SCHEMA)).isEmpty();
    assertThat(table.getItem(Reading.SCHEMA.primaryKey(new Reading("x", 2, "a")), Reading.SCHEMA)).isPresent();
  }
}
