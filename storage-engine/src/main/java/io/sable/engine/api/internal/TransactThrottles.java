package io.sable.engine.api.internal;

import io.sable.engine.capacity.throughput.Throttle;
import io.sable.engine.capacity.throughput.Throughput;
import io.sable.engine.table.Table;
import io.sable.engine.transaction.Cancellation;
import io.sable.engine.transaction.TransactionCanceled;
import io.sable.engine.value.ItemKey;
import java.util.ArrayList;
import java.util.List;

/**
 * Admits every item of a transaction before it runs: a throttled item cancels the transaction with
 * the cancellation reason DynamoDB documents (API Reference, TransactWriteItems, {@code
 * TransactionCanceledException}): {@code ProvisionedThroughputExceeded} for a provisioned table,
 * {@code ThrottlingError} for an on-demand one, with the throttle's message; every other item's
 * reason is {@code None}.
 */
final class TransactThrottles {
  private TransactThrottles() {}

  /**
   * Admits the reads or writes of {@code keys} of {@code tables} (an entry may be null for an
   * invalid item, which is skipped).
   *
   * @throws TransactionCanceled if any is throttled
   */
  static void admit(Throughput throughput, List<Table> tables, List<ItemKey> keys, boolean write) {
    List<Cancellation> reasons = null;
    for (int i = 0; i < tables.size(); i++) {
      Table table = tables.get(i);
      ItemKey key = keys.get(i);
      if (table == null || key == null) {
        continue;
      }
      Throttle throttle =
          write ? throughput.tryWrite(table, key, false) : throughput.tryRead(table, key);
      if (throttle != null) {
        if (reasons == null) {
          reasons = new ArrayList<>(tables.size());
          for (int j = 0; j < tables.size(); j++) {
            reasons.add(Cancellation.NONE);
          }
        }
        reasons.set(
            i,
            new Cancellation(
                throttle.provisioned() ? "ProvisionedThroughputExceeded" : "ThrottlingError",
                throttle.message(),
                null));
      }
    }
    if (reasons != null) {
      throw new TransactionCanceled(reasons);
    }
  }
}
