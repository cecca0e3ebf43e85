package io.sable.engine.capacity.throughput;

import io.sable.engine.index.SecondaryIndex;
import io.sable.engine.table.Table;
import io.sable.engine.table.Tables;
import java.time.Instant;
import java.util.List;

/**
 * What the engine's throughput model knows about a table, by table name: its partitions, its
 * per-minute CloudWatch-style metrics and its Contributor Insights. Obtain it from {@code
 * SableEngine.capacity()}.
 *
 * <pre>{@code
 * SableEngine engine = SableEngine.builder().clock(clock).build();
 * // ... provisioned table "Orders", traffic ...
 * List<PartitionDescription> partitions = engine.capacity().partitions("Orders", null);
 * List<CapacityMetric> minutes = engine.capacity().metrics("Orders", "GSI1");
 * }</pre>
 *
 * <p>A table the model leaves out ({@link CapacitySimulation}) has no partitions or metrics: the
 * lists are empty. Thread-safe.
 */
public final class EngineCapacity {
  private final Tables tables;
  private final Throughput throughput;

  /** The view of {@code throughput} over {@code tables}. */
  public EngineCapacity(Tables tables, Throughput throughput) {
    this.tables = tables;
    this.throughput = throughput;
  }

  /** Which tables are throttled. */
  public CapacitySimulation simulation() {
    return throughput.simulation();
  }

  /**
   * The partitions of table {@code tableName}, or of its global secondary index {@code indexName}
   * (null: the table), in key order.
   *
   * @throws IllegalArgumentException if there is no such table or global secondary index
   */
  public List<PartitionDescription> partitions(String tableName, String indexName) {
    ResourceCapacity resource = modelled(table(tableName), indexName);
    return resource == null ? List.of() : resource.partitions(throughput.now());
  }

  /**
   * The per-minute metrics of table {@code tableName} or of its index {@code indexName} (null: the
   * table), oldest first, for the minutes with traffic, over the last 24 hours of engine time.
   *
   * @throws IllegalArgumentException if there is no such table or global secondary index
   */
  public List<CapacityMetric> metrics(String tableName, String indexName) {
    ResourceCapacity resource = modelled(table(tableName), indexName);
    return resource == null ? List.of() : resource.metrics();
  }

  /**
   * The top {@code limit} contributors of table {@code tableName} or its index {@code indexName}
   * since {@code from} (engine time), while Contributor Insights is on for it: partition keys
   * ({@code items} false) or partition key + sort key pairs, ranked by consumed capacity ({@code
   * throttled} false) or by throttle events.
   *
   * @throws IllegalArgumentException if there is no such table or global secondary index
   */
  public List<KeyContributor> topContributors(
      String tableName, String indexName, Instant from, boolean items, boolean throttled, int limit) {
    ResourceCapacity resource = modelled(table(tableName), indexName);
    if (resource == null) {
      return List.of();
    }
    long fromNanos = from.getEpochSecond() * 1_000_000_000L + from.getNano();
    return resource.topContributors(fromNanos, items, throttled, limit);
  }

  /**
   * Turns Contributor Insights on or off for table {@code tableName} or its index {@code indexName},
   * as {@code UpdateContributorInsights} does.
   *
   * @throws IllegalArgumentException if there is no such table or global secondary index
   */
  public void contributorInsights(String tableName, String indexName, boolean enabled) {
    throughput.contributorInsights(table(tableName), indexName, enabled);
  }

  // The model of the table or index, or null if the table is not modelled.
  private ResourceCapacity modelled(Table table, String indexName) {
    TableCapacity capacity = throughput.capacity(table);
    if (capacity == null) {
      return null;
    }
    return indexName == null
        ? capacity.table
        : throughput.indexResource(table, capacity, globalIndex(table, indexName));
  }

  /**
   * The global secondary index {@code indexName} of {@code table}.
   *
   * @throws IllegalArgumentException if it has none of that name
   */
  static SecondaryIndex globalIndex(Table table, String indexName) {
    SecondaryIndex index = table.index(indexName);
    if (index == null || !index.definition().global()) {
      throw new IllegalArgumentException(
          "table " + table.name() + " has no global secondary index " + indexName);
    }
    return index;
  }

  private Table table(String name) {
    Table table = tables.get(name);
    if (table == null) {
      throw new IllegalArgumentException("no table " + name);
    }
    return table;
  }
}
