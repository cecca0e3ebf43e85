package io.sable.engine.api.internal;

import io.sable.engine.index.IndexDefinition;
import io.sable.engine.index.SecondaryIndex;
import io.sable.engine.stream.Streams;
import io.sable.engine.stream.TableStream;
import io.sable.engine.table.CapacitySettings;
import io.sable.engine.table.Table;
import io.sable.engine.table.TableDefinition;
import io.sable.engine.table.TableRestore;
import io.sable.engine.table.ThroughputHistory;
import java.time.Clock;
import io.sable.engine.value.KeySchema;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.BillingModeSummary;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexWarmThroughputDescription;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.OnDemandThroughput;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputDescription;
import software.amazon.awssdk.services.dynamodb.model.RestoreSummary;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.StreamStatus;
import software.amazon.awssdk.services.dynamodb.model.TableClass;
import software.amazon.awssdk.services.dynamodb.model.TableClassSummary;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.TableWarmThroughputDescription;

/**
 * DescribeTable's {@link TableDescription} of a table, as DynamoDB gives it: name, key schema,
 * attribute definitions, status, creation time, ARN ({@code arn:aws:dynamodb:<region>:<account>:
 * table/<name>}), id, item count and size, billing mode or provisioned throughput, and every
 * secondary index with its ARN, projection, size and count, the table's latest stream, its
 * {@code DeletionProtectionEnabled}, a {@code TableClassSummary} once a table class was given, the
 * {@code WarmThroughput} of the table and each global secondary index (always, {@code ACTIVE}), and
 * their {@code OnDemandThroughput} while a maximum is set (ack-api-quirks DynamoDB catalogue,
 * 2026-10, "WarmThroughput is always present", "OnDemandThroughput ... is absent unless set").
 */
final class TableDescriptions {
  private final String region;
  private final String accountId;
  private final Streams streams;
  private final Clock clock;

  TableDescriptions(String region, String accountId, Streams streams, Clock clock) {
    this.region = region;
    this.accountId = accountId;
    this.streams = streams;
    this.clock = clock;
  }

  /** The table's ARN: {@code arn:aws:dynamodb:<region>:<account>:table/<name>}. */
  String arn(Table table) {
    return arn(table.name());
  }

  /** The ARN a table named {@code tableName} has or would have. */
  String arn(String tableName) {
    return "arn:aws:dynamodb:" + region + ":" + accountId + ":table/" + tableName;
  }

  TableDescription describe(Table table, TableStatus status) {
    return describe(table, status, TableUpdates.Changes.NONE);
  }

  /**
   * The description UpdateTable returns: the table {@code UPDATING} if it created or deleted an
   * index, an index it created {@code CREATING} without {@code Backfilling} (DynamoDB's first,
   * resource allocation phase, whatever the background backfill has done meanwhile), an index it
   * deleted {@code DELETING}.
   */
  TableDescription describe(Table table, TableUpdates.Changes changes) {
    boolean indexChanged = changes.created() != null || changes.deleted() != null;
    return describe(table, indexChanged ? TableStatus.UPDATING : TableStatus.ACTIVE, changes);
  }

