package io.sable.engine.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.zip.CRC32C;

/**
 * The append side of the write-ahead log: records go into an in-memory buffer under a short lock
 * and get the next log sequence number (LSN); one flusher thread writes each batch to the current
 * segment file and, by the {@link Durability}, {@code fsync}s it (group commit); a writer then
 * waits, outside every engine lock, until its LSN is durable ({@link #awaitDurable}).
 *
 * <p>Record layout (big-endian): {@code int length} (of what follows the checksum), {@code int
 * crc32c} (CRC32C of those {@code length} bytes), then {@code byte type, long lsn, long
 * timeNanos, payload}. Segments are {@code wal-<first LSN, 20 digits>.log}; a new one starts when
 * the current one passes the segment size, and at every snapshot ({@link #flushAndRoll}).
 */
final class WriteAheadLog implements AutoCloseable {
  /** Bytes before a record's type: length and checksum. */
  static final int HEADER_BYTES = 8;
  /** Bytes of a record's type, LSN and time. */
  static final int PREFIX_BYTES = 1 + 8 + 8;

  private final Path directory;
  private final Durability durability;
  private final long segmentBytes;
  private final ReentrantLock appendLock = new ReentrantLock();
  private final Condition work = appendLock.newCondition();
  private Encoder buffer = new Encoder(1 << 16);
  private Encoder spare = new Encoder(1 << 16);
  private long lastLsn;
  private long appendedBytes;
  private final CRC32C crc = new CRC32C();
  // The segment being written; guarded by flushMonitor.
  private final Object flushMonitor = new Object();
  private FileChannel channel;
  private long channelBytes;
  private volatile long lastSync = System.nanoTime();
  private volatile long writtenLsn;
  private volatile long syncedLsn;
  private volatile IOException failure;
  private volatile boolean closed;
  private final Object waiters = new Object();
  private final Thread flusher;

  /**
   * A log that continues after {@code lastLsn} in a new segment.
   *
   * @param segmentBytes the size past which a new segment starts
   */
  WriteAheadLog(Path directory, Durability durability, long segmentBytes, long lastLsn)
      throws IOException {
    this.directory = directory;
    this.durability = durability;
    this.segmentBytes = segmentBytes;
    this.lastLsn = lastLsn;
    this.writtenLsn = lastLsn;
    this.syncedLsn = lastLsn;
    this.channel = openSegment(lastLsn + 1);
    this.flusher = new Thread(this::flushLoop, "sable-wal-flusher");
    flusher.setDaemon(true);
    flusher.start();
  }

  static Path segmentPath(Path directory, long firstLsn) {
    return directory.resolve(String.format("wal-%020d.log", firstLsn));
  }

  /**
   * Appends one record and returns its LSN.
   *
   * @throws UncheckedIOException if the log failed earlier or is closed
   */
  long append(int type, long timeNanos, byte[] payload, int offset, int length) {
    appendLock.lock();
    try {
      checkOpen();
      long lsn = ++lastLsn;
      Encoder out = buffer;
      int start = out.size();
      out.writeInt(PREFIX_BYTES + length);
      out.writeInt(0);
      out.writeByte(type);
      out.writeLong(lsn);
      out.writeLong(timeNanos);
      out.writeRaw(payload, offset, length);
      crc.reset();
      crc.update(out.array(), start + HEADER_BYTES, PREFIX_BYTES + length);
      out.putInt(start + 4, (int) crc.getValue());
      appendedBytes += HEADER_BYTES + PREFIX_BYTES + length;
      work.signal();
      return lsn;
    } finally {
      appendLock.unlock();
    }
  }

  /** The LSN of the last record appended. */
  long lastLsn() {
    appendLock.lock();
    try {
      return lastLsn;
    } finally {
      appendLock.unlock();
    }
  }

  /** Bytes appended since this log was opened. */
  long appendedBytes() {
    appendLock.lock();
    try {
      return appendedBytes;
    } finally {
      appendLock.unlock();
    }
  }

