package io.sable.engine.api.internal;

import io.sable.engine.backup.PointInTimeRecovery;
import io.sable.engine.backup.PointInTimeRecoveryException;
import io.sable.engine.backup.TableImage;
import io.sable.engine.table.Table;
import io.sable.engine.table.Tables;
import io.sable.engine.value.InvalidRequestException;
import io.sable.engine.value.Item;
import io.sable.engine.value.ItemKey;
import java.time.Instant;
import java.util.NavigableMap;
import software.amazon.awssdk.services.dynamodb.model.ContinuousBackupsDescription;
import software.amazon.awssdk.services.dynamodb.model.ContinuousBackupsStatus;
import software.amazon.awssdk.services.dynamodb.model.DescribeContinuousBackupsRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeContinuousBackupsResponse;
import software.amazon.awssdk.services.dynamodb.model.PointInTimeRecoveryDescription;
import software.amazon.awssdk.services.dynamodb.model.PointInTimeRecoverySpecification;
import software.amazon.awssdk.services.dynamodb.model.PointInTimeRecoveryStatus;
import software.amazon.awssdk.services.dynamodb.model.RestoreTableToPointInTimeRequest;
import software.amazon.awssdk.services.dynamodb.model.RestoreTableToPointInTimeResponse;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.UpdateContinuousBackupsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateContinuousBackupsResponse;

/**
 * UpdateContinuousBackups, DescribeContinuousBackups and RestoreTableToPointInTime over the
 * engine's {@link PointInTimeRecovery}.
 *
 * <p>"Continuous backups are ENABLED on all tables at table creation" (API Reference, {@code
 * UpdateContinuousBackups}): {@code ContinuousBackupsStatus} is always {@code ENABLED}, and {@code
 * PointInTimeRecoveryStatus} {@code DISABLED} until UpdateContinuousBackups enables it, with a
 * {@code RecoveryPeriodInDays} of 1 to 35 (default 35; the range is checked with the API model's
 * message; a period sent while disabling it is refused with a ValidationException, in the engine's
 * words, since AWS documents no answer). Enabling it again changes the period and keeps the
 * history. A table's name may be
 * given as its ARN.
 *
 * <p>RestoreTableToPointInTime restores the source ({@code SourceTableName} or {@code
 * SourceTableArn}) as it was at {@code RestoreDateTime}, any instant from {@code
 * EarliestRestorableDateTime} to {@code LatestRestorableDateTime} inclusive, or at {@code
 * LatestRestorableDateTime} with {@code UseLatestRestorableTime}, into a new table with the
 * overrides of {@link TableRestores}. Errors: {@code TableNotFoundException} ("Table not found:
 * <name>") for a missing source, including a deleted one (restore its {@code SYSTEM} backup with
 * RestoreTableFromBackup instead); {@code PointInTimeRecoveryUnavailableException} ("Point in time
 * recovery is not enabled for table '<name>'", as the moto project's AWS-verified test pins it);
 * {@code InvalidRestoreTimeException} with the API Reference's text; a {@code ValidationException}
 * for neither or both of the source parameters or of the time parameters (the engine's wording).
 */
public final class ContinuousBackupOperations {
  static final String INVALID_RESTORE_TIME =
      "An invalid restore time was specified. RestoreDateTime must be between"
          + " EarliestRestorableDateTime and LatestRestorableDateTime.";

  private final Tables tables;
  private final PointInTimeRecovery recovery;
  private final TableRestores restores;
  private final TableDescriptions descriptions;
  private final BackupOperations backups;

  ContinuousBackupOperations(
      Tables tables,
      PointInTimeRecovery recovery,
      TableRestores restores,
      TableDescriptions descriptions,
      BackupOperations backups) {
    this.tables = tables;
    this.recovery = recovery;
    this.restores = restores;
    this.descriptions = descriptions;
    this.backups = backups;
  }

