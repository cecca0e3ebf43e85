package io.sable.engine.api.internal;

import io.sable.engine.index.IndexDefinition;
import io.sable.engine.index.SecondaryIndex;
import io.sable.engine.table.Table;
import io.sable.engine.table.TableDefinition;
import io.sable.engine.value.AttributeType;
import io.sable.engine.value.InvalidRequestException;
import io.sable.engine.value.KeySchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Executor;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateGlobalSecondaryIndexAction;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.UpdateGlobalSecondaryIndexAction;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest;

/**
 * UpdateTable's changes, validated as DynamoDB validates them (API Reference, {@code UpdateTable}):
 * the billing mode, provisioned throughput, {@code OnDemandThroughput} and {@code WarmThroughput}
 * ({@link CapacityRequests}), within the quotas on decreases and switches ({@link ThroughputQuotas}),
 * and at most one global secondary index created or
 * deleted per call ({@code GlobalSecondaryIndexUpdates}), or the throughput of existing ones.
 *
 * <p>A new index is added empty, so that every write from then on maintains it, and is then
 * backfilled on {@code backfills} (a background thread by default): while that runs, DescribeTable
 * shows the table {@code UPDATING} and the index {@code CREATING} with {@code Backfilling}, and
 * reads of the index are rejected, as DynamoDB does ("Adding a global secondary index to an existing
 * table", Developer Guide). A deleted index is gone at once; the response describes it as {@code
 * DELETING}.
 */
final class TableUpdates {
  static final String ONE_INDEX_AT_A_TIME =
      "Subscriber limit exceeded: Only 1 online index can be created or deleted simultaneously per"
          + " table";

  private final Executor backfills;
  private final Clock clock;

  TableUpdates(Executor backfills, Clock clock) {
    this.backfills = backfills;
    this.clock = clock;
  }

  /**
   * What an UpdateTable call changed in the table's indexes.
   *
   * @param created the index it created (backfilled in the background), or {@code null}
   * @param deleted the index it deleted, or {@code null}
   */
  record Changes(SecondaryIndex created, SecondaryIndex deleted) {
    /** No index created or deleted. */
    static final Changes NONE = new Changes(null, null);
  }

  /**
   * The members UpdateTable's "At least one of ... is required" names, in DynamoDB's order; {@code
   * UpdateStreamEnabled} stands for {@code StreamSpecification}, and two members no SDK sends.
   */
  private static final List<String> CHANGES =
      List.of(
          "ProvisionedThroughput",
          "BillingMode",
          "UpdateStreamEnabled",
          "GlobalSecondaryIndexUpdates",
          "SSESpecification",
          "ReplicaUpdates",
          "MultiAccountReplicaReady",
          "ReplicaTransitRoleArn",
          "MultiRegionConsistency",
          "DeletionProtectionEnabled",
          "OnDemandThroughput",
          "WarmThroughput",
          "TableClass");

  /**
   * Rejects an UpdateTable that changes nothing, before the table is looked up, as DynamoDB does
   * (responses captured from DynamoDB in the ack-api-quirks DynamoDB catalogue, findings
   * DDB-TABLE-015 and DDB-TABLE-160, 2026-10): with no change, "At least one of
   * ProvisionedThroughput, BillingMode, ... or TableClass is required", naming every member but
   * those present in the request ({@code AttributeDefinitions}, an empty {@code
   * GlobalSecondaryIndexUpdates}, {@code MultiRegionConsistency} and {@code
   * GlobalTableWitnessUpdates} count as no change); with a change and an empty {@code
   * GlobalSecondaryIndexUpdates}, "One or more parameter values were invalid: List of
   * GlobalSecondaryIndexUpdates is empty".
   *
   * @throws InvalidRequestException with DynamoDB's message
   */
  static void checkSomethingToUpdate(UpdateTableRequest request) {
    boolean emptyIndexUpdates =
        request.hasGlobalSecondaryIndexUpdates() && request.globalSecondaryIndexUpdates().isEmpty();
    boolean changes =
        request.provisionedThroughput() != null
            || request.billingModeAsString() != null
            || request.streamSpecification() != null
            || (request.hasGlobalSecondaryIndexUpdates() && !emptyIndexUpdates)
            || request.sseSpecification() != null
            || request.hasReplicaUpdates()
            || request.deletionProtectionEnabled() != null
            || request.onDemandThroughput() != null
            || request.warmThroughput() != null
            || request.tableClassAsString() != null;
    if (!changes) {
      List<String> names = new ArrayList<>(CHANGES);
      if (request.multiRegionConsistencyAsString() != null) {
        names.remove("MultiRegionConsistency");
      }
      String last = names.remove(names.size() - 1);
      throw new InvalidRequestException(
          "At least one of " + String.join(", ", names) + " or " + last + " is required");
    }
    if (emptyIndexUpdates) {
      throw new InvalidRequestException(
          "One or more parameter values were invalid: List of GlobalSecondaryIndexUpdates is empty");
    }
  }

