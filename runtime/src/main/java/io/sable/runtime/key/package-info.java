/**
 * Key templates and the order-preserving encodings of their field segments.
 *
 * <p>A key template such as {@code DEP#{departure}#{id}} is literal text and field segments
 * ({@link io.sable.runtime.key.KeyTemplate}). Each field is encoded to a string by a {@link
 * io.sable.runtime.key.SegmentCodec} chosen by its Java type ({@link
 * io.sable.runtime.key.SegmentCodecs}); every encoding sorts, under DynamoDB's string order (UTF-8
 * bytes), in the natural order of the values it encodes, so that sort-key range conditions on a
 * field select exactly the values in range.
 *
 * <p>A partition key template may end in a write shard, {@code {shard:N:field}}: {@link
 * io.sable.runtime.key.WriteShards} derives the shard number from a stable hash of the field's
 * encoded segment, and {@link io.sable.runtime.key.KeyTemplate#shardKeys} lists the N values a
 * Query must read.
 */
package io.sable.runtime.key;
