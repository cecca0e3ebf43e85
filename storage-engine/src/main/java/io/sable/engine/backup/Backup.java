package io.sable.engine.backup;

import java.time.Instant;
import software.amazon.awssdk.services.dynamodb.model.BackupStatus;
import software.amazon.awssdk.services.dynamodb.model.BackupType;

/**
 * One on-demand backup: its ARN, name, type and times, and the {@link TableImage} it holds.
 * Immutable; its status follows from the engine clock.
 *
 * @param arn {@code arn:aws:dynamodb:<region>:<account>:table/<table>/backup/<14-digit
 *     milliseconds>-<8 hex digits>}, as DynamoDB's (API Reference, {@code DescribeBackup} example:
 *     {@code .../table/MusicCollection/backup/01576616366715-b4e58d3a})
 * @param name the name given to CreateBackup ({@code <table>$DeletedTableBackup} for a {@code
 *     SYSTEM} backup)
 * @param type {@code USER} (CreateBackup) or {@code SYSTEM} (DeleteTable of a table with
 *     point-in-time recovery)
 * @param created {@code BackupCreationDateTime}: the request time
 * @param availableAt when it becomes {@code AVAILABLE}
 * @param expires {@code BackupExpiryDateTime} of a {@code SYSTEM} backup (35 days after creation),
 *     or {@code null}
 * @param image the table's definition and items
 */
public record Backup(
    String arn,
    String name,
    BackupType type,
    Instant created,
    Instant availableAt,
    Instant expires,
    TableImage image) {

  /** {@code CREATING} until {@link #availableAt}, then {@code AVAILABLE}. */
  public BackupStatus status(Instant now) {
    return now.isBefore(availableAt) ? BackupStatus.CREATING : BackupStatus.AVAILABLE;
  }

  /** Whether a {@code SYSTEM} backup has expired at {@code now}. */
  public boolean expired(Instant now) {
    return expires != null && !now.isBefore(expires);
  }
}
