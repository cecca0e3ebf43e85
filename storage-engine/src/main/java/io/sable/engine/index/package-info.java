/**
 * Secondary indexes: a {@code GlobalSecondaryIndex} or {@code LocalSecondaryIndex} is a sorted
 * store of projected items, maintained on every write to its table. Indexes are sparse (an item
 * without an index key attribute is not in the index), project {@code ALL}, {@code KEYS_ONLY} or
 * {@code INCLUDE} attributes, and reject index key values of the wrong type before a write changes
 * anything.
 *
 * <p>Depends only on {@link io.sable.engine.value}; the table layer calls it under the lock of the
 * partition being written.
 */
package io.sable.engine.index;
