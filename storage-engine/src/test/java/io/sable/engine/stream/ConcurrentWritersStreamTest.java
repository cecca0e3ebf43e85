package io.sable.engine.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * Exactly once and in order per item under concurrent writers: threads increment a counter in a
 * few shared items while shards roll over; every write's record must be found once, and each
 * item's records must count 1, 2, 3, ... in stream order, read with GetRecords and with a {@link
 * StreamSubscription} alike.
 */
class ConcurrentWritersStreamTest {
  private static final int THREADS = 8;
  private static final int WRITES_PER_THREAD = 400;
  private static final int ITEMS = 12;

  private final StreamFixture fixture = new StreamFixture(4);

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void records_whenWritersRaceOnSharedItems_areExactlyOnceAndInCommitOrderPerItem() throws Exception {
    String arn = fixture.createTable("counters", StreamViewType.NEW_AND_OLD_IMAGES);
    Map<String, List<Long>> committed = runWriters();

    List<Record> read = fixture.readAll(arn);
    List<Record> delivered = Collections.synchronizedList(new ArrayList<>());
    try (StreamSubscription subscription = StreamSubscription.builder(fixture.streams, arn)
        .batchSize(7).handler(delivered::addAll).build()) {
      subscription.poll();
    }

    assertThat(fixture.shards(arn).size()).as("shards rolled over mid-run").isGreaterThan(4);
    assertThat(countsPerItem(read)).isEqualTo(expected(committed));
    assertThat(countsPerItem(delivered)).isEqualTo(expected(committed));
    assertThat(read).extracting(r -> r.dynamodb().sequenceNumber()).doesNotHaveDuplicates();
  }

  // Each thread increments random items; what UpdateItem returned is what the stream must hold.
  private Map<String, List<Long>> runWriters() throws Exception {
    Map<String, List<Long>> committed = new HashMap<>();
    AtomicInteger writes = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Map<String, List<Long>>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        futures.add(pool.submit(() -> write(thread, writes)));
      }
      for (Future<Map<String, List<Long>>> future : futures) {
        future.get().forEach((key, counts) ->
            committed.computeIfAbsent(key, k -> new ArrayList<>()).addAll(counts));
      }
    } finally {
      pool.shutdownNow();
    }
    return committed;
  }

  private Map<String, List<Long>> write(int thread, AtomicInteger writes) {
    Map<String, List<Long>> committed = new HashMap<>();
    for (int i = 0; i < WRITES_PER_THREAD; i++) {
      String key = "item-" + ((thread * 7 + i * 5) % ITEMS);
      if (writes.incrementAndGet() % 320 == 0) {
        fixture.clock.advance(Duration.ofHours(1));
      }
      AttributeValue count = fixture.dynamoDb.updateItem(b -> b.tableName("counters")
          .key(Map.of("pk", AttributeValue.fromS(key)))
          .updateExpression("ADD #c :one SET writer = :w")
          .expressionAttributeNames(Map.of("#c", "count"))
          .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"),
              ":w", AttributeValue.fromN(Integer.toString(thread))))
          .returnValues(ReturnValue.UPDATED_NEW)).attributes().get("count");
      committed.computeIfAbsent(key, k -> new ArrayList<>()).add(Long.parseLong(count.n()));
    }
    return committed;
  }

  // Per item, the counts its records carry, in the order read (old image's count + 1 = new's).
  private static Map<String, List<Long>> countsPerItem(List<Record> records) {
    Map<String, List<Long>> counts = new HashMap<>();
    for (Record record : records) {
      Map<String, AttributeValue> oldImage = record.dynamodb().oldImage();
      long count = Long.parseLong(record.dynamodb().newImage().get("count").n());
      long before = oldImage.isEmpty() ? 0 : Long.parseLong(oldImage.get("count").n());
      assertThat(count).as("a record's images are consecutive").isEqualTo(before + 1);
      counts.computeIfAbsent(record.dynamodb().keys().get("pk").s(), k -> new ArrayList<>()).add(count);
    }
    return counts;
  }

  // 1..n per item, where n is how many writes the item took; also checks the writers saw each once.
  private static Map<String, List<Long>> expected(Map<String, List<Long>> committed) {
    Map<String, List<Long>> expected = new HashMap<>();
    committed.forEach((key, counts) -> {
      List<Long> sorted = counts.stream().sorted().toList();
      List<Long> oneToN = new ArrayList<>();
      for (long c = 1; c <= counts.size(); c++) {
        oneToN.add(c);
      }
      assertThat(sorted).as("UpdateItem returned each count once").isEqualTo(oneToN);
      expected.put(key, oneToN);
    });
    return expected;
  }
}
