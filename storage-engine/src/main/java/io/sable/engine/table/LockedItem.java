package io.sable.engine.table;

import io.sable.engine.value.Item;
import io.sable.engine.value.ItemKey;

/**
 * One item locked by a {@link TransactionLock}: while it is held, single-item writes of the item
 * fail with {@link ItemLockedException}, other transactions cannot lock it, and {@code
 * TransactGetItems} of it are cancelled. Obtained from {@link Table#tryLock}; end it with exactly
 * one of {@link #apply()} or {@link #release()}. Used by one transaction's thread.
 */
public final class LockedItem {
  private final Partition partition;
  private final ItemKey key;
  private final TransactionLock owner;
  private volatile Item staged;
  private volatile boolean changes;

  LockedItem(Partition partition, ItemKey key, TransactionLock owner) {
    this.partition = partition;
    this.key = key;
    this.owner = owner;
  }

  /** The item's key. */
  public ItemKey key() {
    return key;
  }

  /** The stored item, or {@code null}; stable while the lock is held. */
  public Item current() {
    return partition.items().get(key);
  }

  /**
   * Stages the item to store at commit. Call before {@link TransactionLock#commit()}; an item that
   * is never staged (a {@code ConditionCheck}) is left unchanged.
   *
   * @param next the new item, or {@code null} to delete it
   */
  public void stage(Item next) {
    this.staged = next;
    this.changes = true;
  }

  /**
   * Stores the staged item (maintaining secondary indexes) and releases the lock, atomically under
   * the item's partition lock. Call after {@link TransactionLock#commit()}. Never fails: the
   * staged item was validated before the commit.
   */
  public void apply() {
    partition.apply(this);
  }

  /** Releases the lock and changes nothing (the transaction was cancelled). */
  public void release() {
    partition.release(this);
  }

  /** Whether {@link #stage} was called: the transaction changes this item. */
  public boolean isStaged() {
    return changes;
  }

  /** The staged item ({@code null}: a delete); meaningful only if {@link #isStaged()}. */
  public Item stagedItem() {
    return staged;
  }

  TransactionLock owner() {
    return owner;
  }

  boolean changes() {
    return changes;
  }

  Item staged() {
    return staged;
  }

  /** What a reader sees: the staged item once the owner committed, else the stored one. */
  Item visible() {
    return owner.isCommitted() && changes ? staged : partition.items().get(key);
  }
}
