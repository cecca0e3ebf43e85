package io.sable.engine.capacity.throughput;

import io.sable.engine.capacity.CapacityUnits;
import io.sable.engine.capacity.IndexWrites;
import io.sable.engine.index.SecondaryIndex;
import io.sable.engine.table.CapacitySettings;
import io.sable.engine.table.ItemMutation;
import io.sable.engine.table.Table;
import io.sable.engine.value.Item;
import io.sable.engine.value.ItemKey;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;

/**
 * The engine's throughput gate: every item operation asks it whether it may run (admission) and
 * tells it what it consumed (charge), so that tables are throttled as DynamoDB throttles them
 * ({@link ResourceCapacity} has the rules). Tables the {@link CapacitySimulation} leaves out cost
 * one map-free check per operation. Thread-safe.
 *
 * <p>Admission happens before the operation and charging after it, with the units the operation
 * actually consumed ({@link CapacityUnits}): a request is admitted while its table, index and
 * partition have tokens left, and may then leave them in debt. A write is admitted against its
 * table first and, once the new item is known, against every global secondary index it changes: a
 * throttled index throttles the write to its table (Developer Guide, "Global secondary indexes",
 * "Provisioned throughput considerations": "If a GSI has insufficient write capacity, write
 * throttling on the base table").
 */
public final class Throughput {
  private final CapacitySimulation simulation;
  private final Clock clock;
  private final String arnPrefix;
  private final long partitionSizeLimit;
  private final Map<Table, TableCapacity> tables = new ConcurrentHashMap<>();

  /**
   * A gate.
   *
   * @param arnPrefix {@code arn:aws:dynamodb:<region>:<account>:table/}
   * @param partitionSizeLimit the bytes past which a partition splits ({@link
   *     CapacityLimits#PARTITION_BYTES} in DynamoDB)
   */
  public Throughput(
      CapacitySimulation simulation, Clock clock, String arnPrefix, long partitionSizeLimit) {
    this.simulation = simulation;
    this.clock = clock;
    this.arnPrefix = arnPrefix;
    this.partitionSizeLimit = partitionSizeLimit;
  }

  /** Which tables are throttled. */
  public CapacitySimulation simulation() {
    return simulation;
  }

  /** Whether {@code table} is throttled (and metered) under this gate's {@link CapacitySimulation}. */
  public boolean simulates(Table table) {
    switch (simulation) {
      case OFF:
        return false;
      case ALL:
        return true;
      default:
        if (table.definition().billingMode() == BillingMode.PROVISIONED) {
          return true;
        }
        if (throughputOf(table, null).hasOnDemandMaximum()) {
          return true;
        }
        for (SecondaryIndex index : table.indexes()) {
          if (index.definition().global() && throughputOf(table, index).hasOnDemandMaximum()) {
            return true;
          }
        }
        return false;
    }
  }

  /**
   * Admits a read of {@code key} (a table key, or an index key when {@code index} is not null)
   * that fails the whole request if refused.
   *
   * @throws ThrottledException if the table, index or partition is out of throughput
   */
  public void read(Table table, SecondaryIndex index, ItemKey key) {
    Throttle throttle = admit(table, index, key, false, true);
    if (throttle != null) {
      throw new ThrottledException(throttle);
    }
  }

  /**
   * Admits a read of one item of a batch: a refusal only leaves the item unprocessed.
   *
   * @return {@code null} if admitted, else why not
   */
  public Throttle tryRead(Table table, ItemKey key) {
    return admit(table, null, key, false, false);
  }

  /** Charges {@code units} RCU read at {@code key} (of {@code index}, or of the table if null). */
  public void chargeRead(Table table, SecondaryIndex index, ItemKey key, double units) {
    ResourceCapacity resource = resource(table, index);
    if (resource != null) {
      resource.charge(key, false, units, 0, now());
    }
  }

  /**
   * Admits a write of {@code key} to {@code table} (its global secondary indexes are checked by
   * {@link #guard} once the new item is known).
   *
   * @param wholeRequest whether a refusal fails the request (else it leaves a batch item
   *     unprocessed)
   * @return {@code null} if admitted, else why not
   */
  public Throttle tryWrite(Table table, ItemKey key, boolean wholeRequest) {
    return admit(table, null, key, true, wholeRequest);
  }

  /**
   * Admits a write that fails the whole request if refused.
   *
   * @throws ThrottledException if refused
   */
  public void write(Table table, ItemKey key) {
    Throttle throttle = tryWrite(table, key, true);
    if (throttle != null) {
      throw new ThrottledException(throttle);
    }
  }

