package io.sable.engine.storage;

import io.sable.engine.backup.Backup;
import io.sable.engine.backup.Backups;
import io.sable.engine.backup.PointInTimeRecovery;
import io.sable.engine.capacity.throughput.Throughput;
import io.sable.engine.stream.Streams;
import io.sable.engine.table.Journal;
import io.sable.engine.table.Table;
import io.sable.engine.table.TableSettings;
import io.sable.engine.table.Tables;
import io.sable.engine.transaction.ClientRequestTokens;
import io.sable.engine.ttl.TimeToLive;
import io.sable.engine.value.Item;
import io.sable.engine.value.ItemKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A durable engine's storage: the {@link Journal} its tables log every change to, the
 * write-ahead log behind it, snapshots, and recovery. See the package documentation for the design.
 * Obtained from {@code SableEngine.durableStore()}; the engine opens and closes it.
 */
public final class DurableStore implements Journal, AutoCloseable {
  static final int ITEM = 1;
  static final int TRANSACTION = 2;
  static final int TABLE = 3;
  static final int DROP = 4;
  private static final int DELETE_FLAG = 1;
  private static final int BY_SERVICE_FLAG = 2;
  /** The default log size after which a snapshot is taken: 256 MB. */
  public static final long DEFAULT_SNAPSHOT_LOG_BYTES = 256L << 20;
  /** The size past which a log segment is closed and a new one started: 64 MB. */
  static final long SEGMENT_BYTES = 64L << 20;
  private static final System.Logger LOG = System.getLogger("io.sable.engine.storage");

  private final DataDirectory directory;
  private final Durability durability;
  private final long snapshotLogBytes;
  private final PinnableClock clock;
  private final ReentrantReadWriteLock checkpoint = new ReentrantReadWriteLock();
  private final ThreadLocal<long[]> pendingLsn = ThreadLocal.withInitial(() -> new long[1]);
  private final ThreadLocal<Encoder> encoders = ThreadLocal.withInitial(() -> new Encoder(512));
  private final Object metadataLock = new Object();
  // The image last logged per table id; guarded by metadataLock (read without it).
  private final Map<String, byte[]> logged = new ConcurrentHashMap<>();
  private final Set<String> dropped = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean snapshotRunning = new AtomicBoolean();
  private final Object snapshotMonitor = new Object();
  private volatile WriteAheadLog log;
  private volatile long snapshotBase;
  private volatile boolean replayedOnRecovery;
  private volatile boolean closed;
  private Engine engine;

  /** The engine parts recovery rebuilds and snapshots read. */
  public record Engine(
      Tables tables,
      Streams streams,
      ClientRequestTokens tokens,
      TimeToLive timeToLive,
      Throughput throughput,
      int partitions,
      TableSettings settings,
      String tableArnPrefix,
      PointInTimeRecovery pointInTimeRecovery,
      Backups backups) {}

  private DurableStore(
      DataDirectory directory, Durability durability, long snapshotLogBytes, PinnableClock clock) {
    this.directory = directory;
    this.durability = durability;
    this.snapshotLogBytes = snapshotLogBytes;
    this.clock = clock;
  }

  /**
   * Locks {@code path} (creating it if needed) for a new engine; {@link #recover} then loads it.
   *
   * @param snapshotLogBytes the log size after which a snapshot is taken in the background
   * @throws IllegalStateException if another engine holds the directory
   */
  public static DurableStore open(
      Path path, Durability durability, long snapshotLogBytes, PinnableClock clock) {
    return new DurableStore(DataDirectory.lock(path), durability, snapshotLogBytes, clock);
  }

  /** The data directory. */
  public Path directory() {
    return directory.path();
  }

  /** The durability setting. */
  public Durability durability() {
    return durability;
  }

