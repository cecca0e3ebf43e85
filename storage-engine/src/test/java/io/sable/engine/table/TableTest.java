package io.sable.engine.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sable.engine.index.IndexDefinition;
import io.sable.engine.value.AttributeType;
import io.sable.engine.value.InvalidRequestException;
import io.sable.engine.value.Item;
import io.sable.engine.value.ItemKey;
import io.sable.engine.value.KeySchema;
import io.sable.engine.value.KeyValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;

class TableTest {
  private static final KeySchema KEYS = new KeySchema("pk", AttributeType.S, "sk", AttributeType.N);

  private static Table table(int partitions) {
    IndexDefinition byGroup =
        new IndexDefinition("byGroup", true, new KeySchema("g", AttributeType.S, null, null), ProjectionType.KEYS_ONLY, List.of());
    TableDefinition definition =
        new TableDefinition("t", KEYS, List.of(), BillingMode.PAY_PER_REQUEST, null, List.of(byGroup), Map.of(),
            CapacitySettings.ON_DEMAND, Map.of());
    return new Table(definition, partitions, Instant.EPOCH, "id");
  }

  private static Map<String, AttributeValue> item(String pk, int sk, Object... more) {
    Map<String, AttributeValue> item = new java.util.LinkedHashMap<>();
    item.put("pk", AttributeValue.fromS(pk));
    item.put("sk", AttributeValue.fromN(Integer.toString(sk)));
    for (int i = 0; i < more.length; i += 2) {
      item.put((String) more[i], (AttributeValue) more[i + 1]);
    }
    return item;
  }

  private static ItemKey key(Map<String, AttributeValue> item) {
    return KEYS.keyOfItem(item);
  }

  @Test
  void scan_whenManyPartitions_readsItemsInOneTotalKeyOrder() {
    Table table = table(8);
    for (int p = 0; p < 100; p++) {
      for (int s = 0; s < 3; s++) {
        Map<String, AttributeValue> item = item("p" + p, s);
        table.write(key(item), current -> Item.of(item));
      }
    }
    List<ItemKey> keys = new ArrayList<>();
    table.scan(null, 0, 1, null).forEachRemaining(entry -> keys.add(entry.getKey()));
    assertThat(keys).hasSize(300).isSorted();
    assertThat(table.itemCount()).isEqualTo(300);
    ItemKey middle = keys.get(150);
    Iterator<Map.Entry<ItemKey, Item>> rest = table.scan(null, 0, 1, middle);
    assertThat(rest.next().getKey()).isEqualTo(keys.get(151));
  }

  @Test
  void itemCollection_whenRead_isInSortKeyOrder() {
    Table table = table(4);
    for (int s : new int[] {5, -3, 12, 0}) {
      Map<String, AttributeValue> item = item("p", s);
      table.write(key(item), current -> Item.of(item));
    }
    List<String> sortKeys = new ArrayList<>();
    table.itemCollection(KeyValue.of(AttributeValue.fromS("p"))).values()
        .forEach(item -> sortKeys.add(item.attributes().get("sk").n()));
    assertThat(sortKeys).containsExactly("-3", "0", "5", "12");
  }

  @Test
  void write_whenIndexKeyHasWrongType_changesNeitherTableNorIndex() {
    Table table = table(2);
    Map<String, AttributeValue> good = item("p", 1, "g", AttributeValue.fromS("group"));
    table.write(key(good), current -> Item.of(good));
    Map<String, AttributeValue> bad = item("p", 1, "g", AttributeValue.fromN("1"));
    assertThatThrownBy(() -> table.write(key(bad), current -> Item.of(bad)))
        .isInstanceOf(InvalidRequestException.class);
    assertThat(table.get(key(good)).attributes()).isEqualTo(good);
    assertThat(table.index("byGroup").itemCount()).isEqualTo(1);
  }

  @Test
  void write_whenIndexKeyRemoved_dropsTheIndexEntry() {
    Table table = table(2);
    Map<String, AttributeValue> indexed = item("p", 1, "g", AttributeValue.fromS("group"));
    table.write(key(indexed), current -> Item.of(indexed));
    Map<String, AttributeValue> sparse = item("p", 1);
    table.write(key(sparse), current -> Item.of(sparse));
    assertThat(table.index("byGroup").itemCount()).isZero();
    table.write(key(sparse), current -> null);
    assertThat(table.itemCount()).isZero();
    assertThat(table.sizeBytes()).isZero();
  }

  @Test
  void write_whenManyThreadsIncrementOneItem_loseNoUpdate() throws Exception {
    Table table = table(16);
    Map<String, AttributeValue> start = item("counter", 0, "n", AttributeValue.fromN("0"));
    ItemKey key = key(start);
    table.write(key, current -> Item.of(start));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        futures.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 2_000; i++) {
                    table.write(
                        key,
                        current -> {
                          Map<String, AttributeValue> next = new java.util.HashMap<>(current.attributes());
                          int n = Integer.parseInt(current.attributes().get("n").n());
                          next.put("n", AttributeValue.fromN(Integer.toString(n + 1)));
                          return Item.of(next);
                        });
                  }
                }));
      }
      for (Future<?> future : futures) {
        future.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(table.get(key).attributes().get("n").n()).isEqualTo("8000");
  }
}