  /** Whether {@code request} changes nothing {@link #update} handles (only the stream, if any). */
  static boolean onlyStreams(UpdateTableRequest request) {
    return request.billingMode() == null
        && request.provisionedThroughput() == null
        && request.onDemandThroughput() == null
        && request.warmThroughput() == null
        && !request.hasGlobalSecondaryIndexUpdates()
        && !request.hasAttributeDefinitions();
  }

  /** Applies {@code request} to {@code table}. */
  Changes update(Table table, UpdateTableRequest request) {
    synchronized (table) {
      List<GlobalSecondaryIndexUpdate> indexUpdates =
          request.hasGlobalSecondaryIndexUpdates() ? request.globalSecondaryIndexUpdates() : List.of();
      TableDefinition current = table.definition();
      BillingMode billingMode = request.billingMode() == null ? current.billingMode() : request.billingMode();
      boolean provisioned = billingMode == BillingMode.PROVISIONED;
      ProvisionedThroughput throughput = throughput(current, request, provisioned);
      Map<String, ProvisionedThroughput> indexThroughput =
          provisioned ? new HashMap<>(current.indexThroughput()) : new HashMap<>();
      CreateGlobalSecondaryIndexAction create = null;
      String delete = null;
      for (GlobalSecondaryIndexUpdate update : indexUpdates) {
        if (update.create() != null || update.delete() != null) {
          if (create != null || delete != null || table.backfilling()) {
            throw Errors.limitExceeded(ONE_INDEX_AT_A_TIME);
          }
          create = update.create();
          delete = update.delete() == null ? null : update.delete().indexName();
        }
        UpdateGlobalSecondaryIndexAction change = update.update();
        if (change != null) {
          String name = change.indexName();
          // A local secondary index is no global one to update: not found, as a missing index
          // (it used to reach the throughput map and answer HTTP 500).
          if (table.index(name) == null || !table.index(name).definition().global()) {
            throw Errors.resourceNotFound("Requested resource not found: Index: " + name + " not found");
          }
          boolean modes = CapacityRequests.present(change.onDemandThroughput(), change.warmThroughput());
          if (!provisioned && change.provisionedThroughput() == null && !modes) {
            // Captured from DynamoDB (ack-api-quirks catalogue, DDB-TABLE-457:
            // gsi_update_name_only_real, an Update naming only the index of an on-demand table).
            throw new InvalidRequestException("One or more parameter values were invalid: The only"
                + " Updates for index: " + name + " when TableThroughputMode is PAY_PER_REQUEST can"
                + " be to OnDemandThroughput, WarmThroughput");
          }
          if (change.provisionedThroughput() != null || !modes) {
            TableDefinitions.checkThroughput(provisioned, change.provisionedThroughput(), "global secondary index");
            indexThroughput.put(name, change.provisionedThroughput());
          }
        }
      }
      Instant now = clock.instant();
      boolean toPayPerRequest =
          current.billingMode() == BillingMode.PROVISIONED && billingMode == BillingMode.PAY_PER_REQUEST;
      if (toPayPerRequest) {
        ThroughputQuotas.checkSwitchToPayPerRequest(table.throughputHistory(), now);
      }
      List<String> changed = new ArrayList<>();
      changed.add(null);
      for (GlobalSecondaryIndexUpdate update : indexUpdates) {
        if (update.update() != null && update.update().provisionedThroughput() != null) {
          changed.add(update.update().indexName());
        }
      }
      for (String name : changed) {
        if (ThroughputQuotas.changes(current, throughput, indexThroughput, name, false)) {
          ThroughputQuotas.checkDecrease(table.throughputHistory().changes(name), now);
        }
      }
      if (create != null && !request.hasAttributeDefinitions()) {
        throw new InvalidRequestException("No Attribute Schema Defined");
      }
      Map<String, AttributeType> types = attributeTypes(current, request);
      SecondaryIndex added = null;
      if (create != null) {
        added = created(table, create, types, provisioned);
        if (create.provisionedThroughput() != null) {
          indexThroughput.put(create.indexName(), create.provisionedThroughput());
        }
      }
      SecondaryIndex deleted = null;
      if (delete != null) {
        deleted = table.index(delete);
        if (deleted == null || !deleted.definition().global()) {
          throw Errors.resourceNotFound("Requested resource not found: Index: " + delete + " not found");
        }
        indexThroughput.remove(delete);
      }
      List<IndexDefinition> indexes = new ArrayList<>();
      for (SecondaryIndex index : table.indexes()) {
        if (index != deleted) {
          indexes.add(index.definition());
        }
      }
      if (added != null) {
        indexes.add(added.definition());
      }
      table.updateDefinition(
          new TableDefinition(
              current.name(),
              current.keySchema(),
              used(types, current.keySchema(), indexes),
              billingMode,
              throughput,
              indexes,
              indexThroughput,
              CapacityRequests.update(
                  current.capacity(),
                  provisioned,
                  throughput,
                  request.onDemandThroughput(),
                  request.warmThroughput(),
                  "table"),
              CapacityRequests.indexes(current, indexes, indexUpdates, provisioned, indexThroughput)));
      if (billingMode == BillingMode.PAY_PER_REQUEST && current.billingMode() != billingMode) {
        table.lastUpdateToPayPerRequest(now);
      }
      if (toPayPerRequest) {
        table.throughputHistory().switchedToPayPerRequest(now);
      }
      for (String name : changed) {
        boolean increase = ThroughputQuotas.changes(current, throughput, indexThroughput, name, true);
        boolean decrease = ThroughputQuotas.changes(current, throughput, indexThroughput, name, false);
        if (increase || decrease) {
          table.throughputHistory().record(name, increase, decrease, now);
        }
      }
      if (deleted != null) {
        table.removeIndex(delete);
        table.throughputHistory().forget(delete);
      }
      if (added != null) {
        SecondaryIndex index = added;
        index.startBackfill(table.indexBackfill(), table.sizeBytes());
        table.addIndex(index);
        backfills.execute(
            () -> {
              try {
                table.backfill(index);
              } finally {
                index.backfilling(false);
              }
            });
      }
      return new Changes(added, deleted);
    }
  }

