package io.sable.engine.api.internal;

import io.sable.engine.backup.TableImage;
import io.sable.engine.index.IndexDefinition;
import io.sable.engine.table.Table;
import io.sable.engine.table.TableDefinition;
import io.sable.engine.table.TableRestore;
import io.sable.engine.table.TableSettings;
import io.sable.engine.table.Tables;
import io.sable.engine.value.InvalidRequestException;
import io.sable.engine.value.Item;
import io.sable.engine.value.ItemKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.OnDemandThroughput;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.SSESpecification;

/**
 * Makes the new table of RestoreTableFromBackup and RestoreTableToPointInTime: the source's key
 * schema, attribute definitions, billing mode, provisioned throughput and secondary indexes, with
 * the request's overrides applied, and the source's items.
 *
 * <p>What a restore carries over and what it does not (Developer Guide, "Restoring a DynamoDB table
 * from a backup" and "Restoring a DynamoDB table to a point in time"): the restored table has the
 * source's global and local secondary indexes, billing mode, provisioned throughput and encryption
 * (an AWS owned key); it has none of the source's tags, stream settings, Time to Live settings,
 * point-in-time recovery settings, auto scaling policies, deletion protection or table class, which
 * "you must manually set up" on it. The overrides are checked as CreateTable checks the same
 * settings ({@link TableDefinitions}); each index of {@code GlobalSecondaryIndexOverride} and
 * {@code LocalSecondaryIndexOverride} must be one of the source's indexes, with the same key
 * schema (the API Reference: "The indexes provided should match existing secondary indexes. You
 * can choose to exclude some or all of the indexes at the time of restore"); an empty list
 * excludes them all. A global index without throughput in a provisioned restore gets the source
 * index's, else the table's. On-demand maximums are not carried over unless {@code
 * OnDemandThroughputOverride} gives them.
 *
 * <p>The table is {@code CREATING} (its {@code RestoreSummary} has {@code RestoreInProgress})
 * until the restore time of {@link io.sable.engine.backup.BackupSettings#restore()} has passed on
 * the engine clock; the engine serves reads and writes of it meanwhile (DynamoDB refuses them).
 */
final class TableRestores {
  /** DynamoDB's {@code TableInUseException} text (API Reference, {@code RestoreTableFromBackup}). */
  static final String TABLE_IN_USE =
      "A target table with the specified name is either being created or deleted.";

  private final Tables tables;
  private final int partitionCount;
  private final TableSettings settings;
  private final Clock clock;
  private final Duration restoreTime;

  TableRestores(
      Tables tables, int partitionCount, TableSettings settings, Clock clock, Duration restoreTime) {
    this.tables = tables;
    this.partitionCount = partitionCount;
    this.settings = settings;
    this.clock = clock;
    this.restoreTime = restoreTime;
  }

  /** The overrides of a restore request; any may be {@code null}. */
  record Overrides(
      BillingMode billingMode,
      ProvisionedThroughput throughput,
      OnDemandThroughput onDemandThroughput,
      List<GlobalSecondaryIndex> globalIndexes,
      List<LocalSecondaryIndex> localIndexes,
      SSESpecification sse) {}

  /**
   * Refuses a target name that is taken: {@code TableInUseException} while the table of that name
   * is being restored, else {@code TableAlreadyExistsException} ("Table already exists: <name>").
   */
  void checkTarget(String target) {
    Table existing = tables.get(target);
    if (existing != null) {
      TableRestore restore = existing.restore();
      if (restore != null && restore.inProgress(clock.instant())) {
        throw Errors.tableInUse(TABLE_IN_USE);
      }
      throw Errors.tableAlreadyExists("Table already exists: " + target);
    }
  }

  /**
   * Creates table {@code target} from {@code image}'s settings with {@code overrides} and {@code
   * items}, {@code CREATING} until the restore time has passed.
   *
   * @param sourceBackupArn the backup restored, or {@code null} for a point-in-time restore
   * @param restoreDateTime the instant the items reflect
   */
  Table restore(
      TableImage image,
      NavigableMap<ItemKey, Item> items,
      String target,
      Overrides overrides,
      String sourceBackupArn,
      Instant restoreDateTime) {
    checkTarget(target);
    CreateTableRequest request = request(image.definition(), target, overrides);
    TableSettingRequests.checkCreate(request);
    TableDefinition definition = TableDefinitions.of(request);
    Instant now = clock.instant();
    Table table = new Table(definition, partitionCount, now, Requests.randomUuid(), settings);
    if (definition.billingMode() == BillingMode.PAY_PER_REQUEST) {
      table.lastUpdateToPayPerRequest(now);
    }
    for (Map.Entry<ItemKey, Item> entry : items.entrySet()) {
      Item item = entry.getValue();
      table.write(entry.getKey(), current -> item);
    }
    table.restore(
        new TableRestore(sourceBackupArn, image.tableArn(), restoreDateTime, now.plus(restoreTime)));
    if (!tables.add(table)) {
      checkTarget(target);
      throw Errors.tableAlreadyExists("Table already exists: " + target);
    }
    return table;
  }

