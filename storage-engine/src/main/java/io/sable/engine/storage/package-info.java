/**
 * The durable storage of the engine: a write-ahead log with checksummed records and group commit,
 * periodic snapshots that let the log be truncated, and recovery, in a data directory ({@code
 * SableEngine.builder().dataDirectory(path)}, {@code serve --data-dir DIR}). An engine without a
 * data directory keeps everything in memory and never touches this package: its tables' {@link
 * io.sable.engine.table.Journal} is {@code Journal.NONE}, which the write path tests for and skips.
 *
 * <h2>The data directory</h2>
 *
 * <pre>
 *   LOCK                              locked (FileChannel.tryLock) while an engine has it open
 *   snapshot-&lt;LSN, 20 digits&gt;.snap    the newest snapshot: the whole state as of that LSN
 *   wal-&lt;first LSN, 20 digits&gt;.log    log segments, LSN order; a new one after each snapshot
 *                                     and past 64 MB
 *   backups/&lt;table&gt;.&lt;id&gt;.backup       one on-demand backup each (CreateBackup, or the SYSTEM
 *                                     backup of DeleteTable), see BackupFiles
 * </pre>
 *
 * <h2>Log records</h2>
 *
 * Each record is {@code int length, int crc32c, byte type, long lsn, long timeNanos, payload}, the
 * CRC32C ({@link java.util.zip.CRC32C}) covering the {@code length} bytes after it; LSNs increase
 * by one. Types:
 *
 * <ul>
 *   <li><b>item</b> (1): table id, flags (delete, by Time to Live), then the new item, or the key
 *       for a delete ({@link io.sable.engine.storage.ItemCodec}). Logged under the item's
 *       partition lock in the write path every write passes ({@code Partition.store}): PutItem,
 *       UpdateItem, DeleteItem, BatchWriteItem and Time to Live deletions, so one item's records
 *       are in the order its writes committed.
 *   <li><b>transaction</b> (2): a {@code TransactWriteItems}: its {@code ClientRequestToken} and
 *       request fingerprint (if it had a token), then every item change, in one record written at
 *       its commit point; the per-item stores that follow are not logged again. A crash leaves
 *       the whole record or none of it (its CRC), so after recovery a transaction is wholly present
 *       or wholly absent; its token is remembered for 10 minutes from the record's time, so a retry
 *       after a restart is still idempotent.
 *   <li><b>table</b> (3): the full state of one table's definition ({@code TableImage}: id,
 *       creation time, key schema, attribute definitions, billing mode and throughput, secondary
 *       indexes, tags, deletion protection, table class, Time to Live attribute, enabled stream,
 *       point-in-time recovery setting: {@code RecoveryPeriodInDays} and when it was enabled),
 *       written after every control-plane request that changed it, and before the table's first
 *       item record. Tables are named by their id, so a table deleted and created again under
 *       the same name is a different table.
 *   <li><b>drop</b> (4): a table id, for DeleteTable.
 * </ul>
 *
 * <h2>Group commit and durability</h2>
 *
 * A writer appends its record to an in-memory buffer under a short lock and gets its LSN; one
 * flusher thread writes whatever is buffered and, with {@link
 * io.sable.engine.storage.Durability#fsync()}, {@code fsync}s it: every writer that arrived during
 * one {@code fsync} shares the next. The request waits for its LSN after the operation, in {@code
 * EngineDynamoDbClient.call}, outside every partition and item lock (the thread remembers its
 * highest LSN), so one partition is never serialised on the disk. With {@link
 * io.sable.engine.storage.Durability#periodic} the request waits only until its record is handed
 * to the operating system, and the flusher {@code fsync}s every interval: a killed process loses
 * nothing acknowledged; a machine or kernel crash may lose the last interval's acknowledged
 * writes. A reader may see a write before it is durable (as in most databases); only the writer's
 * acknowledgement waits.
 *
 * <h2>Snapshots and why they are consistent</h2>
 *
 * Every write enters a read lock of a {@link java.util.concurrent.locks.ReentrantReadWriteLock}
 * before its partition lock ({@code Journal.beginWrite}), and a transaction holds it from its log
 * record to its last stored item. A snapshot takes the write lock: no write is then half done, so
 * memory holds exactly the log's effects up to the last LSN. Holding it, the snapshot flushes the
 * log, starts a new segment at the next LSN, and collects references to the (immutable) items, the
 * table images, the live tokens and the streams' shards and records (milliseconds for a million
 * items); it then releases the lock and, while writes continue, writes the file ({@code .tmp},
 * {@code fsync}, atomic rename, directory {@code fsync}) and deletes the older snapshot and the
 * segments it covers. Replaying a record the snapshot already holds would also be harmless: item
 * records carry full images (a put of the same item, or a delete of an absent one, changes
 * nothing and records no stream record), and table records carry the table's full state. A
 * snapshot is taken when the log has grown by {@code snapshotLogBytes} (default 256 MB), and by
 * {@code SableEngine.close()}.
 *
 * <h2>Recovery</h2>
 *
 * On open: the newest snapshot is loaded (its checksum is verified first; a corrupt snapshot is a
 * {@link io.sable.engine.storage.CorruptDataException} naming the file, never a silent start
 * without it, since the log it replaced is gone); then every log record after its LSN is replayed
 * through the tables' write path ({@code Table.replay}) with the engine clock pinned, for the
 * recovering thread, to the record's time ({@link io.sable.engine.storage.PinnableClock}). So
 * secondary indexes are maintained, and stream records are produced again, with the original
 * times, sequence numbers and EventIDs (an EventID is derived from the stream and the sequence
 * number). Stream records up to the snapshot are restored from it with their shards. A record
 * whose length or CRC is wrong and after which no valid record follows is a torn tail: the
 * segment is cut there, with one {@code WARNING} line. A bad record followed by valid ones, or a
 * gap in the LSNs, is corruption: recovery fails naming the segment.
 *
 * <h2>Backups and point-in-time recovery</h2>
 *
 * An on-demand backup is a file of its own ({@link io.sable.engine.storage.BackupFiles}: written,
 * {@code fsync}ed and renamed into place before CreateBackup returns; deleted by DeleteBackup; all
 * read at startup, a corrupt one being a {@link io.sable.engine.storage.CorruptDataException}
 * naming it). A snapshot holds each recovering table's point-in-time recovery history (its base
 * image, every change of the recovery period with its time, when recovery was enabled), copied
 * under the snapshot's write lock so that it is the history as of the snapshot's LSN; recovery
 * registers it on the table before replaying the log, and the replay, on the clock pinned to each
 * record's time, adds the later changes to it at their original times. A table record that
 * enables recovery during the replay starts a history with the table's items at that point of
 * the replay. So the whole window survives a restart or a crash. (Should a snapshot hold a
 * recovering table but not its history, which Sable never writes, the window is shortened to
 * start at the snapshot's time, with a {@code WARNING} line.)
 *
 * <p>A recovered change carries its log record's time, which the write read from the clock just
 * before the history's capture read it again (microseconds apart on a real clock): a restore to an
 * instant between those two reads may differ before and after a restart. A snapshot's copy of the
 * histories holds writes back for one map copy per recovering table (its item count), in addition
 * to the references to the items.
 *
 * <p>Secondary indexes are rebuilt, not persisted: loading an item into its table's skip list and
 * its indexes' costs less than decoding a persisted index entry and inserting it into the same
 * structure (measured in the report), and it keeps the snapshot format independent of
 * projections.
 *
 * <p>Not kept across a restart: Contributor Insights, the throughput model's token buckets and
 * history, auto scaling policies, and the {@code CREATING} state of a global secondary index
 * still backfilling at the crash (it is rebuilt in full, {@code ACTIVE}). If several writers to
 * different items of one stream shard race, their stream records may be renumbered in log order
 * on recovery (each item's own records keep their order).
 */
package io.sable.engine.storage;
