package io.sable.engine.transfer;

import io.sable.engine.table.Table;
import java.time.Instant;
import java.util.List;

/**
 * Where ExportTableToPointInTime reads a table's past: point-in-time recovery. DynamoDB exports
 * only tables with point-in-time recovery enabled, from any second of its recovery window
 * (Developer Guide, "DynamoDB data export to Amazon S3: how it works").
 *
 * <p>The engine's default, {@link #UNAVAILABLE}, reports point-in-time recovery disabled for every
 * table, so every export fails with {@code PointInTimeRecoveryUnavailableException} until the
 * engine is given a source backed by its point-in-time recovery.
 */
public interface ExportSource {
  /** No point-in-time recovery: every export is refused. */
  ExportSource UNAVAILABLE =
      new ExportSource() {
        @Override
        public boolean pitrEnabled(Table table) {
          return false;
        }

        @Override
        public Instant earliestRestorableTime(Table table) {
          throw new IllegalStateException("point-in-time recovery is not enabled");
        }

        @Override
        public List<io.sable.engine.value.Item> itemsAt(Table table, Instant time) {
          throw new IllegalStateException("point-in-time recovery is not enabled");
        }

        @Override
        public List<Change> changesBetween(Table table, Instant from, Instant to) {
          throw new IllegalStateException("point-in-time recovery is not enabled");
        }
      };

  /** Whether point-in-time recovery is enabled on {@code table}. */
  boolean pitrEnabled(Table table);

  /** The start of {@code table}'s recovery window (only called when {@link #pitrEnabled}). */
  Instant earliestRestorableTime(Table table);

  /**
   * Every item of {@code table} as it was at {@code time}, a time within its recovery window (only
   * called when {@link #pitrEnabled}).
   */
  List<io.sable.engine.value.Item> itemsAt(Table table, Instant time);

  /**
   * Every change committed to {@code table} at or after {@code from} and before {@code to}, in
   * commit order (only called when {@link #pitrEnabled}).
   */
  List<Change> changesBetween(Table table, Instant from, Instant to);
}