  /** UpdateContinuousBackups: enables (with a period) or disables point-in-time recovery. */
  public UpdateContinuousBackupsResponse updateContinuousBackups(
      UpdateContinuousBackupsRequest request) {
    PointInTimeRecoverySpecification specification = request.pointInTimeRecoverySpecification();
    Table table = backups.sourceTable(request.tableName());
    if (Boolean.TRUE.equals(specification.pointInTimeRecoveryEnabled())) {
      Integer days = specification.recoveryPeriodInDays();
      recovery.enable(table, days == null ? PointInTimeRecovery.DEFAULT_RECOVERY_PERIOD_DAYS : days);
    } else {
      if (specification.recoveryPeriodInDays() != null) {
        // AWS documents no answer to a period sent while disabling; the engine refuses it rather
        // than accept and ignore it (its own wording).
        throw new InvalidRequestException(
            "RecoveryPeriodInDays can only be set when PointInTimeRecoveryEnabled is true");
      }
      recovery.disable(table);
    }
    return UpdateContinuousBackupsResponse.builder()
        .continuousBackupsDescription(describe(table))
        .build();
  }

  /** DescribeContinuousBackups. */
  public DescribeContinuousBackupsResponse describeContinuousBackups(
      DescribeContinuousBackupsRequest request) {
    Table table = backups.sourceTable(request.tableName());
    return DescribeContinuousBackupsResponse.builder()
        .continuousBackupsDescription(describe(table))
        .build();
  }

  /** RestoreTableToPointInTime. */
  public RestoreTableToPointInTimeResponse restoreTableToPointInTime(
      RestoreTableToPointInTimeRequest request) {
    String name = request.sourceTableName();
    String arn = request.sourceTableArn();
    if ((name == null) == (arn == null)) {
      throw new InvalidRequestException(
          "Exactly one of SourceTableName and SourceTableArn must be specified");
    }
    boolean latest = Boolean.TRUE.equals(request.useLatestRestorableTime());
    if (latest == (request.restoreDateTime() != null)) {
      throw new InvalidRequestException(
          "Exactly one of RestoreDateTime and UseLatestRestorableTime (true) must be specified");
    }
    Table source = backups.sourceTable(name != null ? name : arn);
    restores.checkTarget(request.targetTableName());
    PointInTimeRecovery.Window window = recovery.window(source);
    if (window == null) {
      throw Errors.pointInTimeRecoveryUnavailable(
          "Point in time recovery is not enabled for table '" + source.name() + "'");
    }
    Instant time = latest ? window.latest() : request.restoreDateTime();
    NavigableMap<ItemKey, Item> items;
    try {
      items = recovery.itemsAt(source, time);
    } catch (PointInTimeRecoveryException e) {
      if (e.reason() == PointInTimeRecoveryException.Reason.OUT_OF_WINDOW) {
        throw Errors.invalidRestoreTime(INVALID_RESTORE_TIME);
      }
      throw Errors.pointInTimeRecoveryUnavailable(
          "Point in time recovery is not enabled for table '" + source.name() + "'");
    }
    // The source's current settings with its items at the point in time.
    TableImage image = TableImage.of(source, descriptions.arn(source), null, null, items);
    TableRestores.Overrides overrides =
        new TableRestores.Overrides(
            request.billingModeOverride(),
            request.provisionedThroughputOverride(),
            request.onDemandThroughputOverride(),
            request.hasGlobalSecondaryIndexOverride() ? request.globalSecondaryIndexOverride() : null,
            request.hasLocalSecondaryIndexOverride() ? request.localSecondaryIndexOverride() : null,
            request.sseSpecificationOverride());
    Table table =
        restores.restore(image, image.items(), request.targetTableName(), overrides, null, time);
    return RestoreTableToPointInTimeResponse.builder()
        .tableDescription(descriptions.describe(table, TableStatus.ACTIVE))
        .build();
  }

  private ContinuousBackupsDescription describe(Table table) {
    PointInTimeRecovery.Window window = recovery.window(table);
    PointInTimeRecoveryDescription.Builder pitr = PointInTimeRecoveryDescription.builder();
    if (window == null) {
      pitr.pointInTimeRecoveryStatus(PointInTimeRecoveryStatus.DISABLED);
    } else {
      pitr.pointInTimeRecoveryStatus(PointInTimeRecoveryStatus.ENABLED)
          .recoveryPeriodInDays(window.recoveryPeriodInDays())
          .earliestRestorableDateTime(window.earliest())
          .latestRestorableDateTime(window.latest());
    }
    return ContinuousBackupsDescription.builder()
        .continuousBackupsStatus(ContinuousBackupsStatus.ENABLED)
        .pointInTimeRecoveryDescription(pitr.build())
        .build();
  }
}
