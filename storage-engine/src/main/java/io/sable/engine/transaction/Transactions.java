package io.sable.engine.transaction;

import io.sable.engine.index.SecondaryIndex;
import io.sable.engine.table.ItemLockedException;
import io.sable.engine.table.Journal;
import io.sable.engine.table.LockedItem;
import io.sable.engine.table.ReadMark;
import io.sable.engine.table.Table;
import io.sable.engine.table.TransactionLock;
import io.sable.engine.table.WriteResult;
import io.sable.engine.value.InvalidRequestException;
import io.sable.engine.value.Item;
import io.sable.engine.value.ItemKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/**
 * Runs {@code TransactWriteItems} and {@code TransactGetItems} all-or-nothing and serializably
 * with respect to each other and to single-item operations, with DynamoDB's cancellation reasons.
 *
 * <p>A write transaction locks each of its items ({@link Table#tryLock}) in a canonical order
 * (table name, then key order), without ever waiting: an item that another transaction holds
 * cancels it with {@code TransactionConflict}. Holding every lock, it evaluates each action against
 * the current item, in request order; any failed condition or validation error cancels it, reporting
 * every action's reason. Otherwise it stages the new items, passes its commit point ({@link
 * TransactionLock#commit()}: from then on readers see all of its items), stores them and releases
 * the locks. While an item is locked, single-item writes of it fail ({@link ItemLockedException},
 * DynamoDB's {@code TransactionConflictException}).
 *
 * <p>A read transaction reads its items and leaves a {@link ReadMark} on each; an item locked by a
 * write transaction, or written by anything before the marks are removed, cancels it with {@code
 * TransactionConflict}. Otherwise every item it returns was current at one instant.
 *
 * <p>Transactions on disjoint items share no lock; each step holds one partition lock for one item.
 * Thread-safe.
 */
public final class Transactions {
  private static final Comparator<WriteAction> CANONICAL_ORDER =
      Comparator.comparing((WriteAction action) -> action.table().name())
          .thenComparing(WriteAction::key);

  private final TransactionHook hook;

  /** Transactions that call {@code hook} while they hold their items (a test facility). */
  public Transactions(TransactionHook hook) {
    this.hook = hook;
  }

  /**
   * Runs a write transaction.
   *
   * @param request the request, for the {@link TransactionHook}
   * @param actions its actions, in request order, on distinct items
   * @return each action's item before and after it, in request order (before and after are the
   *     same item for a {@code ConditionCheck})
   * @throws TransactionCanceled with one reason per action if any action was invalid, failed its
   *     condition or conflicted with another transaction; nothing changed
   */
  public List<WriteResult> write(SdkRequest request, List<WriteAction> actions) {
    int count = actions.size();
    LockedItem[] locks = new LockedItem[count];
    TransactionLock owner = new TransactionLock();
    boolean committed = false;
    try {
      lockAll(actions, locks, owner);
      pause(request);
      WriteResult[] results = new WriteResult[count];
      Cancellation[] reasons = new Cancellation[count];
      boolean cancelled = false;
      for (int i = 0; i < count; i++) {
        WriteAction action = actions.get(i);
        reasons[i] = action.isValid() ? evaluate(action, locks[i], results, i) : action.invalid();
        cancelled |= reasons[i].isCause();
      }
      if (cancelled) {
        throw new TransactionCanceled(Arrays.asList(reasons));
      }
      Journal journal = journal(actions);
      if (journal == Journal.NONE) {
        owner.commit();
        committed = true;
        applyAll(locks);
      } else {
        journal.beginWrite();
        try {
          log(journal, request, actions, locks);
          owner.commit();
          committed = true;
          applyAll(locks);
        } finally {
          journal.endWrite();
        }
      }
      return Arrays.asList(results);
    } finally {
      if (!committed) {
        releaseAll(locks);
      }
    }
  }

  /**
   * Runs a read transaction.
   *
   * @param request the request, for the {@link TransactionHook}
   * @param tables the table of each item, in request order ({@code null} for an invalid item)
   * @param keys the key of each item ({@code null} for an invalid item)
   * @param invalid the {@code ValidationError} of each invalid item, else {@code null}
   * @return the items (an element is {@code null} where there is no item), in request order
   * @throws TransactionCanceled with one reason per item if an item was invalid, locked by a write
   *     transaction, or written while it was read
   */
  public List<Item> read(
      SdkRequest request, List<Table> tables, List<ItemKey> keys, List<Cancellation> invalid) {
    int count = keys.size();
    if (invalid.stream().anyMatch(reason -> reason != null)) {
      List<Cancellation> reasons = new ArrayList<>(count);
      invalid.forEach(reason -> reasons.add(reason == null ? Cancellation.NONE : reason));
      throw new TransactionCanceled(reasons);
    }
    ReadMark[] marks = new ReadMark[count];
    Item[] items = new Item[count];
    try {
      for (int i = 0; i < count; i++) {
        ReadMark mark = new ReadMark();
        try {
          items[i] = tables.get(i).readMarked(keys.get(i), mark);
        } catch (ItemLockedException e) {
          throw conflicts(
              count,
              i,
              j -> tables.get(j).isLocked(keys.get(j)) ? Cancellation.TRANSACTION_CONFLICT : Cancellation.NONE);
        }
        marks[i] = mark;
      }
      pause(request);
    } finally {
      for (int i = 0; i < count; i++) {
        if (marks[i] != null) {
          tables.get(i).unmark(keys.get(i), marks[i]);
        }
      }
    }
    boolean conflict = false;
    Cancellation[] reasons = new Cancellation[count];
    for (int i = 0; i < count; i++) {
      reasons[i] = marks[i].isInvalidated() ? Cancellation.TRANSACTION_CONFLICT : Cancellation.NONE;
      conflict |= reasons[i].isCause();
    }
    if (conflict) {
      throw new TransactionCanceled(Arrays.asList(reasons));
    }
    return Arrays.asList(items);
  }

