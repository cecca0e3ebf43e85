/**
 * DynamoDB Streams in the engine: stream records, shards, iterators and in-process subscribers.
 *
 * <p>A table with {@code StreamSpecification.StreamEnabled} reports every committed change to its
 * {@link io.sable.engine.stream.TableStream} through {@link io.sable.engine.table.ChangeCapture},
 * the one place every write passes (single-item writes, batch writes, transactions, Time to Live
 * deletions), under the item's partition lock: each change appears once, and an item's changes
 * appear in commit order. {@link io.sable.engine.stream.Streams} holds every readable stream; the
 * SDK's {@code DynamoDbStreamsClient} API over them is {@code
 * io.sable.engine.api.EngineDynamoDbStreamsClient}, and {@link
 * io.sable.engine.stream.StreamSubscription} polls any {@code DynamoDbStreamsClient} as an AWS
 * Lambda event source mapping does.
 */
package io.sable.engine.stream;
