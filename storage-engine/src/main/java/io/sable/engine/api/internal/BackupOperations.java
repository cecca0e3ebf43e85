package io.sable.engine.api.internal;

import io.sable.engine.backup.Backup;
import io.sable.engine.backup.BackupSettings;
import io.sable.engine.backup.Backups;
import io.sable.engine.backup.PointInTimeRecovery;
import io.sable.engine.backup.TableImage;
import io.sable.engine.stream.Streams;
import io.sable.engine.stream.TableStream;
import io.sable.engine.table.Table;
import io.sable.engine.table.TableRestore;
import io.sable.engine.table.TableSettings;
import io.sable.engine.table.Tables;
import io.sable.engine.ttl.TimeToLive;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import software.amazon.awssdk.services.dynamodb.model.BackupStatus;
import software.amazon.awssdk.services.dynamodb.model.BackupSummary;
import software.amazon.awssdk.services.dynamodb.model.BackupType;
import software.amazon.awssdk.services.dynamodb.model.BackupTypeFilter;
import software.amazon.awssdk.services.dynamodb.model.CreateBackupRequest;
import software.amazon.awssdk.services.dynamodb.model.CreateBackupResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteBackupRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteBackupResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeBackupRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeBackupResponse;
import software.amazon.awssdk.services.dynamodb.model.ListBackupsRequest;
import software.amazon.awssdk.services.dynamodb.model.ListBackupsResponse;
import software.amazon.awssdk.services.dynamodb.model.RestoreTableFromBackupRequest;
import software.amazon.awssdk.services.dynamodb.model.RestoreTableFromBackupResponse;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * CreateBackup, DescribeBackup, ListBackups, DeleteBackup and RestoreTableFromBackup, over the
 * engine's {@link Backups} (in memory; a durable engine also keeps each backup in a file of its
 * data directory, written before CreateBackup returns).
 *
 * <p>A backup holds the table's definition and items at the request ({@link TableImage#of}: every
 * write acknowledged before CreateBackup is in it, none started after it returned; a write or
 * transaction running meanwhile may be in it or not, or in part, as DynamoDB's backups "do not
 * support causal consistency"), plus, for DescribeBackup, its stream and Time to Live settings. It
 * does not hold the table's tags (Developer Guide, "Backing up a DynamoDB table"). It is {@code
 * CREATING} for {@link BackupSettings#backupCreation()} on the engine clock, then {@code
 * AVAILABLE}; it survives DeleteTable. DeleteTable of a table with point-in-time recovery enabled
 * adds a {@code SYSTEM} backup named {@code <table>$DeletedTableBackup} of the table as it was
 * deleted, kept 35 days (API Reference, {@code BackupSummary}: "System backups allow you to
 * restore the deleted table to the state it was in just before the point of deletion").
 *
 * <p>Errors: a missing source table is {@code TableNotFoundException} ("Table not found: <name>");
 * a missing backup {@code BackupNotFoundException} ("Backup not found: <arn>"); deleting or
 * restoring a backup still {@code CREATING} is {@code BackupInUseException} (the API Reference's
 * text); a taken target name is {@code TableAlreadyExistsException} ("Table already exists:
 * <name>") or, while that table is being restored, {@code TableInUseException}. (Messages as the
 * moto project's DynamoDB model words them; DynamoDB's own are not documented.)
 */
public final class BackupOperations {
  /** DynamoDB's {@code BackupInUseException} text (API Reference, {@code DeleteBackup}). */
  static final String BACKUP_IN_USE =
      "There is another ongoing conflicting backup control plane operation on the table. The"
          + " backup is either being created, deleted or restored to a table.";

  private static final int MAX_LIMIT = 100;

  private final Tables tables;
  private final Clock clock;
  private final Streams streams;
  private final TimeToLive timeToLive;
  private final TableDescriptions descriptions;
  private final Backups backups;
  private final PointInTimeRecovery recovery;
  private final TableRestores restores;
  private final ContinuousBackupOperations continuous;

  /** Backup operations on {@code tables}; see {@code EngineDynamoDbClient} for the parameters. */
  public BackupOperations(
      Tables tables,
      int partitionCount,
      String region,
      String accountId,
      Clock clock,
      Streams streams,
      TimeToLive timeToLive,
      TableSettings settings,
      BackupSettings backupSettings) {
    this.tables = tables;
    this.clock = clock;
    this.streams = streams;
    this.timeToLive = timeToLive;
    this.descriptions = new TableDescriptions(region, accountId, streams, clock);
    this.backups = new Backups(clock, backupSettings.backupCreation());
    this.recovery = new PointInTimeRecovery(tables, clock, backupSettings.latestRestorableLag());
    this.restores =
        new TableRestores(tables, partitionCount, settings, clock, backupSettings.restore());
    this.continuous = new ContinuousBackupOperations(tables, recovery, restores, descriptions, this);
  }

  /** The engine's point-in-time recovery (for exports). */
  public PointInTimeRecovery pointInTimeRecovery() {
    return recovery;
  }

  /** The engine's on-demand backups. */
  public Backups backups() {
    return backups;
  }

  /** UpdateContinuousBackups, DescribeContinuousBackups and RestoreTableToPointInTime. */
  public ContinuousBackupOperations continuous() {
    return continuous;
  }

  /** CreateBackup: {@code BackupDetails} with status {@code CREATING} (or {@code AVAILABLE}). */
  public CreateBackupResponse createBackup(CreateBackupRequest request) {
    Table table = sourceTable(request.tableName());
    TableRestore restore = table.restore();
    if (restore != null && restore.inProgress(clock.instant())) {
      throw Errors.tableInUse(TableRestores.TABLE_IN_USE);
    }
    Backup backup = backups.add(image(table), request.backupName(), BackupType.USER);
    return CreateBackupResponse.builder()
        .backupDetails(BackupDescriptions.details(backup, backup.status(clock.instant())))
        .build();
  }

  /** DescribeBackup. */
  public DescribeBackupResponse describeBackup(DescribeBackupRequest request) {
    Backup backup = backup(request.backupArn());
    return DescribeBackupResponse.builder()
        .backupDescription(BackupDescriptions.describe(backup, backup.status(clock.instant())))
        .build();
  }

  /** DeleteBackup: the description of the deleted backup, with status {@code DELETED}. */
  public DeleteBackupResponse deleteBackup(DeleteBackupRequest request) {
    Backup backup = backup(request.backupArn());
    if (backup.status(clock.instant()) == BackupStatus.CREATING) {
      throw Errors.backupInUse(BACKUP_IN_USE);
    }
    if (backups.remove(backup.arn()) == null) {
      throw backupNotFound(backup.arn());
    }
    return DeleteBackupResponse.builder()
        .backupDescription(BackupDescriptions.describe(backup, BackupStatus.DELETED))
        .build();
  }

  /**
   * ListBackups: the backups in ARN order (by table name, then creation time), of {@code
   * TableName} (a name or an ARN) only if given, created at or after {@code TimeRangeLowerBound}
   * and before {@code TimeRangeUpperBound} (API Reference: "start time is inclusive, but end time is
   * exclusive"), of {@code BackupType} ({@code USER} by default, {@code ALL} for user and system
   * backups), {@code Limit} (1 to 100, default 100) at a time, with {@code LastEvaluatedBackupArn}
   * when more follow.
   */
  public ListBackupsResponse listBackups(ListBackupsRequest request) {
    String tableName = request.tableName() == null ? null : tableName(request.tableName());
    Instant lower = request.timeRangeLowerBound();
    Instant upper = request.timeRangeUpperBound();
    BackupTypeFilter type =
        request.backupType() == null ? BackupTypeFilter.USER : request.backupType();
    Predicate<Backup> filter =
        b -> (tableName == null || b.image().tableName().equals(tableName))
            && (lower == null || !b.created().isBefore(lower))
            && (upper == null || b.created().isBefore(upper))
            && (type == BackupTypeFilter.ALL
                ? b.type() != BackupType.AWS_BACKUP
                : b.type().toString().equals(type.toString()));
    int limit = request.limit() == null ? MAX_LIMIT : Math.min(request.limit(), MAX_LIMIT);
    Backups.Page page = backups.list(request.exclusiveStartBackupArn(), filter, limit);
    Instant now = clock.instant();
    List<BackupSummary> summaries = new ArrayList<>();
    for (Backup backup : page.backups()) {
      summaries.add(BackupDescriptions.summary(backup, now));
    }
    ListBackupsResponse.Builder response = ListBackupsResponse.builder().backupSummaries(summaries);
    if (page.more()) {
      response.lastEvaluatedBackupArn(page.backups().get(page.backups().size() - 1).arn());
    }
    return response.build();
  }

  /**
   * RestoreTableFromBackup: a new table named {@code TargetTableName} with the backup's items and
   * settings, with the overrides applied ({@link TableRestores}); its description is {@code
   * CREATING} with a {@code RestoreSummary}.
   */
  public RestoreTableFromBackupResponse restoreTableFromBackup(RestoreTableFromBackupRequest request) {
    Backup backup = backup(request.backupArn());
    if (backup.status(clock.instant()) == BackupStatus.CREATING) {
      throw Errors.backupInUse(BACKUP_IN_USE);
    }
    TableRestores.Overrides overrides =
        new TableRestores.Overrides(
            request.billingModeOverride(),
            request.provisionedThroughputOverride(),
            request.onDemandThroughputOverride(),
            request.hasGlobalSecondaryIndexOverride() ? request.globalSecondaryIndexOverride() : null,
            request.hasLocalSecondaryIndexOverride() ? request.localSecondaryIndexOverride() : null,
            request.sseSpecificationOverride());
    Table table =
        restores.restore(
            backup.image(),
            backup.image().items(),
            request.targetTableName(),
            overrides,
            backup.arn(),
            backup.created());
    return RestoreTableFromBackupResponse.builder()
        .tableDescription(descriptions.describe(table, TableStatus.ACTIVE))
        .build();
  }

  /**
   * Before DeleteTable of {@code table}: if point-in-time recovery is enabled on it, the image its
   * {@code SYSTEM} backup will hold, else {@code null}.
   */
  public TableImage beforeDelete(Table table) {
    return table != null && recovery.window(table) != null ? image(table) : null;
  }

  /**
   * After DeleteTable of {@code table}: its point-in-time recovery history is dropped and, if
   * {@code image} is not {@code null}, kept as a {@code SYSTEM} backup.
   */
  public void tableDeleted(Table table, TableImage image) {
    if (table == null || tables.get(table.name()) == table) {
      return;
    }
    recovery.tableDeleted(table);
    if (image != null) {
      backups.add(image, table.name() + "$DeletedTableBackup", BackupType.SYSTEM);
    }
  }

  /** A copy of {@code table} now, with its stream and Time to Live settings. */
  TableImage image(Table table) {
    TableStream stream = streams.enabled(table);
    return TableImage.of(
        table,
        descriptions.arn(table),
        stream == null ? null : stream.viewType(),
        timeToLive.attributeName(table));
  }

  /** The table named by {@code nameOrArn}, or {@code TableNotFoundException}. */
  Table sourceTable(String nameOrArn) {
    String name = tableName(nameOrArn);
    Table table = tables.get(name);
    if (table == null) {
      throw Errors.tableNotFound("Table not found: " + name);
    }
    return table;
  }

  /** The table name in {@code nameOrArn}: a name, or an ARN ending in {@code table/<name>}. */
  static String tableName(String nameOrArn) {
    if (nameOrArn.startsWith("arn:")) {
      int at = nameOrArn.indexOf(":table/");
      if (at >= 0) {
        return nameOrArn.substring(at + ":table/".length());
      }
    }
    Requests.checkName(nameOrArn, "tableName");
    return nameOrArn;
  }

  private Backup backup(String arn) {
    Backup backup = backups.get(arn);
    if (backup == null) {
      throw backupNotFound(arn);
    }
    return backup;
  }

  private static RuntimeException backupNotFound(String arn) {
    return Errors.backupNotFound("Backup not found: " + arn);
  }
}
