package io.sable.engine.storage;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * The recovery side of the write-ahead log: reads every segment in LSN order, checks each record's
 * length and CRC32C and that LSNs follow one another, and hands the records after a snapshot's LSN
 * to a consumer.
 *
 * <p>A record that fails its checks is a torn or corrupt tail if nothing valid follows it: the
 * crash interrupted the last write. The segment is then cut (truncated) at the last good record,
 * with one {@code WARNING} log line naming the file, the offset and the bytes dropped. Anything
 * else (a bad record followed by a valid one, a bad record in a segment other than the last, a gap
 * in the LSNs) is corruption, and recovery fails with a {@link CorruptDataException} naming the
 * file rather than silently dropping acknowledged writes.
 */
final class LogReader {
  private static final System.Logger LOG = System.getLogger("io.sable.engine.storage");

  /** One record. */
  record LogRecord(int type, long lsn, long timeNanos, byte[] bytes, int payloadOffset, int payloadLength) {
    Decoder payload() {
      return new Decoder(bytes, payloadOffset, payloadLength);
    }
  }

  private LogReader() {}

  /** The segment files, by first LSN. */
  static List<Path> segments(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .filter(p -> p.getFileName().toString().matches("wal-\\d{20}\\.log"))
          .sorted()
          .toList();
    }
  }

  static long firstLsn(Path segment) {
    String name = segment.getFileName().toString();
    return Long.parseLong(name.substring(4, 24));
  }

  /**
   * Reads the log, passing each record with an LSN above {@code afterLsn} to {@code consumer}.
   *
   * @return the LSN of the last good record ({@code afterLsn} if there is none after it)
   * @throws CorruptDataException if the log is corrupt other than at its tail
   */
  static long read(Path directory, long afterLsn, Consumer<LogRecord> consumer) throws IOException {
    List<Path> segments = segments(directory);
    long last = afterLsn;
    long previous = -1; // the LSN of the last record read, in any segment
    for (int i = 0; i < segments.size(); i++) {
      Path segment = segments.get(i);
      long segmentFirst = firstLsn(segment);
      if (previous == -1 && segmentFirst > afterLsn + 1) {
        throw new CorruptDataException("The write-ahead log segment " + segment + " starts at LSN "
            + segmentFirst + " but the snapshot ends at LSN " + afterLsn + ": log records are missing");
      }
      if (previous != -1 && segmentFirst != previous + 1 && Files.size(segment) > 0) {
        throw new CorruptDataException("The write-ahead log segment " + segment + " starts at LSN "
            + segmentFirst + " but the previous segment ends at LSN " + previous + ": log records are missing");
      }
      byte[] bytes = Files.readAllBytes(segment);
      int position = 0;
      long expected = segmentFirst;
      while (position < bytes.length) {
        LogRecord record = parse(bytes, position);
        if (record == null || record.lsn() != expected) {
          boolean lastSegment = i == segments.size() - 1;
          if (record != null || !lastSegment || validRecordAfter(bytes, position + 1)) {
            throw new CorruptDataException("The write-ahead log segment " + segment
                + " is corrupt at byte " + position + " (LSN " + expected + " expected) and valid"
                + " records follow it; refusing to drop them. Restore the data directory from a"
                + " backup, or move the segment away to accept losing its records.");
          }
          int dropped = bytes.length - position;
          LOG.log(Level.WARNING, "Write-ahead log " + segment + ": torn or corrupt record at byte "
              + position + "; cut the log at the last good record (LSN " + (expected - 1) + "),"
              + " dropping " + dropped + " bytes of a write that was never acknowledged");
          try (FileChannel channel = FileChannel.open(segment, StandardOpenOption.WRITE)) {
            channel.truncate(position);
            channel.force(true);
          }
          break;
        }
        if (record.lsn() > afterLsn) {
          consumer.accept(record);
        }
        last = Math.max(last, record.lsn());
        previous = record.lsn();
        expected++;
        position = record.payloadOffset() + record.payloadLength();
      }
    }
    return last;
  }

  /** Deletes the segments that only hold records at or below {@code lsn}. */
  static void deleteThrough(Path directory, long lsn) throws IOException {
    List<Path> segments = segments(directory);
    List<Path> doomed = new ArrayList<>();
    for (int i = 0; i < segments.size(); i++) {
      long nextFirst = i + 1 < segments.size() ? firstLsn(segments.get(i + 1)) : Long.MAX_VALUE;
      if (nextFirst <= lsn + 1) {
        doomed.add(segments.get(i));
      }
    }
    for (Path segment : doomed) {
      Files.deleteIfExists(segment);
    }
    if (!doomed.isEmpty()) {
      DataDirectory.syncDirectory(directory);
    }
  }

  // The record at position, or null if its length or checksum is wrong.
  static LogRecord parse(byte[] bytes, int position) {
    if (bytes.length - position < WriteAheadLog.HEADER_BYTES + WriteAheadLog.PREFIX_BYTES) {
      return null;
    }
    Decoder in = new Decoder(bytes, position, WriteAheadLog.HEADER_BYTES);
    int length = in.readInt();
    int checksum = in.readInt();
    int start = position + WriteAheadLog.HEADER_BYTES;
    if (length < WriteAheadLog.PREFIX_BYTES || length > bytes.length - start) {
      return null;
    }
    CRC32C crc = new CRC32C();
    crc.update(bytes, start, length);
    if ((int) crc.getValue() != checksum) {
      return null;
    }
    Decoder prefix = new Decoder(bytes, start, WriteAheadLog.PREFIX_BYTES);
    int type = prefix.readByte();
    long lsn = prefix.readLong();
    long time = prefix.readLong();
    int payload = start + WriteAheadLog.PREFIX_BYTES;
    return new LogRecord(type, lsn, time, bytes, payload, length - WriteAheadLog.PREFIX_BYTES);
  }

  // Whether a record with a valid length and checksum starts anywhere at or after from.
  private static boolean validRecordAfter(byte[] bytes, int from) {
    for (int p = from; p + WriteAheadLog.HEADER_BYTES + WriteAheadLog.PREFIX_BYTES <= bytes.length; p++) {
      if (parse(bytes, p) != null) {
        return true;
      }
    }
    return false;
  }
}
