package io.sable.engine.api.internal;

import io.sable.engine.table.TableDefinition;
import io.sable.engine.table.ThroughputHistory;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.LimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;

/**
 * UpdateTable's quotas on throughput changes, each refused with DynamoDB's {@code
 * LimitExceededException}:
 *
 * <ul>
 *   <li>Decreases of a table's or global secondary index's provisioned throughput: up to {@value
 *       #FREE_DECREASES} in a UTC day, then one more once {@link #DECREASE_INTERVAL} has passed since
 *       the last one, at most {@value #MAX_DECREASES_PER_DAY} a day. Sources: Developer Guide,
 *       "Quotas in Amazon DynamoDB", "Decreasing provisioned throughput" ("up to four times, anytime
 *       per day ... Additionally, if there was no decrease in the past hour, an additional decrease
 *       is allowed, effectively bringing maximum number of decreases in a day to 27 times"); the
 *       message and the one-hour rule measured from the last accepted decrease, and the reset at
 *       00:00 UTC, from responses captured from DynamoDB (ack-api-quirks DynamoDB catalogue, 2026-10,
 *       DDB-TABLE-184, DDB-TABLE-185 and DDB-TABLE-326).
 *   <li>Switches from {@code PROVISIONED} to {@code PAY_PER_REQUEST}: up to {@value
 *       #SWITCHES_PER_WINDOW} in a rolling {@link #SWITCH_WINDOW} (Developer Guide, "Considerations
 *       when switching capacity modes": "You can switch tables from provisioned capacity mode to
 *       on-demand mode up to four times in a 24-hour rolling window"; back to provisioned at any
 *       time). The message is DynamoDB's for the former once-a-day rule ("Update to PayPerRequest
 *       mode are limited to once in 1 day(s)", an error quoted in a public serverless deployment
 *       note, 2019) with the count adapted: no response for the current rule was found.
 * </ul>
 */
final class ThroughputQuotas {
  /** Decreases allowed at any time in a UTC day. */
  static final int FREE_DECREASES = 4;
  /** The most decreases in a UTC day. */
  static final int MAX_DECREASES_PER_DAY = 27;
  /** After the free decreases, the time between two decreases. */
  static final Duration DECREASE_INTERVAL = Duration.ofHours(1);
  /** Switches to {@code PAY_PER_REQUEST} allowed in {@link #SWITCH_WINDOW}. */
  static final int SWITCHES_PER_WINDOW = 4;
  /** The rolling window of {@link #SWITCHES_PER_WINDOW}. */
  static final Duration SWITCH_WINDOW = Duration.ofHours(24);

  // "Friday, October 9, 2026 at 12:21:34 AM Coordinated Universal Time" (DDB-TABLE-326).
  private static final DateTimeFormatter DECREASE_TIME =
      DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy 'at' h:mm:ss a 'Coordinated Universal Time'", Locale.US)
          .withZone(ZoneOffset.UTC);
  // "Sat Feb 23 03:07:45 UTC 2019" (java.util.Date's format).
  private static final DateTimeFormatter SWITCH_TIME =
      DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss 'UTC' yyyy", Locale.US).withZone(ZoneOffset.UTC);

  private ThroughputQuotas() {}

  /**
   * Refuses a decrease of a resource whose changes are {@code changes} at {@code now} if its quota
   * for the day is spent.
   *
   * @throws LimitExceededException naming the decreases today, the last one and when the next may
   *     be made
   */
  static void checkDecrease(ThroughputHistory.Changes changes, Instant now) {
    int today = changes.decreasesToday(now);
    if (today < FREE_DECREASES) {
      return;
    }
    Instant midnight = ThroughputHistory.utcDay(now).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant next = changes.lastDecrease().plus(DECREASE_INTERVAL);
    if (today >= MAX_DECREASES_PER_DAY || next.isAfter(midnight)) {
      next = midnight;
    }
    if (!next.isAfter(now)) {
      return;
    }
    throw Errors.limitExceeded(
        "Subscriber limit exceeded: Provisioned throughput decreases are limited within a given UTC"
            + " day. After the first " + FREE_DECREASES + " decreases, each subsequent decrease in the"
            + " same UTC day can be performed at most once every " + DECREASE_INTERVAL.getSeconds()
            + " seconds. Number of decreases today: " + today + ". Last decrease at "
            + DECREASE_TIME.format(changes.lastDecrease()) + ". Next decrease can be made at "
            + DECREASE_TIME.format(next));
  }

  /**
   * Refuses a switch to {@code PAY_PER_REQUEST} at {@code now} if the table already switched {@value
   * #SWITCHES_PER_WINDOW} times in the last {@link #SWITCH_WINDOW}.
   *
   * @throws LimitExceededException naming the last switch and when the next may be made
   */
  static void checkSwitchToPayPerRequest(ThroughputHistory history, Instant now) {
    List<Instant> recent = history.switchesToPayPerRequest(now, SWITCH_WINDOW);
    if (recent.size() < SWITCHES_PER_WINDOW) {
      return;
    }
    throw Errors.limitExceeded(
        "Subscriber limit exceeded: Update to PayPerRequest mode are limited to "
            + SWITCHES_PER_WINDOW + " times in 1 day(s). Last update at "
            + SWITCH_TIME.format(recent.get(recent.size() - 1)) + ". Next update can be made at "
            + SWITCH_TIME.format(recent.get(recent.size() - SWITCHES_PER_WINDOW).plus(SWITCH_WINDOW)));
  }

  /**
   * Whether the provisioned throughput of the table ({@code indexName} null) or of an index goes up
   * ({@code up}) or down in either capacity: only while the table stays provisioned.
   */
  static boolean changes(
      TableDefinition current,
      ProvisionedThroughput tableThroughput,
      Map<String, ProvisionedThroughput> indexThroughput,
      String indexName,
      boolean up) {
    if (current.billingMode() != BillingMode.PROVISIONED) {
      return false;
    }
    ProvisionedThroughput before =
        indexName == null ? current.provisionedThroughput() : current.indexThroughput().get(indexName);
    ProvisionedThroughput after = indexName == null ? tableThroughput : indexThroughput.get(indexName);
    if (before == null || after == null) {
      return false;
    }
    int read = Long.compare(after.readCapacityUnits(), before.readCapacityUnits());
    int write = Long.compare(after.writeCapacityUnits(), before.writeCapacityUnits());
    return up ? read > 0 || write > 0 : read < 0 || write < 0;
  }
}