  /**
   * Waits until the record with LSN {@code lsn} is durable: {@code fsync}ed with {@link
   * Durability#fsync()}, handed to the operating system with a periodic durability.
   *
   * @throws UncheckedIOException if the log cannot be written
   */
  void awaitDurable(long lsn) {
    boolean sync = durability.syncsEveryWrite();
    if ((sync ? syncedLsn : writtenLsn) >= lsn) {
      return;
    }
    boolean interrupted = false;
    synchronized (waiters) {
      while ((sync ? syncedLsn : writtenLsn) < lsn) {
        if (failure != null) {
          throw new UncheckedIOException("the write-ahead log in " + directory + " failed", failure);
        }
        if (closed && !flusher.isAlive()) {
          throw new IllegalStateException("the engine's write-ahead log is closed");
        }
        try {
          waiters.wait(100);
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Writes and {@code fsync}s everything appended so far, then starts a new segment after it (a
   * snapshot calls this while no record is being appended).
   *
   * @return the LSN of the last record, which the old segments end with
   */
  long flushAndRoll() throws IOException {
    synchronized (flushMonitor) {
      long last = flushOnce(true);
      channel.force(false);
      channel.close();
      channel = openSegment(last + 1);
      channelBytes = 0;
      return last;
    }
  }

  /** Writes and {@code fsync}s everything, stops the flusher and closes the segment. */
  @Override
  public void close() throws IOException {
    appendLock.lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      work.signal();
    } finally {
      appendLock.unlock();
    }
    joinFlusher();
    synchronized (flushMonitor) {
      flushOnce(true);
      channel.close();
    }
  }

  /**
   * A test facility: stops the flusher and closes the segment without writing what is still in
   * the buffer, as a process that dies does (what was handed to the operating system stays).
   */
  void abandon() {
    appendLock.lock();
    try {
      closed = true;
      buffer.reset();
      work.signal();
    } finally {
      appendLock.unlock();
    }
    joinFlusher();
    synchronized (flushMonitor) {
      try {
        channel.close();
      } catch (IOException e) {
        // Abandoned anyway.
      }
    }
  }

  private void joinFlusher() {
    try {
      flusher.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void checkOpen() {
    if (failure != null) {
      throw new UncheckedIOException("the write-ahead log in " + directory + " failed", failure);
    }
    if (closed) {
      throw new IllegalStateException("the engine is closed: its write-ahead log takes no writes");
    }
  }

  private void flushLoop() {
    long periodNanos = durability.syncInterval().toNanos();
    while (true) {
      appendLock.lock();
      try {
        while (true) {
          if (closed) {
            return;
          }
          if (buffer.size() > 0) {
            break;
          }
          if (periodNanos == 0 || syncedLsn >= writtenLsn) {
            work.await();
            continue;
          }
          // Periodic: written but not yet fsynced; fsync once the period is over.
          long waitNanos = lastSync + periodNanos - System.nanoTime();
          if (waitNanos <= 0) {
            break;
          }
          work.await(waitNanos, TimeUnit.NANOSECONDS);
        }
      } catch (InterruptedException e) {
        return;
      } finally {
        appendLock.unlock();
      }
      try {
        synchronized (flushMonitor) {
          flushOnce(periodNanos == 0 || System.nanoTime() - lastSync >= periodNanos);
        }
      } catch (IOException e) {
        failure = e;
        synchronized (waiters) {
          waiters.notifyAll();
        }
        return;
      }
    }
  }

  // Under flushMonitor: takes the buffer, writes it, fsyncs if asked, publishes the LSNs and
  // wakes the waiters; rolls to a new segment past the segment size. Returns the last LSN written.
  private long flushOnce(boolean sync) throws IOException {
    Encoder batch;
    long last;
    appendLock.lock();
    try {
      batch = buffer;
      buffer = spare;
      spare = batch;
      last = lastLsn;
    } finally {
      appendLock.unlock();
    }
    if (batch.size() > 0) {
      ByteBuffer bytes = ByteBuffer.wrap(batch.array(), 0, batch.size());
      while (bytes.hasRemaining()) {
        channel.write(bytes);
      }
      channelBytes += batch.size();
      batch.reset();
    }
    writtenLsn = last;
    if (sync && syncedLsn < last) {
      channel.force(false);
      lastSync = System.nanoTime();
      syncedLsn = last;
    } else if (sync) {
      lastSync = System.nanoTime();
    }
    synchronized (waiters) {
      waiters.notifyAll();
    }
    if (channelBytes >= segmentBytes) {
      channel.force(false);
      syncedLsn = last;
      channel.close();
      channel = openSegment(last + 1);
      channelBytes = 0;
    }
    return last;
  }

  private FileChannel openSegment(long firstLsn) throws IOException {
    Path path = segmentPath(directory, firstLsn);
    FileChannel opened;
    if (Files.exists(path) && Files.size(path) == 0) {
      opened = FileChannel.open(path, StandardOpenOption.WRITE);
    } else {
      opened = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }
    DataDirectory.syncDirectory(directory);
    return opened;
  }
}