  /**
   * Loads the newest snapshot and replays the log after it into {@code engine}'s empty tables,
   * then opens the log for writing.
   *
   * @throws CorruptDataException naming the file if the snapshot or the log (other than a torn
   *     tail, which is cut) is corrupt
   */
  public void recover(Engine engine) {
    this.engine = engine;
    try {
      Recovery recovery = new Recovery(engine, clock);
      Path dir = directory.path();
      try (Stream<Path> files = Files.list(dir)) {
        for (Path temp : files.filter(p -> p.toString().endsWith(".tmp")).toList()) {
          Files.deleteIfExists(temp);
        }
      }
      List<Path> snapshots = SnapshotFile.list(dir);
      long lsn = 0;
      if (!snapshots.isEmpty()) {
        Path newest = snapshots.get(snapshots.size() - 1);
        long started = System.nanoTime();
        SnapshotFile.read(newest, recovery.snapshotVisitor());
        recovery.snapshotLoaded();
        lsn = SnapshotFile.lsnOf(newest);
        LOG.log(Level.INFO, "Loaded snapshot " + newest + " in "
            + (System.nanoTime() - started) / 1_000_000 + " ms");
        for (Path old : snapshots.subList(0, snapshots.size() - 1)) {
          Files.deleteIfExists(old);
        }
      }
      long started = System.nanoTime();
      long[] replayed = new long[1];
      long last = LogReader.read(dir, lsn, record -> {
        recovery.replay(record);
        replayed[0]++;
      });
      replayedOnRecovery = replayed[0] > 0;
      if (replayed[0] > 0) {
        LOG.log(Level.INFO, "Replayed " + replayed[0] + " write-ahead log records in "
            + (System.nanoTime() - started) / 1_000_000 + " ms");
      }
      recovery.finish();
      BackupFiles backupFiles = new BackupFiles(dir.resolve(BackupFiles.DIRECTORY));
      for (Backup backup : backupFiles.load()) {
        engine.backups().load(backup);
      }
      engine.backups().persistTo(backupFiles);
      // Segments wholly after the last good record are empty or were cut: start the next one.
      for (Path segment : LogReader.segments(dir)) {
        if (LogReader.firstLsn(segment) > last + 1) {
          Files.delete(segment);
        }
      }
      for (Table table : engine.tables().all()) {
        logged.put(table.tableId(), image(table));
      }
      this.log = new WriteAheadLog(dir, durability, SEGMENT_BYTES, last);
    } catch (IOException e) {
      directory.close();
      throw new UncheckedIOException("cannot recover the data directory " + directory.path(), e);
    } catch (RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  @Override
  public void beginWrite() {
    checkpoint.readLock().lock();
  }

  @Override
  public void endWrite() {
    checkpoint.readLock().unlock();
  }

  @Override
  public void itemStored(Table table, ItemKey key, Item next, boolean byService) {
    WriteAheadLog wal = log;
    if (wal == null) {
      return; // recovering: the record is being replayed
    }
    String id = table.tableId();
    if (dropped.contains(id)) {
      return; // a write that raced DeleteTable: gone with the table
    }
    ensureLogged(wal, table);
    Encoder out = encoders.get();
    out.reset();
    out.writeString(id);
    writeChange(out, table, key, next, byService);
    remember(wal.append(ITEM, nanos(clock.instant()), out.array(), 0, out.size()));
  }

  @Override
  public void transactionCommitted(
      List<Table> tables, List<ItemKey> keys, List<Item> items, String token, byte[] fingerprint) {
    WriteAheadLog wal = log;
    if (wal == null) {
      return;
    }
    for (Table table : tables) {
      ensureLogged(wal, table);
    }
    Encoder out = new Encoder(1024);
    out.writeNullableString(token);
    if (token != null) {
      out.writeBytes(fingerprint);
    }
    out.writeVarint(items.size());
    for (int i = 0; i < items.size(); i++) {
      out.writeString(tables.get(i).tableId());
      writeChange(out, tables.get(i), keys.get(i), items.get(i), false);
    }
    remember(wal.append(TRANSACTION, nanos(clock.instant()), out.array(), 0, out.size()));
  }

  @Override
  public void afterRequest(Object request) {
    WriteAheadLog wal = log;
    if (wal == null) {
      return;
    }
    if (isControlPlane(request)) {
      syncMetadata(wal);
    }
    awaitDurable(wal);
    if (wal.appendedBytes() - snapshotBase >= snapshotLogBytes
        && snapshotRunning.compareAndSet(false, true)) {
      Thread thread = new Thread(this::backgroundSnapshot, "sable-snapshot");
      thread.setDaemon(true);
      thread.start();
    }
  }

  /**
   * Waits until everything this thread logged is durable (by the engine's {@link Durability}):
   * for writes made outside a request, such as {@code SableEngine.sweepExpiredItems()}'s Time to
   * Live deletions.
   */
  public void awaitDurable() {
    WriteAheadLog wal = log;
    if (wal != null) {
      awaitDurable(wal);
    }
  }

  private void awaitDurable(WriteAheadLog wal) {
    long[] pending = pendingLsn.get();
    long lsn = pending[0];
    if (lsn != 0) {
      pending[0] = 0;
      wal.awaitDurable(lsn);
    }
  }

  /**
   * Writes a snapshot of the whole engine now and deletes the log segments it covers.
   *
   * @throws UncheckedIOException if it cannot be written
   */
  public void snapshot() {
    synchronized (snapshotMonitor) {
      WriteAheadLog wal = log;
      if (wal == null) {
        throw new IllegalStateException("the engine's storage is not open");
      }
      try {
        Snapshotter.take(directory.path(), wal, checkpoint, engine, clock);
        snapshotBase = wal.appendedBytes();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write a snapshot in " + directory.path(), e);
      }
    }
  }

  /**
   * Writes everything logged to disk, takes a final snapshot (so the next start loads it without
   * replaying the log) unless nothing was logged or replayed since the snapshot it started from
   * (a run that only read: the next start loads the same snapshot), closes the log and releases
   * the directory's lock.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    try {
      if (log != null) {
        if (replayedOnRecovery || log.appendedBytes() != snapshotBase || SnapshotFile.list(directory.path()).isEmpty()) {
          snapshot();
        }
        closed = true;
        log.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the log in " + directory.path(), e);
    } finally {
      closed = true;
      directory.close();
    }
  }

  /**
   * A test facility: abandons the store as a process killed at this instant would: what is still
   * in the log's buffer (not yet handed to the operating system) is dropped, no snapshot is
   * taken, and the directory's lock is released so that a new engine can open it. The engine
   * takes no more writes.
   */
  public void crash() {
    closed = true;
    synchronized (snapshotMonitor) {
      if (log != null) {
        log.abandon();
      }
    }
    directory.close();
  }

  private void backgroundSnapshot() {
    try {
      if (!closed) {
        snapshot();
      }
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "Snapshot failed in " + directory.path() + "; the log keeps growing", e);
    } finally {
      snapshotRunning.set(false);
    }
  }

  private void remember(long lsn) {
    long[] pending = pendingLsn.get();
    if (lsn > pending[0]) {
      pending[0] = lsn;
    }
  }

  // Logs the table's image before its first item record, so that replay knows the table.
  private void ensureLogged(WriteAheadLog wal, Table table) {
    if (logged.containsKey(table.tableId())) {
      return;
    }
    synchronized (metadataLock) {
      if (!logged.containsKey(table.tableId()) && !dropped.contains(table.tableId())) {
        byte[] image = image(table);
        remember(wal.append(TABLE, nanos(clock.instant()), image, 0, image.length));
        logged.put(table.tableId(), image);
      }
    }
  }

  // Logs the image of every table whose image changed, and a drop for every table gone.
  private void syncMetadata(WriteAheadLog wal) {
    synchronized (metadataLock) {
      Set<String> present = new HashSet<>();
      for (Table table : engine.tables().all()) {
        present.add(table.tableId());
        byte[] image = image(table);
        if (!Arrays.equals(image, logged.get(table.tableId()))) {
          remember(wal.append(TABLE, nanos(clock.instant()), image, 0, image.length));
          logged.put(table.tableId(), image);
        }
      }
      for (String id : List.copyOf(logged.keySet())) {
        if (!present.contains(id)) {
          Encoder out = new Encoder(64);
          out.writeString(id);
          dropped.add(id);
          remember(wal.append(DROP, nanos(clock.instant()), out.array(), 0, out.size()));
          logged.remove(id);
        }
      }
    }
  }

  private byte[] image(Table table) {
    return TableImage.of(table, engine.timeToLive(), engine.streams(), engine.pointInTimeRecovery())
        .toBytes();
  }

  private static void writeChange(Encoder out, Table table, ItemKey key, Item next, boolean byService) {
    int flags = (next == null ? DELETE_FLAG : 0) | (byService ? BY_SERVICE_FLAG : 0);
    out.writeByte(flags);
    Map<String, AttributeValue> attributes =
        next == null ? table.definition().keySchema().keyAttributes(key) : next.attributes();
    ItemCodec.writeItem(out, attributes);
  }

  static boolean isDelete(int flags) {
    return (flags & DELETE_FLAG) != 0;
  }

  static boolean isByService(int flags) {
    return (flags & BY_SERVICE_FLAG) != 0;
  }

  // Requests that may change a table's definition, tags, TTL or stream: all but item reads and
  // writes and the Describe/List/Get operations.
  private static boolean isControlPlane(Object request) {
    String name = request.getClass().getSimpleName();
    return !(name.startsWith("Describe") || name.startsWith("List") || ITEM_REQUESTS.contains(name));
  }

  private static final Set<String> ITEM_REQUESTS = Set.of(
      "GetItemRequest", "PutItemRequest", "UpdateItemRequest", "DeleteItemRequest", "QueryRequest",
      "ScanRequest", "BatchGetItemRequest", "BatchWriteItemRequest", "TransactGetItemsRequest",
      "TransactWriteItemsRequest");

  static long nanos(Instant instant) {
    return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
  }

  static Instant instant(long nanos) {
    return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
  }
}
