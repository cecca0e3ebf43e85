package io.sable.engine.backup;

import java.time.Duration;
import java.util.Objects;

/**
 * The times of backup and restore on the engine clock.
 *
 * <p>DynamoDB documents no durations: "Backup requests are processed instantaneously and become
 * available for restore within minutes" (API Reference, {@code CreateBackup}), a restore takes
 * time that "is not always correlated directly to the size of the table" (Developer Guide,
 * "Restoring a DynamoDB table from a backup"), and "LatestRestorableDateTime is typically 5
 * minutes before the current time" (API Reference, {@code PointInTimeRecoveryDescription}).
 *
 * @param backupCreation how long a new backup stays {@code CREATING} before it is {@code
 *     AVAILABLE} (and can be restored or deleted); default 1 second
 * @param restore how long a restored table stays {@code CREATING} before it is {@code ACTIVE};
 *     default 1 second
 * @param latestRestorableLag how far behind the engine clock {@code LatestRestorableDateTime} is;
 *     default DynamoDB's 5 minutes
 */
public record BackupSettings(Duration backupCreation, Duration restore, Duration latestRestorableLag) {
  /** The defaults: 1 second, 1 second, 5 minutes. */
  public static final BackupSettings DEFAULT =
      new BackupSettings(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofMinutes(5));

  /** No time at all: backups are AVAILABLE, restored tables ACTIVE, and the latest restorable
   * time is now. Convenient for tests that do not look at status transitions. */
  public static final BackupSettings IMMEDIATE =
      new BackupSettings(Duration.ZERO, Duration.ZERO, Duration.ZERO);

  /**
   * Checks the durations.
   *
   * @throws IllegalArgumentException if any is negative
   */
  public BackupSettings {
    for (Duration d : new Duration[] {
        Objects.requireNonNull(backupCreation, "backupCreation"),
        Objects.requireNonNull(restore, "restore"),
        Objects.requireNonNull(latestRestorableLag, "latestRestorableLag")}) {
      if (d.isNegative()) {
        throw new IllegalArgumentException("backup durations must not be negative: " + d);
      }
    }
  }
}
