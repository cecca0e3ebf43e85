package io.sable.engine.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.sable.engine.ManualClock;
import io.sable.engine.SableEngine;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.PointInTimeRecoveryDescription;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Random writes (puts and deletes of a few keys) at random times, with point-in-time recovery on
 * a 1-day period (so old changes are folded into the base image as the clock runs past days):
 * RestoreTableToPointInTime at random instants of the window restores exactly the model's state at
 * that instant (the state after every write at or before it).
 */
class PointInTimeRestorePropertyTest {
  private static final Instant START = Instant.parse("2026-12-01T00:00:00Z");

  /** One write: put (value >= 0) or delete (value < 0) of key {@code key}, then advance. */
  record Write(int key, int value, long advanceSeconds) {}

  @Provide
  Arbitrary<Write> writes() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 5),
            Arbitraries.integers().between(-3, 9),
            Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Arbitraries.longs().between(0, 2)),
                net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(1, 600)),
                net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(3_600, 12 * 3_600))))
        .as(Write::new);
  }

  @Property(tries = 150)
  void restoreTableToPointInTime_atRandomInstants_equalsTheModel(
      @ForAll @Size(max = 8) List<@net.jqwik.api.From("writes") Write> before,
      @ForAll @Size(min = 1, max = 60) List<@net.jqwik.api.From("writes") Write> after,
      @ForAll @Size(min = 1, max = 4) List<@DoubleRange(min = 0, max = 1) Double> instants) {
    ManualClock clock = new ManualClock(START);
    try (SableEngine engine = SableEngine.builder().clock(clock)
        .backupSettings(BackupSettings.IMMEDIATE).ttlSweepInterval(Duration.ZERO).build()) {
      DynamoDbClient dynamoDb = engine.dynamoDbClient();
      dynamoDb.createTable(b -> b.tableName("source").billingMode(BillingMode.PAY_PER_REQUEST)
          .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build())
          .attributeDefinitions(AttributeDefinition.builder().attributeName("pk")
              .attributeType(ScalarAttributeType.S).build()));
      TreeMap<String, Integer> model = new TreeMap<>();
      for (Write write : before) {
        apply(dynamoDb, model, write, clock);
      }
      dynamoDb.updateContinuousBackups(b -> b.tableName("source")
          .pointInTimeRecoverySpecification(p -> p.pointInTimeRecoveryEnabled(true)
              .recoveryPeriodInDays(1)));
      List<Instant> times = new ArrayList<>();
      List<Map<String, Integer>> states = new ArrayList<>();
      times.add(clock.instant());
      states.add(new TreeMap<>(model));
      for (Write write : after) {
        clock.advance(Duration.ofSeconds(write.advanceSeconds()));
        apply(dynamoDb, model, write, clock);
        times.add(clock.instant());
        states.add(new TreeMap<>(model));
      }
      PointInTimeRecoveryDescription window = dynamoDb.describeContinuousBackups(
          b -> b.tableName("source")).continuousBackupsDescription().pointInTimeRecoveryDescription();
      Instant earliest = window.earliestRestorableDateTime();
      long span = Duration.between(earliest, window.latestRestorableDateTime()).toMillis();
      for (int i = 0; i < instants.size(); i++) {
        Instant at = earliest.plusMillis(Math.round(span * instants.get(i)));
        String target = "restored" + i;
        dynamoDb.restoreTableToPointInTime(b -> b.sourceTableName("source")
            .targetTableName(target).restoreDateTime(at));
        assertThat(scan(dynamoDb, target)).as("restored at %s", at).isEqualTo(stateAt(times, states, at));
      }
    }
  }

  private static void apply(
      DynamoDbClient dynamoDb, TreeMap<String, Integer> model, Write write, ManualClock clock) {
    String key = "k" + write.key();
    if (write.value() < 0) {
      dynamoDb.deleteItem(b -> b.tableName("source").key(Map.of("pk", AttributeValue.fromS(key))));
      model.remove(key);
    } else {
      dynamoDb.putItem(b -> b.tableName("source").item(Map.of(
          "pk", AttributeValue.fromS(key), "v", AttributeValue.fromN(Integer.toString(write.value())))));
      model.put(key, write.value());
    }
  }

  // The state after the last write at or before at (several writes may share an instant).
  private static Map<String, Integer> stateAt(
      List<Instant> times, List<Map<String, Integer>> states, Instant at) {
    Map<String, Integer> state = states.get(0);
    for (int i = 0; i < times.size(); i++) {
      if (!times.get(i).isAfter(at)) {
        state = states.get(i);
      }
    }
    return state;
  }

  private static Map<String, Integer> scan(DynamoDbClient dynamoDb, String table) {
    Map<String, Integer> items = new TreeMap<>();
    dynamoDb.scanPaginator(b -> b.tableName(table)).items()
        .forEach(i -> items.put(i.get("pk").s(), Integer.parseInt(i.get("v").n())));
    return items;
  }
}
