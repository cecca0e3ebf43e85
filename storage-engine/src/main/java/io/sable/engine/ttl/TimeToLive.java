package io.sable.engine.ttl;

import io.sable.engine.internal.PeriodicTask;
import io.sable.engine.table.ItemLockedException;
import io.sable.engine.table.Table;
import io.sable.engine.table.WriteResult;
import io.sable.engine.value.Item;
import io.sable.engine.value.ItemKey;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Time to Live: which tables have it enabled, on which attribute, and the sweeper that deletes
 * their expired items.
 *
 * <p>An item is expired when its TTL attribute is a top-level number, read as seconds since the
 * epoch, that is before the clock's time but no more than five years before it (Developer Guide,
 * "Using DynamoDB Time to Live (TTL)": the value "must be a timestamp in Unix epoch time format in
 * seconds", of "a top-level Number data type", "with an expiration of no more than five years in
 * the past"; other items are ignored). An expired item stays readable until a sweep deletes it, as
 * in DynamoDB ("Items that have expired and not been deleted will still show up in reads, queries,
 * and scans"). A sweep deletes each expired item through {@link Table#writeByService}, atomically
 * re-checking that it is still expired, so it leaves every index like any delete and its stream
 * record says DynamoDB deleted it; an item an in-flight transaction holds is left for the next
 * sweep.
 *
 * <p>Sweeps run every {@code sweepInterval} on one daemon thread, started when a table first
 * enables TTL, and whenever {@link #sweep()} is called (tests, with a controlled clock and {@code
 * Duration.ZERO} for no background sweeps). Thread-safe.
 */
public final class TimeToLive implements AutoCloseable {
  /** How far in the past a TTL value may be and still expire its item. */
  public static final int MAX_AGE_YEARS = 5;

  private final Clock clock;
  private final Map<Table, String> attributes = new ConcurrentHashMap<>();
  private final PeriodicTask sweeper;

  /**
   * TTL for one engine.
   *
   * @param clock the clock that decides what is expired
   * @param sweepInterval the time between background sweeps, or zero for none
   */
  public TimeToLive(Clock clock, Duration sweepInterval) {
    this.clock = clock;
    this.sweeper = new PeriodicTask("sable-ttl-sweeper", sweepInterval, this::sweep);
  }

  /** The TTL attribute of {@code table}, or {@code null} if TTL is disabled. */
  public String attributeName(Table table) {
    return attributes.get(table);
  }

  /** Enables TTL on {@code table} with attribute {@code attributeName}. */
  public void enable(Table table, String attributeName) {
    attributes.put(table, attributeName);
    sweeper.start();
  }

  /** Disables TTL on {@code table} (also when the table is deleted). */
  public void disable(Table table) {
    attributes.remove(table);
  }

  /**
   * Deletes every item that is expired now, in every table with TTL enabled.
   *
   * @return the number of items deleted
   */
  public int sweep() {
    Instant now = clock.instant();
    int deleted = 0;
    for (Map.Entry<Table, String> entry : attributes.entrySet()) {
      deleted += sweep(entry.getKey(), entry.getValue(), now);
    }
    return deleted;
  }

  /**
   * Whether {@code item} is expired at {@code now} under TTL attribute {@code attributeName}.
   */
  public static boolean isExpired(Map<String, AttributeValue> item, String attributeName, Instant now) {
    AttributeValue value = item.get(attributeName);
    if (value == null || value.n() == null) {
      return false;
    }
    BigDecimal expiry = new BigDecimal(value.n());
    BigDecimal current = BigDecimal.valueOf(now.getEpochSecond()).add(BigDecimal.valueOf(now.getNano(), 9));
    long oldest = now.atOffset(ZoneOffset.UTC).minusYears(MAX_AGE_YEARS).toEpochSecond();
    return expiry.compareTo(current) < 0 && expiry.compareTo(BigDecimal.valueOf(oldest)) >= 0;
  }

  /** Stops background sweeps. */
  @Override
  public void close() {
    sweeper.close();
  }

  private int sweep(Table table, String attributeName, Instant now) {
    int deleted = 0;
    Iterator<Map.Entry<ItemKey, Item>> items = table.scan(null, 0, 1, null);
    while (items.hasNext()) {
      Map.Entry<ItemKey, Item> entry = items.next();
      if (!isExpired(entry.getValue().attributes(), attributeName, now)) {
        continue;
      }
      try {
        WriteResult result = table.writeByService(entry.getKey(), current ->
            current != null && isExpired(current.attributes(), attributeName, now) ? null : current);
        deleted += result.oldItem() != null && result.newItem() == null ? 1 : 0;
      } catch (ItemLockedException e) {
        // An in-flight transaction holds the item: the next sweep sees it again.
      }
    }
    return deleted;
  }
}
