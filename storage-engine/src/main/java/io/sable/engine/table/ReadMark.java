package io.sable.engine.table;

/**
 * The mark a {@code TransactGetItems} leaves on one item while it reads its items ({@link
 * Table#readMarked}): any write of the item before the mark is removed ({@link Table#unmark})
 * invalidates it, so that the read can be cancelled with a {@code TransactionConflict} instead of
 * returning a view that never existed. Writers are never delayed by marks.
 */
public final class ReadMark {
  private volatile boolean invalidated;

  void invalidate() {
    invalidated = true;
  }

  /** Whether some write touched the marked item while the mark was on it. */
  public boolean isInvalidated() {
    return invalidated;
  }
}