  private static ProvisionedThroughput throughput(
      TableDefinition current, UpdateTableRequest request, boolean provisioned) {
    ProvisionedThroughput requested = request.provisionedThroughput();
    if (provisioned && requested == null && current.billingMode() == BillingMode.PROVISIONED) {
      return current.provisionedThroughput();
    }
    TableDefinitions.checkThroughput(provisioned, requested, "table");
    if (requested != null
        && current.billingMode() == BillingMode.PROVISIONED
        && requested.equals(current.provisionedThroughput())) {
      throw new InvalidRequestException("The requested throughput value equals the current value");
    }
    return requested;
  }

  // The table's attribute types with the request's added; a redefined type is rejected.
  private static Map<String, AttributeType> attributeTypes(
      TableDefinition current, UpdateTableRequest request) {
    Map<String, AttributeType> types = TableDefinitions.attributeTypes(current.attributeDefinitions());
    if (request.hasAttributeDefinitions()) {
      TableDefinitions.attributeTypes(request.attributeDefinitions())
          .forEach(
              (name, type) -> {
                AttributeType existing = types.putIfAbsent(name, type);
                if (existing != null && existing != type) {
                  throw new InvalidRequestException(
                      "Cannot change the type of an existing attribute: " + name);
                }
              });
    }
    return types;
  }

  private static SecondaryIndex created(
      Table table,
      CreateGlobalSecondaryIndexAction create,
      Map<String, AttributeType> types,
      boolean provisioned) {
    Requests.checkName(create.indexName(), "indexName");
    if (table.index(create.indexName()) != null) {
      throw new InvalidRequestException("Attempting to create an index which already exists");
    }
    long globals = table.indexes().stream().filter(i -> i.definition().global()).count();
    if (globals >= TableDefinitions.MAX_GLOBAL_INDEXES) {
      throw new InvalidRequestException("GlobalSecondaryIndex count exceeds the per-table limit");
    }
    KeySchema keys = TableDefinitions.keySchema(create.keySchema(), types, "Global Secondary Index ");
    TableDefinitions.checkThroughput(provisioned, create.provisionedThroughput(), "global secondary index");
    IndexDefinition definition =
        TableDefinitions.index(create.indexName(), true, keys, create.projection(), List.of(), "global");
    return table.newIndex(definition);
  }

  // The attribute definitions still used by a key of the table or of an index, in name order.
  private static List<AttributeDefinition> used(
      Map<String, AttributeType> types, KeySchema tableKeys, List<IndexDefinition> indexes) {
    Set<String> names = new LinkedHashSet<>(TableDefinitions.keyNames(tableKeys));
    for (IndexDefinition index : indexes) {
      names.addAll(TableDefinitions.keyNames(index.keySchema()));
    }
    Map<String, AttributeType> sorted = new java.util.TreeMap<>();
    for (String name : names) {
      sorted.put(name, types.get(name));
    }
    List<AttributeDefinition> definitions = new ArrayList<>();
    sorted.forEach(
        (name, type) ->
            definitions.add(
                AttributeDefinition.builder().attributeName(name).attributeType(type.name()).build()));
    return definitions;
  }
}
