package io.sable.engine.capacity.throughput;

import static io.sable.engine.capacity.throughput.ThroughputFixture.admittedBeforeThrottle;
import static io.sable.engine.capacity.throughput.ThroughputFixture.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sable.engine.value.KeyValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;

/**
 * Partitions: at most 3,000 RCU and 1,000 WCU per second each, so per item too (Developer Guide,
 * "Partitions and data distribution" and "Best practices for designing and using partition keys
 * effectively"); adaptive capacity lets a hot partition use the table's unused throughput up to
 * that maximum (Developer Guide, "Adaptive capacity"); split for heat isolates hot key ranges but
 * not a single hot item or ever-increasing keys (Developer Guide, "Split for heat"); a partition
 * over its size splits (10 GB in DynamoDB, a small configured size here).
 */
class PartitionTest {
  private static final int TEN_KB = 10 * 1024;
  private ThroughputFixture fixture = new ThroughputFixture(CapacitySimulation.PROVISIONED);
  private final AtomicInteger next = new AtomicInteger();

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void putItem_toOneItem_isCappedAtOneThousandWcuPerSecondWhateverTheTableHas() {
    fixture.provisioned(1, 40_000, null);

    int admitted = admittedBeforeThrottle(5000, () -> fixture.put(item("hot", "s", 100)));

    assertThat(admitted).isEqualTo(1000);
    assertThatThrownBy(() -> fixture.put(item("hot", "s", 100)))
        .isInstanceOfSatisfying(
            ProvisionedThroughputExceededException.class,
            e ->
                assertThat(e.throttlingReasons().get(0).reason())
                    .isEqualTo("TableWriteKeyRangeThroughputExceeded"));
    fixture.clock.advance(Duration.ofSeconds(1));
    assertThat(admittedBeforeThrottle(5000, () -> fixture.put(item("hot", "s", 100))))
        .isEqualTo(1000);
  }

  @Test
  void putItem_toOneHotKey_borrowsTheTablesUnusedThroughputUpToThePartitionMaximum() {
    // 1 RCU and 1,000 WCU make 2 partitions of 500 WCU each. Without adaptive capacity one
    // partition key taking 1,000 WCU/s would spend its partition's 150,000 WCU of burst in 300
    // seconds; with it, the key takes the table's unused half for as long as it likes.
    fixture.provisioned(1, 1000, null);
    assertThat(fixture.engine.capacity().partitions("tbl", null)).hasSize(2);
    int throttled = 0;
    for (int second = 0; second < 400; second++) {
      throttled += 100 - admittedBeforeThrottle(100, () -> fixture.put(item("hot", "s", TEN_KB)));
      fixture.clock.advance(Duration.ofSeconds(1));
    }

    assertThat(throttled).isZero();
  }

  @Test
  void putItem_toTwoKeysOfOneHotPartition_splitsForHeatAndThenServesBoth() {
    fixture.provisioned(1, 3000, null);
    List<String> keys = twoKeysInOnePartition();
    int before = fixture.engine.capacity().partitions("tbl", null).size();

    int firstMinute = writeAtFullSpeed(keys, 60);
    writeAtFullSpeed(keys, 60);
    int thirdMinute = writeAtFullSpeed(keys, 60);

    assertThat(fixture.engine.capacity().partitions("tbl", null)).hasSize(before + 1);
    // 10 KB writes: 100 a second fill one partition's 1,000 WCU, 200 fill two.
    assertThat(firstMinute).isEqualTo(60 * 100);
    assertThat(thirdMinute).isEqualTo(60 * 200);
  }

  @Test
  void putItem_toOneHotItem_doesNotSplitForHeat() {
    fixture.provisioned(1, 3000, null);
    int before = fixture.engine.capacity().partitions("tbl", null).size();

    writeAtFullSpeed(List.of("hot"), 61);

    assertThat(fixture.engine.capacity().partitions("tbl", null)).hasSize(before);
  }

  @Test
  void putItem_withEverIncreasingSortKeys_doesNotSplitForHeat() {
    fixture.provisioned(1, 3000, null);
    int before = fixture.engine.capacity().partitions("tbl", null).size();
    for (int second = 0; second < 61; second++) {
      admittedBeforeThrottle(
          150, () -> fixture.put(item("series", String.format("%09d", next.getAndIncrement()), TEN_KB)));
      fixture.clock.advance(Duration.ofSeconds(1));
    }

    assertThat(fixture.engine.capacity().partitions("tbl", null)).hasSize(before);
  }

  @Test
  void putItem_pastThePartitionSize_splitsThePartitionBySize() {
    fixture.close();
    fixture = new ThroughputFixture(b -> b.partitionSizeLimit(100_000));
    fixture.provisioned(1, 1000, null);

    for (int i = 0; i < 300; i++) {
      fixture.put(item("p" + i, "s", 1000));
    }

    List<PartitionDescription> partitions = fixture.engine.capacity().partitions("tbl", null);
    assertThat(partitions.size()).isGreaterThanOrEqualTo(3);
    assertThat(partitions).allSatisfy(p -> assertThat(p.sizeBytes()).isLessThanOrEqualTo(100_000));
    assertThat(partitions.stream().mapToLong(PartitionDescription::sizeBytes).sum())
        .isEqualTo(300 * 1000);
  }

  @Test
  void putItem_toOneItemCollectionPastThePartitionSize_splitsBySortKey() {
    fixture.close();
    fixture = new ThroughputFixture(b -> b.partitionSizeLimit(100_000));
    fixture.provisioned(1, 1000, null);

    for (int i = 0; i < 300; i++) {
      fixture.put(item("one", String.format("%04d", i), 1000));
    }

    List<PartitionDescription> partitions = fixture.engine.capacity().partitions("tbl", null);
    assertThat(partitions).anySatisfy(p -> assertThat(p.startSortKey()).isNotNull());
    assertThat(partitions).allSatisfy(p -> assertThat(p.sizeBytes()).isLessThanOrEqualTo(100_000));
  }

  // Writes 10 KB items to the keys in turn, as fast as admitted, each second for `seconds`.
  private int writeAtFullSpeed(List<String> keys, int seconds) {
    int admitted = 0;
    for (int second = 0; second < seconds; second++) {
      for (String key : keys) {
        admitted += admittedBeforeThrottle(150, () -> fixture.put(item(key, "s", TEN_KB)));
      }
      fixture.clock.advance(Duration.ofSeconds(1));
    }
    return admitted;
  }

  // Two partition keys whose hashes fall in the same partition of table "tbl".
  private List<String> twoKeysInOnePartition() {
    List<PartitionDescription> partitions = fixture.engine.capacity().partitions("tbl", null);
    List<List<String>> byPartition = new ArrayList<>();
    partitions.forEach(p -> byPartition.add(new ArrayList<>()));
    for (int i = 0; ; i++) {
      String key = "k" + i;
      long hash = Integer.toUnsignedLong(KeyValue.of(AttributeValue.fromS(key)).hash());
      for (int p = 0; p < partitions.size(); p++) {
        if (hash >= partitions.get(p).startHash() && hash < partitions.get(p).endHash()) {
          byPartition.get(p).add(key);
          if (byPartition.get(p).size() == 2) {
            return byPartition.get(p);
          }
        }
      }
    }
  }
}
