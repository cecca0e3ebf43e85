package io.sable.engine.api.internal;

import io.sable.engine.index.IndexDefinition;
import io.sable.engine.table.CapacitySettings;
import io.sable.engine.table.TableDefinition;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import io.sable.engine.value.InvalidRequestException;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate;
import software.amazon.awssdk.services.dynamodb.model.OnDemandThroughput;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.WarmThroughput;

/**
 * CreateTable's and UpdateTable's {@code OnDemandThroughput} and {@code WarmThroughput}, of the
 * table or of a global secondary index, validated as DynamoDB validates them and turned into the
 * {@link CapacitySettings} the table keeps.
 *
 * <p>The rules (API Reference, {@code OnDemandThroughput}: "set the value of MaxReadRequestUnits as
 * greater than or equal to 1. To remove the maximum ... set the value ... to -1"; Developer Guide,
 * "Understanding DynamoDB warm throughput": warm throughput can be increased, and it tracks the
 * highest provisioned throughput), with the messages of responses captured from DynamoDB
 * (ack-api-quirks DynamoDB catalogue, 2026-10, findings DDB-TABLE-038, DDB-TABLE-039, DDB-TABLE-059,
 * DDB-TABLE-179 and DDB-TABLE-178):
 *
 * <ul>
 *   <li>a maximum is only for {@code PAY_PER_REQUEST}; on a provisioned table it is refused;
 *   <li>a maximum is at least 1; on UpdateTable -1 removes it; anything else is "outside of valid
 *       range"; maximums merge member by member;
 *   <li>warm throughput is at least the on-demand initial throughput (12,000 reads, 4,000 writes per
 *       second) or the provisioned throughput at CreateTable, never decreases on UpdateTable
 *       ("decreasing WarmThroughput is not supported"), rises with provisioned throughput, and is
 *       raised to the on-demand initial throughput by a switch to {@code PAY_PER_REQUEST};
 *   <li>a structure with no member ({@code {}}) changes nothing.
 * </ul>
 *
 * <p>A global secondary index's messages say "for index" where the table's say "for table": the
 * engine's choice, as no response for an index was captured.
 */
final class CapacityRequests {
  private static final String INVALID = "One or more parameter values were invalid: ";
  private static final String INITIAL_THROUGHPUT_DOC =
      "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/"
          + "on-demand-capacity-mode.html#on-demand-capacity-mode-initial";

  private CapacityRequests() {}

  /** Whether {@code onDemand} or {@code warm} has a member (an empty structure is none). */
  static boolean present(OnDemandThroughput onDemand, WarmThroughput warm) {
    return (onDemand != null
            && (onDemand.maxReadRequestUnits() != null || onDemand.maxWriteRequestUnits() != null))
        || (warm != null && (warm.readUnitsPerSecond() != null || warm.writeUnitsPerSecond() != null));
  }

  /**
   * The settings of a table or index that CreateTable (or a {@code GlobalSecondaryIndexUpdates}
   * Create) makes.
   *
   * @param provisioned whether the table's billing mode is {@code PROVISIONED}
   * @param throughput its provisioned throughput ({@code null} on demand)
   * @param what {@code "table"} or {@code "index"}, for the messages
   * @throws InvalidRequestException as DynamoDB refuses the values
   */
  static CapacitySettings create(
      boolean provisioned,
      ProvisionedThroughput throughput,
      OnDemandThroughput onDemand,
      WarmThroughput warm,
      String what) {
    CapacitySettings base =
        provisioned ? CapacitySettings.provisioned(read(throughput), write(throughput)) : CapacitySettings.ON_DEMAND;
    base = maximums(base, provisioned, onDemand, what, true);
    if (warm == null) {
      return base;
    }
    String lower = provisioned ? "lower than %s of ProvisionedThroughput" : "lower than initial throughput for OnDemand. See: " + INITIAL_THROUGHPUT_DOC;
    checkWarm(warm.readUnitsPerSecond(), base.warmReadUnitsPerSecond(), "ReadUnitsPerSecond", what, String.format(lower, "ReadCapacityUnits"));
    checkWarm(warm.writeUnitsPerSecond(), base.warmWriteUnitsPerSecond(), "WriteUnitsPerSecond", what, String.format(lower, "WriteCapacityUnits"));
    return warmed(base, warm);
  }

