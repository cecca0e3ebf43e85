package io.sable.engine.table;

import java.time.Instant;

/**
 * How a table was restored, as DescribeTable's {@code RestoreSummary} reports it (API Reference,
 * {@code RestoreSummary}); the table is {@code CREATING} until {@code activeAt} on the engine clock.
 *
 * @param sourceBackupArn the backup restored from, or {@code null} for a point-in-time restore
 * @param sourceTableArn the table the data came from
 * @param restoreDateTime the point in time the data reflects (the backup's creation time, or the
 *     requested point in time)
 * @param activeAt when the restore completes: the table is {@code ACTIVE} from then on
 */
public record TableRestore(
    String sourceBackupArn, String sourceTableArn, Instant restoreDateTime, Instant activeAt) {
  /** Whether the restore is still in progress at {@code now} (the table is {@code CREATING}). */
  public boolean inProgress(Instant now) {
    return now.isBefore(activeAt);
  }
}
