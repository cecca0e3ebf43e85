/**
 * DynamoDB's on-demand backups and point-in-time recovery, in memory: {@link
 * io.sable.engine.backup.Backups} (the catalog of on-demand backups, each a {@link
 * io.sable.engine.backup.TableImage} of a table's definition and items) and {@link
 * io.sable.engine.backup.PointInTimeRecovery} (each recovering table's change history on the
 * engine clock, a {@link io.sable.engine.table.ChangeCapture}: a base image plus timestamped
 * changes, folded into the base once older than the recovery period). Times are the engine
 * clock's. The API operations are {@code io.sable.engine.api.internal.BackupOperations} and {@code
 * ContinuousBackupOperations}. A durable engine ({@code io.sable.engine.storage}) keeps backups
 * through {@link io.sable.engine.backup.Backups.Store} and point-in-time recovery histories in its
 * snapshots ({@link io.sable.engine.backup.PointInTimeRecovery#state} and {@code restore}).
 */
package io.sable.engine.backup;
