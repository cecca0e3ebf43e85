package io.sable.engine.table;

/**
 * A write would take an item collection of a table with local secondary indexes over the table's
 * item collection size limit (10 GB in DynamoDB; {@link Table#itemCollectionSizeLimit()}). The API
 * layer answers with DynamoDB's {@code ItemCollectionSizeLimitExceededException}. Nothing changed.
 */
public final class ItemCollectionTooLargeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The exception for a write that would overflow its item collection. */
  public ItemCollectionTooLargeException() {
    super("Item collection size limit exceeded", null, false, false);
  }
}
