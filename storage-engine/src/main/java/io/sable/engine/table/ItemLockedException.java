package io.sable.engine.table;

/**
 * A write or a {@code TransactGetItems} read reached an item that an in-flight {@code
 * TransactWriteItems} holds locked. The API layer answers with DynamoDB's {@code
 * TransactionConflictException} ("Transaction is ongoing for the item") or a {@code
 * TransactionConflict} cancellation reason. It carries no stack trace: conflicts are ordinary
 * under contention.
 */
public final class ItemLockedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The exception for an item locked by a transaction. */
  public ItemLockedException() {
    super("Transaction is ongoing for the item", null, false, false);
  }
}