  // The CreateTable request the restored table is made from.
  private static CreateTableRequest request(
      TableDefinition source, String target, Overrides overrides) {
    BillingMode mode = overrides.billingMode() != null ? overrides.billingMode() : source.billingMode();
    boolean provisioned = mode == BillingMode.PROVISIONED;
    ProvisionedThroughput tableThroughput =
        overrides.throughput() != null
            ? overrides.throughput()
            : provisioned ? source.provisionedThroughput() : null;
    CreateTableRequest.Builder request =
        CreateTableRequest.builder()
            .tableName(target)
            .keySchema(TableDescriptions.keySchema(source.keySchema()))
            .billingMode(mode)
            .provisionedThroughput(tableThroughput)
            .onDemandThroughput(overrides.onDemandThroughput())
            .sseSpecification(overrides.sse());
    Set<String> used = new HashSet<>(TableDefinitions.keyNames(source.keySchema()));
    List<GlobalSecondaryIndex> globals = new ArrayList<>();
    List<LocalSecondaryIndex> locals = new ArrayList<>();
    for (IndexDefinition index : source.indexes()) {
      boolean kept = index.global() ? overrides.globalIndexes() == null : overrides.localIndexes() == null;
      if (kept) {
        used.addAll(TableDefinitions.keyNames(index.keySchema()));
      }
      if (index.global() && kept) {
        globals.add(
            GlobalSecondaryIndex.builder()
                .indexName(index.name())
                .keySchema(TableDescriptions.keySchema(index.keySchema()))
                .projection(TableDescriptions.projection(index))
                .build());
      } else if (kept) {
        locals.add(
            LocalSecondaryIndex.builder()
                .indexName(index.name())
                .keySchema(TableDescriptions.keySchema(index.keySchema()))
                .projection(TableDescriptions.projection(index))
                .build());
      }
    }
    if (overrides.globalIndexes() != null) {
      for (GlobalSecondaryIndex index : overrides.globalIndexes()) {
        IndexDefinition match = match(source, index.indexName(), true, index.keySchema());
        globals.add(index);
        used.addAll(TableDefinitions.keyNames(match.keySchema()));
      }
    }
    if (overrides.localIndexes() != null) {
      for (LocalSecondaryIndex index : overrides.localIndexes()) {
        IndexDefinition match = match(source, index.indexName(), false, index.keySchema());
        locals.add(index);
        used.addAll(TableDefinitions.keyNames(match.keySchema()));
      }
    }
    List<GlobalSecondaryIndex> withThroughput = new ArrayList<>();
    for (GlobalSecondaryIndex index : globals) {
      if (provisioned && index.provisionedThroughput() == null) {
        ProvisionedThroughput indexThroughput = source.indexThroughput().get(index.indexName());
        index =
            index.toBuilder()
                .provisionedThroughput(indexThroughput != null ? indexThroughput : tableThroughput)
                .build();
      }
      withThroughput.add(index);
    }
    if (!withThroughput.isEmpty()) {
      request.globalSecondaryIndexes(withThroughput);
    }
    if (!locals.isEmpty()) {
      request.localSecondaryIndexes(locals);
    }
    List<AttributeDefinition> definitions = new ArrayList<>();
    for (AttributeDefinition definition : source.attributeDefinitions()) {
      if (used.contains(definition.attributeName())) {
        definitions.add(definition);
      }
    }
    return request.attributeDefinitions(definitions).build();
  }

  // The source's index named name, of the same kind and key schema, or a ValidationException.
  private static IndexDefinition match(
      TableDefinition source,
      String name,
      boolean global,
      List<software.amazon.awssdk.services.dynamodb.model.KeySchemaElement> keySchema) {
    for (IndexDefinition index : source.indexes()) {
      if (index.global() == global
          && index.name().equals(name)
          && TableDescriptions.keySchema(index.keySchema()).equals(keySchema)) {
        return index;
      }
    }
    throw new InvalidRequestException(
        "One or more parameter values were invalid: "
            + (global ? "GlobalSecondaryIndexOverride" : "LocalSecondaryIndexOverride")
            + " index " + name + " does not match a "
            + (global ? "global" : "local")
            + " secondary index of the source table");
  }
}