  /**
   * The settings of an existing table or index after UpdateTable.
   *
   * @param current its settings before the update ({@code null}: new, as {@link #create})
   * @param provisioned whether the table's billing mode is {@code PROVISIONED} after the update
   * @param throughput its provisioned throughput after the update ({@code null} on demand)
   * @throws InvalidRequestException as DynamoDB refuses the values
   */
  static CapacitySettings update(
      CapacitySettings current,
      boolean provisioned,
      ProvisionedThroughput throughput,
      OnDemandThroughput onDemand,
      WarmThroughput warm,
      String what) {
    if (current == null) {
      return create(provisioned, throughput, onDemand, warm, what);
    }
    CapacitySettings base =
        provisioned
            ? current.withMaximums(null, null).warmedTo(read(throughput), write(throughput))
            : current.warmedTo(
                CapacitySettings.ON_DEMAND.warmReadUnitsPerSecond(),
                CapacitySettings.ON_DEMAND.warmWriteUnitsPerSecond());
    base = maximums(base, provisioned, onDemand, what, false);
    if (warm == null) {
      return base;
    }
    String lower = "lower than current WarmThroughput, decreasing WarmThroughput is not supported";
    checkWarm(warm.readUnitsPerSecond(), current.warmReadUnitsPerSecond(), "ReadUnitsPerSecond", what, lower);
    checkWarm(warm.writeUnitsPerSecond(), current.warmWriteUnitsPerSecond(), "WriteUnitsPerSecond", what, lower);
    return warmed(base, warm);
  }

  private static CapacitySettings maximums(
      CapacitySettings base, boolean provisioned, OnDemandThroughput onDemand, String what, boolean create) {
    if (onDemand == null) {
      return base;
    }
    Long read = onDemand.maxReadRequestUnits();
    Long write = onDemand.maxWriteRequestUnits();
    if (read == null && write == null) {
      return base;
    }
    if (provisioned) {
      throw new InvalidRequestException(
          INVALID
              + (read != null ? "MaxReadRequestUnits" : "MaxWriteRequestUnits")
              + (create
                  ? " for OnDemandThroughput cannot be specified when table BillingMode is PROVISIONED."
                  : " for OnDemandThroughput cannot be specified when the table BillingMode is"
                      + " PROVISIONED"));
    }
    return base.withMaximums(
        maximum(read, base.maxReadRequestUnits(), "MaxReadRequestUnits", what, create),
        maximum(write, base.maxWriteRequestUnits(), "MaxWriteRequestUnits", what, create));
  }

  // The maximum after a request asked for `requested` (null: unchanged; -1 on update: none).
  private static Long maximum(Long requested, Long current, String member, String what, boolean create) {
    if (requested == null) {
      return current;
    }
    if (requested == -1 && !create) {
      return null;
    }
    if (requested < 1) {
      throw new InvalidRequestException(
          INVALID + "Requested " + member + " for OnDemandThroughput for " + what + " is outside of valid range");
    }
    return requested;
  }

  private static void checkWarm(Long requested, long floor, String member, String what, String lower) {
    if (requested != null && requested < floor) {
      throw new InvalidRequestException(
          INVALID + "Requested " + member + " for WarmThroughput for " + what + " is " + lower);
    }
  }

  private static CapacitySettings warmed(CapacitySettings base, WarmThroughput warm) {
    return base.warmedTo(
        warm.readUnitsPerSecond() == null ? 0 : warm.readUnitsPerSecond(),
        warm.writeUnitsPerSecond() == null ? 0 : warm.writeUnitsPerSecond());
  }

  private static long read(ProvisionedThroughput throughput) {
    return throughput == null || throughput.readCapacityUnits() == null ? 0 : throughput.readCapacityUnits();
  }

  private static long write(ProvisionedThroughput throughput) {
    return throughput == null || throughput.writeCapacityUnits() == null ? 0 : throughput.writeCapacityUnits();
  }

  /**
   * The on-demand maximums and warm throughput of each global secondary index in {@code indexes}
   * after an UpdateTable with {@code updates}, from {@code current}'s ({@link #update}; an index the
   * update creates as {@link #create}).
   */
  static Map<String, CapacitySettings> indexes(
      TableDefinition current,
      List<IndexDefinition> indexes,
      List<GlobalSecondaryIndexUpdate> updates,
      boolean provisioned,
      Map<String, ProvisionedThroughput> indexThroughput) {
    Map<String, CapacitySettings> settings = new HashMap<>();
    for (IndexDefinition index : indexes) {
      if (!index.global()) {
        continue;
      }
      String name = index.name();
      OnDemandThroughput onDemand = null;
      WarmThroughput warm = null;
      for (GlobalSecondaryIndexUpdate update : updates) {
        if (update.update() != null && update.update().indexName().equals(name)) {
          onDemand = update.update().onDemandThroughput();
          warm = update.update().warmThroughput();
        } else if (update.create() != null && update.create().indexName().equals(name)) {
          onDemand = update.create().onDemandThroughput();
          warm = update.create().warmThroughput();
        }
      }
      settings.put(
          name,
          CapacityRequests.update(
              current.indexCapacity().get(name),
              provisioned,
              indexThroughput.get(name),
              onDemand,
              warm,
              "index"));
    }
    return settings;
  }
}