  /**
   * Wraps a single-item write (run under its partition lock) so that it is admitted against the
   * global secondary indexes it changes and charged once it has computed the new item: write
   * capacity for the larger of the old and new item times {@code factor}, each index's {@link
   * IndexWrites}, and, for a failed condition, the write DynamoDB charges anyway (Developer Guide,
   * "Condition expressions": a failed conditional write still consumes write capacity).
   * Returns {@code mutation} itself for a table the gate does not simulate.
   *
   * @param wholeRequest whether an index refusal fails the request (else the {@link
   *     ThrottledException} it throws leaves a batch item unprocessed)
   */
  public ItemMutation guard(
      Table table, ItemKey key, ItemMutation mutation, int factor, boolean wholeRequest) {
    TableCapacity capacity = capacity(table);
    if (capacity == null) {
      return mutation;
    }
    return current -> {
      Item next;
      try {
        next = mutation.apply(current);
      } catch (ConditionalCheckFailedException e) {
        long now = now();
        int size = current == null ? 0 : current.sizeBytes();
        capacity.table.charge(key, true, (double) CapacityUnits.write(size) * factor, 0, now);
        throw e;
      }
      admitIndexes(table, capacity, current, next, wholeRequest);
      charge(table, capacity, key, current, next, factor);
      return next;
    };
  }

  /**
   * Charges a write done outside {@link #guard} (a transaction's): as there, for {@code before}
   * becoming {@code after}, times {@code factor}.
   */
  public void chargeWrite(Table table, ItemKey key, Item before, Item after, int factor) {
    TableCapacity capacity = capacity(table);
    if (capacity != null) {
      charge(table, capacity, key, before, after, factor);
    }
  }

  private void admitIndexes(
      Table table, TableCapacity capacity, Item before, Item after, boolean wholeRequest) {
    if (capacity.indexes.isEmpty() && !hasGlobalIndex(table)) {
      return;
    }
    long now = now();
    for (SecondaryIndex index : table.indexes()) {
      if (!index.definition().global() || IndexWrites.units(index, before, after) == 0) {
        continue;
      }
      ResourceCapacity resource = indexResource(table, capacity, index);
      ItemKey entry = indexEntry(index, before, after);
      Throttle throttle = resource.admit(entry, true, wholeRequest, now);
      if (throttle != null) {
        throw new ThrottledException(throttle);
      }
    }
  }

  private void charge(
      Table table, TableCapacity capacity, ItemKey key, Item before, Item after, int factor) {
    long now = now();
    int beforeSize = before == null ? 0 : before.sizeBytes();
    int afterSize = after == null ? 0 : after.sizeBytes();
    capacity.table.charge(
        key,
        true,
        (double) CapacityUnits.write(Math.max(beforeSize, afterSize)) * factor,
        afterSize - beforeSize,
        now);
    for (SecondaryIndex index : table.indexes()) {
      if (!index.definition().global()) {
        continue;
      }
      int units = IndexWrites.units(index, before, after);
      if (units > 0) {
        ResourceCapacity resource = indexResource(table, capacity, index);
        long delta =
            (after == null ? 0 : entrySize(index, after)) - (before == null ? 0 : entrySize(index, before));
        resource.charge(indexEntry(index, before, after), true, (double) units * factor, delta, now);
      }
    }
  }

  private static int entrySize(SecondaryIndex index, Item item) {
    return index.accepts(item.attributes()) ? index.entrySize(item.attributes()) : 0;
  }

  // The index entry a write touches: the new one, or the old one for an item leaving the index.
  private static ItemKey indexEntry(SecondaryIndex index, Item before, Item after) {
    ItemKey entry = after == null ? null : index.indexKey(after.attributes(), null);
    if (entry == null && before != null) {
      entry = index.indexKey(before.attributes(), null);
    }
    return entry;
  }

  private static boolean hasGlobalIndex(Table table) {
    for (SecondaryIndex index : table.indexes()) {
      if (index.definition().global()) {
        return true;
      }
    }
    return false;
  }

  private Throttle admit(
      Table table, SecondaryIndex index, ItemKey key, boolean write, boolean wholeRequest) {
    ResourceCapacity resource = resource(table, index);
    return resource == null ? null : resource.admit(key, write, wholeRequest, now());
  }

  private ResourceCapacity resource(Table table, SecondaryIndex index) {
    TableCapacity capacity = capacity(table);
    if (capacity == null) {
      return null;
    }
    // Local secondary indexes share their table's throughput (Developer Guide, "Local secondary
    // indexes", "Provisioned throughput considerations").
    return index == null || !index.definition().global()
        ? capacity.table
        : indexResource(table, capacity, index);
  }

