package io.sable.engine.storage;

import static io.sable.engine.storage.DurableEngines.createTable;
import static io.sable.engine.storage.DurableEngines.key;
import static io.sable.engine.storage.DurableEngines.scan;
import static org.assertj.core.api.Assertions.assertThat;

import io.sable.engine.ManualClock;
import io.sable.engine.SableEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Random sequences of writes, snapshots, clean restarts and crashes (an engine dropped without
 * closing): after every reopen, the engine holds exactly what an in-memory model of the
 * acknowledged writes holds.
 */
class DurabilityPropertyTest {
  private static final List<String> TABLES = List.of("alpha", "beta");

  sealed interface Op permits Put, Delete, Add, Transact, Snapshot, Restart {}

  record Put(String table, String pk, String sk, String value) implements Op {}

  record Delete(String table, String pk, String sk) implements Op {}

  record Add(String table, String pk, String sk, int amount) implements Op {}

  record Transact(String pk1, String sk1, String pk2, String value) implements Op {}

  record Snapshot() implements Op {}

  record Restart(boolean crash) implements Op {}

  @Property(tries = 40)
  void reopen_afterRandomWritesCloseOrCrash_equalsTheModel(
      @ForAll("ops") @Size(max = 40) List<Op> ops) throws IOException {
    Path directory = Files.createTempDirectory("sable-durability");
    ManualClock clock = new ManualClock(DurableEngines.START);
    Map<String, Map<String, Map<String, AttributeValue>>> model = new HashMap<>();
    TABLES.forEach(t -> model.put(t, new TreeMap<>()));
    SableEngine engine = DurableEngines.builder(directory, clock).snapshotLogBytes(2048).build();
    try {
      TABLES.forEach(t -> createTable(engine.dynamoDbClient(), t));
      SableEngine current = engine;
      for (Op op : ops) {
        if (op instanceof Restart restart) {
          if (restart.crash()) {
            current.durableStore().crash();
          } else {
            current.close();
          }
          current = DurableEngines.builder(directory, clock).snapshotLogBytes(2048).build();
          assertEquals(current, model);
        } else if (op instanceof Snapshot) {
          current.durableStore().snapshot();
        } else {
          apply(current.dynamoDbClient(), op, model);
        }
      }
      current.durableStore().crash();
      try (SableEngine last = DurableEngines.open(directory, clock)) {
        assertEquals(last, model);
      }
    } finally {
      try (Stream<Path> files = Files.walk(directory)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static void apply(DynamoDbClient client, Op op, Map<String, Map<String, Map<String, AttributeValue>>> model) {
    if (op instanceof Put put) {
      Map<String, AttributeValue> item = Map.of("pk", AttributeValue.fromS(put.pk()),
          "sk", AttributeValue.fromS(put.sk()), "v", AttributeValue.fromS(put.value()));
      client.putItem(b -> b.tableName(put.table()).item(item));
      model.get(put.table()).put(put.pk() + "/" + put.sk(), item);
    } else if (op instanceof Delete delete) {
      client.deleteItem(b -> b.tableName(delete.table()).key(key(delete.pk(), delete.sk())));
      model.get(delete.table()).remove(delete.pk() + "/" + delete.sk());
    } else if (op instanceof Add add) {
      client.updateItem(b -> b.tableName(add.table()).key(key(add.pk(), add.sk()))
          .updateExpression("ADD n :a")
          .expressionAttributeValues(Map.of(":a", AttributeValue.fromN(Integer.toString(add.amount())))));
      Map<String, AttributeValue> before = model.get(add.table()).get(add.pk() + "/" + add.sk());
      Map<String, AttributeValue> after = new HashMap<>(before == null ? key(add.pk(), add.sk()) : before);
      int n = before == null || !before.containsKey("n") ? 0 : Integer.parseInt(before.get("n").n());
      after.put("n", AttributeValue.fromN(Integer.toString(n + add.amount())));
      model.get(add.table()).put(add.pk() + "/" + add.sk(), Map.copyOf(after));
    } else if (op instanceof Transact t) {
      // Put into alpha and delete from beta, one transaction (distinct items: different tables).
      Map<String, AttributeValue> item = Map.of("pk", AttributeValue.fromS(t.pk1()),
          "sk", AttributeValue.fromS(t.sk1()), "v", AttributeValue.fromS(t.value()));
      client.transactWriteItems(b -> b.transactItems(
          TransactWriteItem.builder().put(p -> p.tableName("alpha").item(item)).build(),
          TransactWriteItem.builder().delete(d -> d.tableName("beta").key(key(t.pk2(), t.sk1()))).build()));
      model.get("alpha").put(t.pk1() + "/" + t.sk1(), item);
      model.get("beta").remove(t.pk2() + "/" + t.sk1());
    }
  }

  private static void assertEquals(SableEngine engine, Map<String, Map<String, Map<String, AttributeValue>>> model) {
    for (String table : TABLES) {
      Map<String, Map<String, AttributeValue>> actual = new TreeMap<>();
      for (Map<String, AttributeValue> item : scan(engine.dynamoDbClient(), table)) {
        actual.put(item.get("pk").s() + "/" + item.get("sk").s(), Map.copyOf(item));
      }
      assertThat(actual).as(table).isEqualTo(model.get(table));
    }
  }

  @Provide
  Arbitrary<List<Op>> ops() {
    Arbitrary<String> tables = Arbitraries.of(TABLES);
    Arbitrary<String> pks = Arbitraries.of("a", "b", "c");
    Arbitrary<String> sks = Arbitraries.of("1", "2", "3", "4");
    Arbitrary<String> values = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(30);
    Arbitrary<Op> op = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, Combinators.combine(tables, pks, sks, values).as(Put::new)),
        net.jqwik.api.Tuple.of(3, Combinators.combine(tables, pks, sks).as(Delete::new)),
        net.jqwik.api.Tuple.of(3, Combinators.combine(tables, pks, sks, Arbitraries.integers().between(-5, 5)).as(Add::new)),
        net.jqwik.api.Tuple.of(2, Combinators.combine(pks, sks, pks, values).as(Transact::new)),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(new Snapshot())),
        net.jqwik.api.Tuple.of(2, Arbitraries.of(true, false).map(Restart::new)));
    return op.list();
  }
}