  // The description of table; a table whose index is being backfilled is UPDATING, not ACTIVE.
  private TableDescription describe(
      Table table, TableStatus status, TableUpdates.Changes changes) {
    SecondaryIndex deleted = changes.deleted();
    TableDefinition definition = table.definition();
    String arn = arn(table);
    TableDescription.Builder description =
        TableDescription.builder()
            .tableName(table.name())
            .keySchema(keySchema(definition.keySchema()))
            .attributeDefinitions(definition.attributeDefinitions())
            .tableStatus(restoring(table, status))
            .creationDateTime(table.creationDateTime())
            .tableArn(arn)
            .tableId(table.tableId())
            .itemCount(table.itemCount())
            .tableSizeBytes(table.sizeBytes())
            .provisionedThroughput(
                throughput(definition.provisionedThroughput(), table.throughputHistory().changes(null)))
            .deletionProtectionEnabled(table.options().deletionProtectionEnabled())
            .warmThroughput(
                TableWarmThroughputDescription.builder()
                    .readUnitsPerSecond(definition.capacity().warmReadUnitsPerSecond())
                    .writeUnitsPerSecond(definition.capacity().warmWriteUnitsPerSecond())
                    .status(TableStatus.ACTIVE)
                    .build());
    if (definition.capacity().hasMaximum()) {
      description.onDemandThroughput(onDemand(definition.capacity()));
    }
    TableRestore restore = table.restore();
    if (restore != null) {
      description.restoreSummary(
          RestoreSummary.builder()
              .sourceBackupArn(restore.sourceBackupArn())
              .sourceTableArn(restore.sourceTableArn())
              .restoreDateTime(restore.restoreDateTime())
              .restoreInProgress(restore.inProgress(clock.instant()))
              .build());
    }
    TableClass tableClass = table.options().tableClass();
    if (tableClass != null) {
      description.tableClassSummary(
          TableClassSummary.builder()
              .tableClass(tableClass)
              .lastUpdateDateTime(table.options().tableClassUpdated())
              .build());
    }
    if (table.lastUpdateToPayPerRequest() != null) {
      description.billingModeSummary(
          BillingModeSummary.builder()
              .billingMode(definition.billingMode())
              .lastUpdateToPayPerRequestDateTime(table.lastUpdateToPayPerRequest())
              .build());
    }
    List<GlobalSecondaryIndexDescription> globals = new ArrayList<>();
    List<LocalSecondaryIndexDescription> locals = new ArrayList<>();
    List<SecondaryIndex> indexes = new ArrayList<>(table.indexes());
    if (deleted != null) {
      indexes.add(deleted);
    }
    for (SecondaryIndex index : indexes) {
      IndexDefinition indexDefinition = index.definition();
      String indexArn = arn + "/index/" + indexDefinition.name();
      if (indexDefinition.global()) {
        GlobalSecondaryIndexDescription.Builder global =
            GlobalSecondaryIndexDescription.builder()
                .indexName(indexDefinition.name())
                .keySchema(keySchema(indexDefinition.keySchema()))
                .projection(projection(indexDefinition))
                .indexStatus(
                    index == deleted
                        ? IndexStatus.DELETING
                        : index == changes.created() || index.backfilling()
                            ? IndexStatus.CREATING
                            : IndexStatus.ACTIVE)
                .provisionedThroughput(
                    throughput(
                        definition.indexThroughput().get(indexDefinition.name()),
                        table.throughputHistory().changes(indexDefinition.name())))
                .indexSizeBytes(index.sizeBytes())
                .itemCount(index.itemCount())
                .indexArn(indexArn);
        global.backfilling(index == changes.created() ? Boolean.FALSE : index.backfillingAttribute());
        CapacitySettings capacity = definition.capacity(indexDefinition.name());
        if (capacity != null) {
          global.warmThroughput(
              GlobalSecondaryIndexWarmThroughputDescription.builder()
                  .readUnitsPerSecond(capacity.warmReadUnitsPerSecond())
                  .writeUnitsPerSecond(capacity.warmWriteUnitsPerSecond())
                  .status(IndexStatus.ACTIVE)
                  .build());
          if (capacity.hasMaximum()) {
            global.onDemandThroughput(onDemand(capacity));
          }
        }
        globals.add(global.build());
      } else {
        locals.add(
            LocalSecondaryIndexDescription.builder()
                .indexName(indexDefinition.name())
                .keySchema(keySchema(indexDefinition.keySchema()))
                .projection(projection(indexDefinition))
                .indexSizeBytes(index.sizeBytes())
                .itemCount(index.itemCount())
                .indexArn(indexArn)
                .build());
      }
    }
    TableStream stream = streams.latest(table);
    if (stream != null) {
      // After a stream is disabled, DescribeTable still names it but has no StreamSpecification.
      description.latestStreamArn(stream.arn()).latestStreamLabel(stream.label());
      if (stream.status() == StreamStatus.ENABLED) {
        description.streamSpecification(StreamSpecification.builder()
            .streamEnabled(true).streamViewType(stream.viewType()).build());
      }
    }
    if (!globals.isEmpty()) {
      description.globalSecondaryIndexes(globals);
    }
    if (!locals.isEmpty()) {
      description.localSecondaryIndexes(locals);
    }
    return description.build();
  }

  // CREATING while a restore is in progress (RestoreTableFromBackup, RestoreTableToPointInTime),
  // UPDATING while an index is backfilled.
  private TableStatus restoring(Table table, TableStatus status) {
    if (status != TableStatus.ACTIVE) {
      return status;
    }
    TableRestore restore = table.restore();
    if (restore != null && restore.inProgress(clock.instant())) {
      return TableStatus.CREATING;
    }
    return table.backfilling() ? TableStatus.UPDATING : status;
  }

  static List<KeySchemaElement> keySchema(KeySchema keys) {
    List<KeySchemaElement> elements = new ArrayList<>(2);
    elements.add(element(keys.partitionKeyName(), KeyType.HASH));
    if (keys.hasSortKey()) {
      elements.add(element(keys.sortKeyName(), KeyType.RANGE));
    }
    return elements;
  }

  private static KeySchemaElement element(String name, KeyType type) {
    return KeySchemaElement.builder().attributeName(name).keyType(type).build();
  }

  static Projection projection(IndexDefinition definition) {
    Projection.Builder projection = Projection.builder().projectionType(definition.projectionType());
    if (!definition.nonKeyAttributes().isEmpty()) {
      projection.nonKeyAttributes(definition.nonKeyAttributes());
    }
    return projection.build();
  }

  // The maximums that are set (a removed one is not described).
  private static OnDemandThroughput onDemand(CapacitySettings capacity) {
    return OnDemandThroughput.builder()
        .maxReadRequestUnits(capacity.maxReadRequestUnits())
        .maxWriteRequestUnits(capacity.maxWriteRequestUnits())
        .build();
  }

  // The throughput (0/0 on demand) with its history (ProvisionedThroughputDescription).
  private ProvisionedThroughputDescription throughput(
      ProvisionedThroughput throughput, ThroughputHistory.Changes changes) {
    return ProvisionedThroughputDescription.builder()
        .numberOfDecreasesToday((long) changes.decreasesToday(clock.instant()))
        .lastIncreaseDateTime(changes.lastIncrease())
        .lastDecreaseDateTime(changes.lastDecrease())
        .readCapacityUnits(throughput == null ? 0L : throughput.readCapacityUnits())
        .writeCapacityUnits(throughput == null ? 0L : throughput.writeCapacityUnits())
        .build();
  }
}
