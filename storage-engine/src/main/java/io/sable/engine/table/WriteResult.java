package io.sable.engine.table;

import io.sable.engine.value.Item;

/**
 * The outcome of a single-item write.
 *
 * @param oldItem the item before the write, or {@code null}
 * @param newItem the item after the write, or {@code null} if there is none
 */
public record WriteResult(Item oldItem, Item newItem) {}
