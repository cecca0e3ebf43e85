package io.sable.engine.capacity;

import io.sable.engine.index.SecondaryIndex;
import io.sable.engine.table.Table;
import io.sable.engine.value.Item;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.Capacity;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * Adds up the capacity one operation consumes, per table and per secondary index, and reports it
 * as DynamoDB's {@code ConsumedCapacity} for the request's {@code ReturnConsumedCapacity}:
 *
 * <ul>
 *   <li>{@code NONE} (the default, and any value DynamoDB does not define): nothing;
 *   <li>{@code TOTAL}: per table, {@code CapacityUnits} (the table's and its indexes' units
 *       together) and {@code ReadCapacityUnits} or {@code WriteCapacityUnits};
 *   <li>{@code INDEXES}: as {@code TOTAL}, plus {@code Table} and, for each index that consumed
 *       capacity, an entry under {@code GlobalSecondaryIndexes} or {@code LocalSecondaryIndexes}.
 * </ul>
 *
 * <p>Units are capacity units as {@link CapacityUnits} computes them. Tables are reported in the
 * order the operation first touched them. Not thread-safe: one meter per request.
 *
 * <pre>{@code
 * CapacityMeter meter = CapacityMeter.of(request.returnConsumedCapacityAsString());
 * meter.write(table, before, after, CapacityUnits.TRANSACTIONAL);
 * response.consumedCapacity(meter.byTable());
 * }</pre>
 */
public final class CapacityMeter {
  private final ReturnConsumedCapacity mode;
  private final Map<String, Usage> tables = new LinkedHashMap<>();

  private CapacityMeter(ReturnConsumedCapacity mode) {
    this.mode = mode;
  }

  /** A meter for a request's {@code ReturnConsumedCapacity} ({@code null} means {@code NONE}). */
  public static CapacityMeter of(String returnConsumedCapacity) {
    ReturnConsumedCapacity mode =
        returnConsumedCapacity == null
            ? ReturnConsumedCapacity.NONE
            : ReturnConsumedCapacity.fromValue(returnConsumedCapacity);
    if (mode != ReturnConsumedCapacity.TOTAL && mode != ReturnConsumedCapacity.INDEXES) {
      return NONE;
    }
    return new CapacityMeter(mode);
  }

  /** The meter of every request that did not ask for capacity: it records nothing, so one is shared. */
  private static final CapacityMeter NONE = new CapacityMeter(ReturnConsumedCapacity.NONE);

  /** Whether the request asked for consumed capacity at all (callers may skip measuring). */
  public boolean enabled() {
    return mode != ReturnConsumedCapacity.NONE;
  }

  /** Records {@code units} read capacity units consumed on {@code table} itself. */
  public void read(Table table, double units) {
    if (enabled()) {
      usage(table).read += units;
    }
  }

  /**
   * Records {@code units} read capacity units consumed by a Query or Scan of {@code index} of
   * {@code table} ({@code null}: the table itself).
   */
  public void read(Table table, SecondaryIndex index, double units) {
    if (index == null) {
      read(table, units);
    } else if (enabled()) {
      usage(table).index(index)[0] += units;
    }
  }

  /**
   * Records the write of one item of {@code table} from {@code before} to {@code after} (either
   * {@code null}): the table's units for the larger of the two and each index's units ({@link
   * IndexWrites}), each multiplied by {@code factor} (1, or {@link CapacityUnits#TRANSACTIONAL}).
   * Does nothing, and reads neither the table nor the items, when the request did not ask for
   * capacity: sizing every index entry is a measurable part of a write.
   */
  public void write(Table table, Item before, Item after, int factor) {
    if (!enabled()) {
      return;
    }
    int size = Math.max(before == null ? 0 : before.sizeBytes(), after == null ? 0 : after.sizeBytes());
    Usage usage = usage(table);
    usage.write += CapacityUnits.write(size) * factor;
    for (SecondaryIndex index : table.indexes()) {
      int units = IndexWrites.units(index, before, after);
      if (units > 0) {
        usage.index(index)[1] += (double) units * factor;
      }
    }
  }

  /** Records {@code units} write capacity units consumed on {@code table} itself. */
  public void write(Table table, double units) {
    if (enabled()) {
      usage(table).write += units;
    }
  }

  /** One {@code ConsumedCapacity} per table touched, or an empty list for {@code NONE}. */
  public List<ConsumedCapacity> byTable() {
    List<ConsumedCapacity> result = new ArrayList<>(tables.size());
    if (enabled()) {
      tables.forEach((name, usage) -> result.add(usage.describe(name, mode)));
    }
    return result;
  }

  /** The {@code ConsumedCapacity} of a single-table operation, or {@code null} for {@code NONE}. */
  public ConsumedCapacity single() {
    if (!enabled()) {
      return null;
    }
    List<ConsumedCapacity> all = byTable();
    return all.isEmpty() ? null : all.get(0);
  }

  private Usage usage(Table table) {
    return tables.computeIfAbsent(table.name(), name -> new Usage());
  }

  /** What one table and its indexes consumed. */
  private static final class Usage {
    private double read;
    private double write;
    // Per index: {read units, write units}.
    private final Map<SecondaryIndex, double[]> indexes = new LinkedHashMap<>();

    double[] index(SecondaryIndex index) {
      return indexes.computeIfAbsent(index, i -> new double[2]);
    }

    ConsumedCapacity describe(String tableName, ReturnConsumedCapacity mode) {
      double totalRead = read;
      double totalWrite = write;
      for (double[] units : indexes.values()) {
        totalRead += units[0];
        totalWrite += units[1];
      }
      ConsumedCapacity.Builder consumed =
          ConsumedCapacity.builder()
              .tableName(tableName)
              .capacityUnits(totalRead + totalWrite);
      if (totalRead > 0) {
        consumed.readCapacityUnits(totalRead);
      }
      if (totalWrite > 0) {
        consumed.writeCapacityUnits(totalWrite);
      }
      if (mode == ReturnConsumedCapacity.INDEXES) {
        consumed.table(capacity(read, write));
        Map<String, Capacity> global = new LinkedHashMap<>();
        Map<String, Capacity> local = new LinkedHashMap<>();
        indexes.forEach(
            (index, units) ->
                (index.definition().global() ? global : local)
                    .put(index.definition().name(), capacity(units[0], units[1])));
        if (!global.isEmpty()) {
          consumed.globalSecondaryIndexes(global);
        }
        if (!local.isEmpty()) {
          consumed.localSecondaryIndexes(local);
        }
      }
      return consumed.build();
    }

    private static Capacity capacity(double read, double write) {
      Capacity.Builder capacity = Capacity.builder().capacityUnits(read + write);
      if (read > 0) {
        capacity.readCapacityUnits(read);
      }
      if (write > 0) {
        capacity.writeCapacityUnits(write);
      }
      return capacity.build();
    }
  }
}