  // Takes every lock in canonical order, or none: a held item cancels with TransactionConflict.
  private static void lockAll(List<WriteAction> actions, LockedItem[] locks, TransactionLock owner) {
    List<Integer> order = new ArrayList<>(actions.size());
    for (int i = 0; i < actions.size(); i++) {
      if (actions.get(i).isValid()) {
        order.add(i);
      }
    }
    order.sort((a, b) -> CANONICAL_ORDER.compare(actions.get(a), actions.get(b)));
    for (int i : order) {
      WriteAction action = actions.get(i);
      locks[i] = action.table().tryLock(action.key(), owner);
      if (locks[i] == null) {
        throw conflicts(
            actions.size(),
            i,
            j -> {
              WriteAction other = actions.get(j);
              if (!other.isValid()) {
                return other.invalid();
              }
              boolean locked = locks[j] == null && other.table().isLocked(other.key());
              return locked ? Cancellation.TRANSACTION_CONFLICT : Cancellation.NONE;
            });
      }
    }
  }

  // Evaluates one action under its lock; stages its new item. Returns its reason (NONE if it passes).
  private static Cancellation evaluate(
      WriteAction action, LockedItem lock, WriteResult[] results, int i) {
    Item current = lock.current();
    if (!action.condition().test(current)) {
      return Cancellation.conditionalCheckFailed(
          action.type() == WriteAction.Type.CONDITION_CHECK,
          action.returnItemOnFailure() && current != null ? current.attributes() : null);
    }
    Item next;
    try {
      next = action.change().apply(current);
      if (next != null && next != current) {
        for (SecondaryIndex index : action.table().indexes()) {
          index.validate(next.attributes());
        }
      }
    } catch (InvalidRequestException e) {
      return Cancellation.validationError(e.getMessage());
    }
    if (next != current && !action.table().fitsItemCollection(action.key(), current, next)) {
      return Cancellation.ITEM_COLLECTION_SIZE_LIMIT_EXCEEDED;
    }
    if (next != current) {
      lock.stage(next);
    }
    results[i] = new WriteResult(current, next);
    return Cancellation.NONE;
  }

  // The engine's journal: every table of an engine has the same one.
  private static Journal journal(List<WriteAction> actions) {
    for (WriteAction action : actions) {
      if (action.isValid()) {
        return action.table().journal();
      }
    }
    return Journal.NONE;
  }

  // At the commit point, under the journal's write section: one record with every staged change
  // and the request's ClientRequestToken, so that a crash leaves all of it or none, and a retry
  // after a restart is still recognised.
  private static void log(
      Journal journal, SdkRequest request, List<WriteAction> actions, LockedItem[] locks) {
    List<Table> tables = new ArrayList<>(locks.length);
    List<ItemKey> keys = new ArrayList<>(locks.length);
    List<Item> items = new ArrayList<>(locks.length);
    for (int i = 0; i < locks.length; i++) {
      if (locks[i] != null && locks[i].isStaged()) {
        tables.add(actions.get(i).table());
        keys.add(locks[i].key());
        items.add(locks[i].stagedItem());
      }
    }
    String token = null;
    byte[] fingerprint = null;
    if (request instanceof TransactWriteItemsRequest write && write.clientRequestToken() != null) {
      token = write.clientRequestToken();
      fingerprint = RequestFingerprint.of(write.transactItems());
    }
    if (!items.isEmpty() || token != null) {
      journal.transactionCommitted(tables, keys, items, token, fingerprint);
    }
  }

  // After the commit point: stores every item. Applies all even if one throws (a bug), so that no
  // lock is left behind.
  private static void applyAll(LockedItem[] locks) {
    RuntimeException failure = null;
    for (LockedItem lock : locks) {
      if (lock == null) {
        continue;
      }
      try {
        lock.apply();
      } catch (RuntimeException e) {
        failure = failure == null ? e : failure;
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  private static void releaseAll(LockedItem[] locks) {
    for (LockedItem lock : locks) {
      if (lock != null) {
        lock.release();
      }
    }
  }

  private void pause(SdkRequest request) {
    try {
      hook.locked(request);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted in the transaction hook", e);
    }
  }

  // TransactionConflict at item {@code at}; {@code others} gives every other item's reason.
  private static TransactionCanceled conflicts(
      int count, int at, IntFunction<Cancellation> others) {
    List<Cancellation> reasons = new ArrayList<>(count);
    for (int j = 0; j < count; j++) {
      reasons.add(j == at ? Cancellation.TRANSACTION_CONFLICT : others.apply(j));
    }
    return new TransactionCanceled(reasons);
  }
}
