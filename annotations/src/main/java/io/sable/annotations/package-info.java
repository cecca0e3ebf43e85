/**
 * The annotations a Sable model is written with.
 *
 * <p>A model is one {@link io.sable.annotations.Table @Table} type (the physical DynamoDB table and
 * its global secondary indexes) and the {@link io.sable.annotations.Entity @Entity} records stored in
 * it. Each entity gives its key templates ({@link io.sable.annotations.PartitionKey @PartitionKey},
 * {@link io.sable.annotations.SortKey @SortKey}, {@link io.sable.annotations.IndexKey @IndexKey}) and
 * its {@link io.sable.annotations.AccessPattern @AccessPattern}s. The Sable annotation processor reads
 * them at compile time, rejects a model whose access patterns no key or index can serve, and writes
 * key codecs, table schemas and repositories. Nothing here has logic or is read at run time.
 */
package io.sable.annotations;
