package io.sable.engine.api.internal;

import io.sable.engine.backup.Backup;
import io.sable.engine.backup.TableImage;
import io.sable.engine.index.IndexDefinition;
import io.sable.engine.table.TableDefinition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.BackupDescription;
import software.amazon.awssdk.services.dynamodb.model.BackupDetails;
import software.amazon.awssdk.services.dynamodb.model.BackupStatus;
import software.amazon.awssdk.services.dynamodb.model.BackupSummary;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexInfo;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndexInfo;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.SourceTableDetails;
import software.amazon.awssdk.services.dynamodb.model.SourceTableFeatureDetails;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/**
 * The shapes DynamoDB describes a backup with (API Reference, {@code BackupDescription}, {@code
 * BackupDetails}, {@code BackupSummary}, {@code SourceTableDetails}, {@code
 * SourceTableFeatureDetails}). {@code SSEDescription} is absent: the engine's tables are encrypted
 * with an AWS owned key, which DynamoDB does not describe.
 */
final class BackupDescriptions {
  private BackupDescriptions() {}

  static BackupDetails details(Backup backup, BackupStatus status) {
    return BackupDetails.builder()
        .backupArn(backup.arn())
        .backupName(backup.name())
        .backupSizeBytes(backup.image().sizeBytes())
        .backupStatus(status)
        .backupType(backup.type())
        .backupCreationDateTime(backup.created())
        .backupExpiryDateTime(backup.expires())
        .build();
  }

  static BackupSummary summary(Backup backup, Instant now) {
    TableImage image = backup.image();
    return BackupSummary.builder()
        .tableName(image.tableName())
        .tableId(image.tableId())
        .tableArn(image.tableArn())
        .backupArn(backup.arn())
        .backupName(backup.name())
        .backupCreationDateTime(backup.created())
        .backupExpiryDateTime(backup.expires())
        .backupStatus(backup.status(now))
        .backupType(backup.type())
        .backupSizeBytes(image.sizeBytes())
        .build();
  }

  static BackupDescription describe(Backup backup, BackupStatus status) {
    TableImage image = backup.image();
    TableDefinition definition = image.definition();
    ProvisionedThroughput throughput = definition.provisionedThroughput();
    SourceTableDetails source =
        SourceTableDetails.builder()
            .tableName(image.tableName())
            .tableId(image.tableId())
            .tableArn(image.tableArn())
            .tableSizeBytes(image.sizeBytes())
            .keySchema(TableDescriptions.keySchema(definition.keySchema()))
            .tableCreationDateTime(image.tableCreationDateTime())
            .provisionedThroughput(
                throughput != null
                    ? throughput
                    : ProvisionedThroughput.builder().readCapacityUnits(0L).writeCapacityUnits(0L).build())
            .itemCount(image.itemCount())
            .billingMode(definition.billingMode())
            .build();
    List<GlobalSecondaryIndexInfo> globals = new ArrayList<>();
    List<LocalSecondaryIndexInfo> locals = new ArrayList<>();
    for (IndexDefinition index : definition.indexes()) {
      if (index.global()) {
        globals.add(
            GlobalSecondaryIndexInfo.builder()
                .indexName(index.name())
                .keySchema(TableDescriptions.keySchema(index.keySchema()))
                .projection(TableDescriptions.projection(index))
                .provisionedThroughput(definition.indexThroughput().get(index.name()))
                .build());
      } else {
        locals.add(
            LocalSecondaryIndexInfo.builder()
                .indexName(index.name())
                .keySchema(TableDescriptions.keySchema(index.keySchema()))
                .projection(TableDescriptions.projection(index))
                .build());
      }
    }
    SourceTableFeatureDetails.Builder features = SourceTableFeatureDetails.builder();
    if (!globals.isEmpty()) {
      features.globalSecondaryIndexes(globals);
    }
    if (!locals.isEmpty()) {
      features.localSecondaryIndexes(locals);
    }
    if (image.streamViewType() != null) {
      features.streamDescription(
          StreamSpecification.builder()
              .streamEnabled(true)
              .streamViewType(image.streamViewType())
              .build());
    }
    TimeToLiveDescription.Builder ttl =
        TimeToLiveDescription.builder()
            .timeToLiveStatus(
                image.timeToLiveAttribute() == null
                    ? TimeToLiveStatus.DISABLED
                    : TimeToLiveStatus.ENABLED);
    if (image.timeToLiveAttribute() != null) {
      ttl.attributeName(image.timeToLiveAttribute());
    }
    features.timeToLiveDescription(ttl.build());
    return BackupDescription.builder()
        .backupDetails(details(backup, status))
        .sourceTableDetails(source)
        .sourceTableFeatureDetails(features.build())
        .build();
  }
}
