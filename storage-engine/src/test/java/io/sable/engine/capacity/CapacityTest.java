package io.sable.engine.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import io.sable.engine.index.IndexDefinition;
import io.sable.engine.index.SecondaryIndex;
import io.sable.engine.table.CapacitySettings;
import io.sable.engine.table.Table;
import io.sable.engine.table.TableDefinition;
import io.sable.engine.value.AttributeType;
import io.sable.engine.value.Item;
import io.sable.engine.value.KeySchema;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;

/**
 * Capacity units by DynamoDB's rules (Developer Guide, "Item sizes and capacity unit consumption";
 * "Global secondary indexes", "Provisioned throughput considerations"; "Amazon DynamoDB
 * Transactions: How it works", "Capacity management for transactions").
 */
class CapacityTest {
  private static final KeySchema TABLE_KEY = new KeySchema("pk", AttributeType.S, null, null);
  private static final IndexDefinition BY_GROUP =
      new IndexDefinition("byGroup", true, new KeySchema("gk", AttributeType.S, null, null),
          ProjectionType.INCLUDE, List.of("p"));
  private static final IndexDefinition LOCAL =
      new IndexDefinition("byDate", false, new KeySchema("pk", AttributeType.S, "d", AttributeType.S),
          ProjectionType.KEYS_ONLY, List.of());

  private static Item item(Object... nameValues) {
    Map<String, AttributeValue> attributes = new LinkedHashMap<>();
    for (int i = 0; i < nameValues.length; i += 2) {
      attributes.put((String) nameValues[i], AttributeValue.fromS((String) nameValues[i + 1]));
    }
    return Item.of(attributes);
  }

  @ParameterizedTest(name = "{0} bytes: {1} WCU, {2} RCU strongly consistent, {3} eventually")
  @CsvSource({
    "0, 1, 1.0, 0.5",
    "1, 1, 1.0, 0.5",
    "500, 1, 1.0, 0.5",
    "1024, 1, 1.0, 0.5",
    "1025, 2, 1.0, 0.5",
    "1600, 2, 1.0, 0.5",
    "3500, 4, 1.0, 0.5",
    "4096, 4, 1.0, 0.5",
    "4097, 5, 2.0, 1.0",
    "10240, 10, 3.0, 1.5",
    "409600, 400, 100.0, 50.0"
  })
  void units_whenItemOfSize_roundUpPerKilobyteForWritesAndPerFourForReads(
      int bytes, int writeUnits, double strongReadUnits, double eventualReadUnits) {
    // "if you put or delete an item of 1.6 KB, DynamoDB rounds the item size up to 2 KB"; "if you
    // read an item that is 3.5 KB, DynamoDB rounds the item size to 4 KB"; an absent item still
    // costs one read unit (half, eventually consistent).
    assertThat(CapacityUnits.write(bytes)).isEqualTo(writeUnits);
    assertThat(CapacityUnits.read(bytes, true)).isEqualTo(strongReadUnits);
    assertThat(CapacityUnits.read(bytes, false)).isEqualTo(eventualReadUnits);
  }

  @Test
  void indexWrites_whenItemEntersLeavesOrChanges_followTheFiveDocumentedCases() {
    SecondaryIndex index = new SecondaryIndex(BY_GROUP, TABLE_KEY);
    String kilobyte = "x".repeat(1024);
    // Defines an indexed attribute: one write of the entry (pk, gk, p: 1 KB + 5 bytes: 2 WCU).
    assertThat(IndexWrites.units(index, null, item("pk", "a", "gk", "g", "p", kilobyte))).isEqualTo(2);
    // Changes the index key: delete the old entry and put the new one.
    assertThat(IndexWrites.units(index, item("pk", "a", "gk", "g"), item("pk", "a", "gk", "h"))).isEqualTo(2);
    // Deletes the indexed attribute: one write to delete the old entry.
    assertThat(IndexWrites.units(index, item("pk", "a", "gk", "g"), item("pk", "a"))).isEqualTo(1);
    // In the index neither before nor after: nothing.
    assertThat(IndexWrites.units(index, item("pk", "a"), item("pk", "a", "x", "1"))).isZero();
    // Changes a projected attribute only: one write.
    assertThat(IndexWrites.units(index, item("pk", "a", "gk", "g", "p", "1"), item("pk", "a", "gk", "g", "p", "2")))
        .isEqualTo(1);
    // Changes an attribute the index does not project: the entry is unchanged, nothing.
    assertThat(IndexWrites.units(index, item("pk", "a", "gk", "g", "x", "1"), item("pk", "a", "gk", "g", "x", "2")))
        .isZero();
  }

  private static Table table() {
    TableDefinition definition = new TableDefinition("orders", new KeySchema("pk", AttributeType.S, "d", AttributeType.S),
        List.of(), BillingMode.PAY_PER_REQUEST, null, List.of(BY_GROUP, LOCAL), Map.of(),
        CapacitySettings.ON_DEMAND, Map.of());
    return new Table(definition, 1, Instant.EPOCH, "id");
  }

  @Test
  void meter_whenIndexes_reportsTableAndEachIndexAndTheTotal() {
    // A transactional put of a 1.5 KB item in both indexes: table 2 x 2, byGroup 2 x 1, byDate 2 x 1.
    CapacityMeter meter = CapacityMeter.of("INDEXES");
    meter.write(table(), null, item("pk", "a", "d", "2025", "gk", "g", "x", "y".repeat(1500)), CapacityUnits.TRANSACTIONAL);
    ConsumedCapacity consumed = meter.single();
    assertThat(consumed.tableName()).isEqualTo("orders");
    assertThat(consumed.capacityUnits()).isEqualTo(8.0);
    assertThat(consumed.writeCapacityUnits()).isEqualTo(8.0);
    assertThat(consumed.readCapacityUnits()).isNull();
    assertThat(consumed.table().capacityUnits()).isEqualTo(4.0);
    assertThat(consumed.globalSecondaryIndexes().get("byGroup").capacityUnits()).isEqualTo(2.0);
    assertThat(consumed.localSecondaryIndexes().get("byDate").capacityUnits()).isEqualTo(2.0);
  }

  @Test
  void meter_whenTotal_reportsOnlyTheTotalPerTable() {
    CapacityMeter meter = CapacityMeter.of("TOTAL");
    meter.read(table(), 1.5);
    ConsumedCapacity consumed = meter.single();
    assertThat(consumed.capacityUnits()).isEqualTo(1.5);
    assertThat(consumed.readCapacityUnits()).isEqualTo(1.5);
    assertThat(consumed.table()).isNull();
    assertThat(consumed.hasGlobalSecondaryIndexes()).isFalse();
  }

  @Test
  void meter_whenNoneOrUnknown_reportsNothing() {
    for (String mode : new String[] {null, "NONE", "SOMETIMES"}) {
      CapacityMeter meter = CapacityMeter.of(mode);
      meter.read(table(), 1);
      assertThat(meter.enabled()).isFalse();
      assertThat(meter.byTable()).isEmpty();
      assertThat(meter.single()).isNull();
    }
  }

  @Test
  void meter_whenNone_neitherSizesTheItemsNorLooksUpTheTable() {
    // Sizing each index entry is a measurable part of every write, so a meter that reports nothing
    // skips it: a null table, which any measuring would dereference, goes unread.
    CapacityMeter meter = CapacityMeter.of(null);
    meter.write(null, item("pk", "a"), item("pk", "a", "gk", "g"), 1);
    meter.write(null, 2.0);
    meter.read(null, 1.0);
    assertThat(meter.byTable()).isEmpty();
  }
}