  ResourceCapacity indexResource(Table table, TableCapacity capacity, SecondaryIndex index) {
    return capacity.indexes.computeIfAbsent(
        index.definition().name(),
        name -> {
          ResourceCapacity resource =
              new ResourceCapacity(
                  arnPrefix + table.name() + "/index/" + name,
                  true,
                  throughputOf(table, index),
                  new TableKeyRanges(table, index),
                  partitionSizeLimit,
                  now());
          resource.throttling(capacity.table.throttling());
          return resource;
        });
  }

  /**
   * The models of {@code table}, created on first use; {@code null} if it is not modelled. The
   * decision is remembered ({@link TableCapacity#UNMODELLED}) until UpdateTable or DeleteTable, so
   * that an unmodelled table costs one map lookup per operation.
   */
  TableCapacity capacity(Table table) {
    TableCapacity capacity = tables.get(table);
    if (capacity == null) {
      capacity =
          tables.computeIfAbsent(
              table, t -> simulates(t) ? newCapacity(t) : TableCapacity.UNMODELLED);
    }
    return capacity == TableCapacity.UNMODELLED ? null : capacity;
  }

  private TableCapacity newCapacity(Table table) {
    return new TableCapacity(
        new ResourceCapacity(
            arnPrefix + table.name(),
            false,
            throughputOf(table, null),
            new TableKeyRanges(table, null),
            partitionSizeLimit,
            now()));
  }

  /**
   * Applies UpdateTable's changes (billing mode, throughput, indexes added or deleted) to the
   * models of {@code table}; a table no longer simulated drops its models.
   */
  public void tableUpdated(Table table) {
    TableCapacity capacity = tables.get(table);
    if (capacity == null || capacity == TableCapacity.UNMODELLED) {
      tables.remove(table);
      return;
    }
    boolean simulated = simulates(table);
    if (!simulated && !capacity.contributorInsights()) {
      tables.remove(table);
      return;
    }
    long now = now();
    capacity.table.configure(throughputOf(table, null), now);
    capacity.indexes.keySet().removeIf(name -> table.index(name) == null);
    capacity.indexes.forEach(
        (name, resource) -> resource.configure(throughputOf(table, table.index(name)), now));
    capacity.throttling(simulated);
  }

  /** Forgets {@code table} (DeleteTable). */
  public void tableDeleted(Table table) {
    tables.remove(table);
  }

  /**
   * Turns Contributor Insights for {@code table} (or its index {@code indexName}) on or off. A
   * table the gate does not throttle is then metered, without being throttled, while it is on.
   */
  public void contributorInsights(Table table, String indexName, boolean enabled) {
    TableCapacity capacity = capacity(table);
    if (capacity == null) {
      if (!enabled) {
        return;
      }
      capacity = newCapacity(table);
      capacity.throttling(false);
      tables.put(table, capacity);
    }
    ResourceCapacity resource =
        indexName == null
            ? capacity.table
            : indexResource(table, capacity, EngineCapacity.globalIndex(table, indexName));
    resource.contributorInsights(enabled);
    if (!enabled && !simulates(table) && !capacity.contributorInsights()) {
      tables.remove(table);
    }
  }

  /**
   * The throughput settings of {@code table}, or of its global secondary index {@code index}, from
   * its definition: the billing mode, provisioned throughput, {@code OnDemandThroughput} maximums
   * and warm throughput.
   */
  static ResourceThroughput throughputOf(Table table, SecondaryIndex index) {
    var definition = table.definition();
    String indexName = index == null ? null : index.definition().name();
    CapacitySettings settings = definition.capacity(indexName);
    if (settings == null) {
      settings = CapacitySettings.ON_DEMAND;
    }
    if (definition.billingMode() != BillingMode.PROVISIONED) {
      return new ResourceThroughput(
          false,
          0,
          0,
          settings.maxReadRequestUnits(),
          settings.maxWriteRequestUnits(),
          settings.warmReadUnitsPerSecond(),
          settings.warmWriteUnitsPerSecond());
    }
    ProvisionedThroughput provisioned =
        index == null ? definition.provisionedThroughput() : definition.indexThroughput().get(indexName);
    if (provisioned == null) {
      return ResourceThroughput.provisioned(0, 0);
    }
    return ResourceThroughput.provisioned(
        provisioned.readCapacityUnits(), provisioned.writeCapacityUnits());
  }

  long now() {
    Instant now = clock.instant();
    return now.getEpochSecond() * 1_000_000_000L + now.getNano();
  }
}
