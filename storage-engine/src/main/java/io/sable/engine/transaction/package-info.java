/**
 * Transactions: {@code TransactWriteItems} and {@code TransactGetItems}, all-or-nothing and
 * serializable with respect to each other and to single-item operations ({@link
 * io.sable.engine.transaction.Transactions}); DynamoDB's cancellation reasons ({@link
 * io.sable.engine.transaction.Cancellation}); {@code ClientRequestToken} idempotency ({@link
 * io.sable.engine.transaction.ClientRequestTokens}); and a test facility that pauses a transaction
 * while it holds its items ({@link io.sable.engine.transaction.TransactionHook}).
 *
 * <p>Isolation, as DynamoDB defines it (Developer Guide, "Amazon DynamoDB Transactions: How it
 * works", "Isolation levels"): serializable between transactions and PutItem, UpdateItem,
 * DeleteItem, GetItem and each single read or write of a batch; read-committed for Query, Scan and
 * a BatchGetItem as a whole.
 *
 * <p>Locking: an in-flight write transaction holds an item lock on each of its items (kept by the
 * item's table partition, see {@link io.sable.engine.table}); it takes them without waiting, in a
 * canonical order, and a held lock cancels it with {@code TransactionConflict}, so there is no
 * deadlock and no global lock. Request validation lives in {@code io.sable.engine.api}; this
 * package receives validated actions.
 */
package io.sable.engine.transaction;
