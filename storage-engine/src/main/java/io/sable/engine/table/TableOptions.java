package io.sable.engine.table;

import java.time.Instant;
import software.amazon.awssdk.services.dynamodb.model.TableClass;

/**
 * The settings of one table that CreateTable and UpdateTable set and DescribeTable reports, beyond
 * its key schema, indexes and throughput: {@code DeletionProtectionEnabled} and {@code TableClass}.
 * Thread-safe.
 *
 * <p>Deletion protection: "When you enable deletion protection for a table, it can't be deleted by
 * anyone" until it is turned off with UpdateTable (Developer Guide, "Using deletion protection").
 * The table class ({@code STANDARD} or {@code STANDARD_INFREQUENT_ACCESS}, Developer Guide, "Table
 * classes") changes only the price of storage and throughput in DynamoDB, so the engine stores and
 * reports it and behaves the same for both.
 */
public final class TableOptions {
  private boolean deletionProtectionEnabled;
  private TableClass tableClass;
  private Instant tableClassUpdated;

  /** Whether DeleteTable is refused ({@code DeletionProtectionEnabled}); {@code false} by default. */
  public synchronized boolean deletionProtectionEnabled() {
    return deletionProtectionEnabled;
  }

  /** Turns deletion protection on or off. */
  public synchronized void deletionProtectionEnabled(boolean enabled) {
    this.deletionProtectionEnabled = enabled;
  }

  /**
   * The table class last set by CreateTable or UpdateTable, or {@code null} if none was ever given
   * (the table is {@code STANDARD}, and DescribeTable has no {@code TableClassSummary}).
   */
  public synchronized TableClass tableClass() {
    return tableClass;
  }

  /** When UpdateTable last changed the table class, or {@code null} if it never did. */
  public synchronized Instant tableClassUpdated() {
    return tableClassUpdated;
  }

  /**
   * Sets the table class.
   *
   * @param updated when UpdateTable changed it, or {@code null} for CreateTable
   */
  public synchronized void tableClass(TableClass tableClass, Instant updated) {
    this.tableClass = tableClass;
    this.tableClassUpdated = updated;
  }
}
