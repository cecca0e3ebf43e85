package io.sable.engine.table;

/**
 * The owner of the item locks of one in-flight {@code TransactWriteItems}, and its commit point.
 *
 * <p>A transaction locks each of its items ({@link Table#tryLock}), stages the new items ({@link
 * LockedItem#stage}), then calls {@link #commit()}: from that instant every {@link Table#get} of a
 * locked item returns the staged item, so that the whole transaction becomes visible at once, even
 * while {@link LockedItem#apply()} is still storing the items one by one. Thread-safe.
 */
public final class TransactionLock {
  private volatile boolean committed;

  /** Makes every staged item of this transaction visible at once; call once, after staging all. */
  public void commit() {
    committed = true;
  }

  /** Whether {@link #commit()} was called. */
  public boolean isCommitted() {
    return committed;
  }
}
