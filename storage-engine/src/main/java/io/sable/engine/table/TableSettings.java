package io.sable.engine.table;

import io.sable.engine.index.IndexBackfill;
import io.sable.engine.index.IndexLag;
import java.util.Objects;

/**
 * Engine-wide settings every table gets ({@code SableEngine.Builder}).
 *
 * @param itemCollectionSizeLimit the largest item collection of a table with local secondary
 *     indexes, in bytes ({@link Table#DEFAULT_ITEM_COLLECTION_SIZE_LIMIT} in DynamoDB), at least 1
 * @param globalIndexLag how long a write takes to show in global secondary indexes
 * @param indexBackfill how long a global secondary index UpdateTable creates stays CREATING
 * @param journal where writes are logged ({@link Journal#NONE}: in memory only)
 */
public record TableSettings(
    long itemCollectionSizeLimit,
    IndexLag globalIndexLag,
    IndexBackfill indexBackfill,
    Journal journal) {
  /** DynamoDB's item collection size limit, no index lag, no backfill time on the clock. */
  public static final TableSettings DEFAULT =
      new TableSettings(Table.DEFAULT_ITEM_COLLECTION_SIZE_LIMIT, IndexLag.NONE);

  /** Settings without backfill time on the clock ({@link IndexBackfill#NONE}). */
  public TableSettings(long itemCollectionSizeLimit, IndexLag globalIndexLag) {
    this(itemCollectionSizeLimit, globalIndexLag, IndexBackfill.NONE);
  }

  /** Settings of an in-memory engine ({@link Journal#NONE}). */
  public TableSettings(
      long itemCollectionSizeLimit, IndexLag globalIndexLag, IndexBackfill indexBackfill) {
    this(itemCollectionSizeLimit, globalIndexLag, indexBackfill, Journal.NONE);
  }

  /** Checks the settings. */
  public TableSettings {
    if (itemCollectionSizeLimit < 1) {
      throw new IllegalArgumentException(
          "itemCollectionSizeLimit must be positive: " + itemCollectionSizeLimit);
    }
    Objects.requireNonNull(globalIndexLag, "globalIndexLag");
    Objects.requireNonNull(indexBackfill, "indexBackfill");
    Objects.requireNonNull(journal, "journal");
  }
}
