package io.sable.engine.storage;

import io.sable.engine.stream.ChangeRecord;
import io.sable.engine.stream.StreamState;
import io.sable.engine.transaction.ClientRequestTokens;
import io.sable.engine.value.Item;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * A snapshot: the whole state of a durable engine at one log position, in {@code
 * snapshot-<LSN, 20 digits>.snap}.
 *
 * <p>Layout: the 8 bytes {@code SABLSNP2}, then chunks, each {@code int length} and that many
 * bytes of entries, ended by a chunk of length 0, then {@code int crc32c} of every byte before it.
 * The first entry is the header ({@code long lsn, long takenAtNanos}); then, per table, a table
 * entry (its {@link TableImage} and item count) followed by its items ({@link ItemCodec}); then,
 * per table with point-in-time recovery enabled, its history (a header entry, then one entry per
 * base item and per change: {@link PitrHistoryCodec}); then the remembered
 * {@code ClientRequestToken}s; then every readable stream with its shards and their
 * records. A snapshot is written to a {@code .tmp} file, {@code fsync}ed, and atomically renamed,
 * so a file with the final name is always complete; its checksum still guards against the disk.
 */
final class SnapshotFile {
  // Version 2: table images end with the point-in-time recovery setting; histories (entry 6).
  static final byte[] MAGIC = {'S', 'A', 'B', 'L', 'S', 'N', 'P', '2'};
  private static final int HEADER = 1;
  private static final int TABLE = 2;
  private static final int ITEM = 3;
  private static final int TOKEN = 4;
  private static final int STREAM = 5;
  private static final int HISTORY = 6;
  private static final int HISTORY_ITEM = 7;
  private static final int HISTORY_CHANGE = 8;
  private static final int CHUNK_BYTES = 1 << 20;

  private SnapshotFile() {}

  /** One table's content. */
  record TableContent(TableImage image, List<Item> items) {}

  /** One change of a point-in-time recovery history: the item, or its key if deleted. */
  record HistoryChange(Instant time, boolean deleted, Map<String, AttributeValue> attributes) {}

  /**
   * One table's point-in-time recovery history: the settings, the base image's items and the
   * changes after it, in commit order.
   */
  record HistoryContent(
      String tableId,
      int recoveryPeriodInDays,
      Instant enabledAt,
      Instant lastTime,
      List<Map<String, AttributeValue>> base,
      List<HistoryChange> changes) {}

  /** What a snapshot holds, read back. */
  interface Visitor {
    void header(long lsn, Instant takenAt);

    void table(TableImage image);

    void item(Map<String, AttributeValue> item);

    void token(ClientRequestTokens.Remembered token);

    void stream(StreamState stream);

    void history(HistoryContent history);
  }

  static Path path(Path directory, long lsn) {
    return directory.resolve(String.format("snapshot-%020d.snap", lsn));
  }

  /** The snapshot files, newest (highest LSN) last. */
  static List<Path> list(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .filter(p -> p.getFileName().toString().matches("snapshot-\\d{20}\\.snap"))
          .sorted()
          .toList();
    }
  }

  static long lsnOf(Path snapshot) {
    return Long.parseLong(snapshot.getFileName().toString().substring(9, 29));
  }

  /** Writes a snapshot (temp file, fsync, rename, directory fsync); returns its path. */
  static Path write(
      Path directory,
      long lsn,
      Instant takenAt,
      List<TableContent> tables,
      List<ClientRequestTokens.Remembered> tokens,
      List<StreamState> streams,
      List<HistoryContent> histories)
      throws IOException {
    Path target = path(directory, lsn);
    Path temp = directory.resolve(target.getFileName() + ".tmp");
    CRC32C crc = new CRC32C();
    try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
        OutputStream out = new BufferedOutputStream(java.nio.channels.Channels.newOutputStream(channel), 1 << 16)) {
      Chunks chunks = new Chunks(out, crc);
      chunks.raw(MAGIC);
      Encoder e = chunks.encoder;
      e.writeByte(HEADER);
      e.writeLong(lsn);
      e.writeInstant(takenAt);
      for (TableContent table : tables) {
        e.writeByte(TABLE);
        table.image().write(e);
        e.writeVarint(table.items().size());
        for (Item item : table.items()) {
          e.writeByte(ITEM);
          ItemCodec.writeItem(e, item);
          chunks.maybeFlush();
        }
        chunks.maybeFlush();
      }
      for (HistoryContent history : histories) {
        e.writeByte(HISTORY);
        PitrHistoryCodec.writeHeader(e, history);
        for (Map<String, AttributeValue> item : history.base()) {
          e.writeByte(HISTORY_ITEM);
          PitrHistoryCodec.writeItem(e, item);
          chunks.maybeFlush();
        }
        for (HistoryChange change : history.changes()) {
          e.writeByte(HISTORY_CHANGE);
          PitrHistoryCodec.writeChange(e, change);
          chunks.maybeFlush();
        }
        chunks.maybeFlush();
      }
      for (ClientRequestTokens.Remembered token : tokens) {
        e.writeByte(TOKEN);
        e.writeString(token.token());
        e.writeBytes(token.fingerprint());
        e.writeLong(token.expiresAtMillis());
      }
      for (StreamState stream : streams) {
        e.writeByte(STREAM);
        writeStream(e, stream);
        chunks.maybeFlush();
      }
      chunks.flush();
      chunks.end();
      out.flush();
      channel.force(true);
    }
    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    DataDirectory.syncDirectory(directory);
    return target;
  }

  /**
   * Reads {@code file} into {@code visitor}, then checks its checksum.
   *
   * @throws CorruptDataException naming the file if it is truncated, malformed or fails its checksum
   */
  static void read(Path file, Visitor visitor) throws IOException {
    verifyChecksum(file);
    CRC32C crc = new CRC32C();
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        DataInputStream in = new DataInputStream(raw)) {
      byte[] magic = new byte[MAGIC.length];
      in.readFully(magic);
      if (!java.util.Arrays.equals(magic, MAGIC)) {
        throw new CorruptDataException("not a Sable snapshot of this format (bad magic number)");
      }
      crc.update(magic);
      boolean sawHeader = false;
      HistoryContent history = null;
      while (true) {
        int length = in.readInt();
        crc.update(new byte[] {(byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length});
        if (length == 0) {
          break;
        }
        if (length < 0 || length > 1 << 30) {
          throw new CorruptDataException("bad chunk length " + length);
        }
        byte[] chunk = new byte[length];
        in.readFully(chunk);
        crc.update(chunk);
        Decoder d = new Decoder(chunk);
        while (d.hasMore()) {
          int tag = d.readByte();
          if (history != null && tag != HISTORY_ITEM && tag != HISTORY_CHANGE) {
            visitor.history(history);
            history = null;
          }
          switch (tag) {
            case HEADER -> {
              visitor.header(d.readLong(), d.readInstant());
              sawHeader = true;
            }
            case TABLE -> {
              visitor.table(TableImage.read(d));
              d.readVarint();
            }
            case ITEM -> visitor.item(ItemCodec.readItem(d));
            case TOKEN -> visitor.token(
                new ClientRequestTokens.Remembered(d.readString(), d.readBytes(), d.readLong()));
            case STREAM -> visitor.stream(readStream(d));
            case HISTORY -> history = PitrHistoryCodec.readHeader(d);
            case HISTORY_ITEM -> historyOf(history).base().add(PitrHistoryCodec.readItem(d));
            case HISTORY_CHANGE -> historyOf(history).changes().add(PitrHistoryCodec.readChange(d));
            default -> throw new CorruptDataException("unknown entry " + tag);
          }
        }
      }
      if (history != null) {
        visitor.history(history);
      }
      int expected = in.readInt();
      if (expected != (int) crc.getValue()) {
        throw new CorruptDataException("checksum mismatch");
      }
      if (!sawHeader) {
        throw new CorruptDataException("no header");
      }
    } catch (EOFException e) {
      throw new CorruptDataException("The snapshot " + file + " is corrupt: truncated", e);
    } catch (RuntimeException e) {
      throw new CorruptDataException("The snapshot " + file + " is corrupt: " + e.getMessage()
          + ". Refusing to start without it (the log it replaced is gone); restore the data"
          + " directory from a backup.", e);
    }
  }

  // Checks the trailing CRC32C before anything is decoded, so that a damaged file is refused
  // whole rather than half loaded.
  private static void verifyChecksum(Path file) throws IOException {
    long size = Files.size(file);
    if (size < MAGIC.length + 8) {
      throw new CorruptDataException("The snapshot " + file + " is corrupt: truncated ("
          + size + " bytes). Refusing to start without it (the log it replaced is gone); restore"
          + " the data directory from a backup.");
    }
    CRC32C crc = new CRC32C();
    int stored;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      byte[] buffer = new byte[1 << 16];
      long remaining = size - 4;
      while (remaining > 0) {
        int read = in.read(buffer, 0, (int) Math.min(buffer.length, remaining));
        if (read < 0) {
          throw new EOFException();
        }
        crc.update(buffer, 0, read);
        remaining -= read;
      }
      stored = new DataInputStream(in).readInt();
    }
    if (stored != (int) crc.getValue()) {
      throw new CorruptDataException("The snapshot " + file + " is corrupt: checksum mismatch."
          + " Refusing to start without it (the log it replaced is gone); restore the data"
          + " directory from a backup.");
    }
  }

  private static HistoryContent historyOf(HistoryContent history) {
    if (history == null) {
      throw new CorruptDataException("a history entry without its header");
    }
    return history;
  }

  private static void writeStream(Encoder e, StreamState s) {
    e.writeNullableString(s.tableId());
    e.writeString(s.tableName());
    e.writeString(s.arn());
    e.writeString(s.label());
    e.writeString(s.viewType().toString());
    TableImage.writeKeySchema(e, s.keySchema());
    e.writeInstant(s.createdAt());
    e.writeLong(s.sequence());
    e.writeNullableInstant(s.disabledAt());
    e.writeVarint(s.lineages().size());
    for (StreamState.LineageState lineage : s.lineages()) {
      e.writeVarint(lineage.generation());
      e.writeVarint(lineage.shards().size());
      for (StreamState.ShardState shard : lineage.shards()) {
        e.writeString(shard.shardId());
        e.writeNullableString(shard.parentShardId());
        e.writeLong(shard.startingSequenceNumber());
        e.writeInstant(shard.createdAt());
        e.writeNullableInstant(shard.closedAt());
        e.writeLong(shard.endingSequenceNumber());
        e.writeLong(shard.trimmedThrough());
        e.writeVarint(shard.records().size());
        for (ChangeRecord record : shard.records()) {
          e.writeLong(record.sequenceNumber());
          e.writeString(record.eventId());
          e.writeString(record.eventName().toString());
          e.writeInstant(record.createdAt());
          ItemCodec.writeItem(e, record.keys());
          writeNullableItem(e, record.oldImage());
          writeNullableItem(e, record.newImage());
          e.writeVarint(record.sizeBytes());
          e.writeBoolean(record.byService());
        }
      }
    }
  }

  private static StreamState readStream(Decoder d) {
    String tableId = d.readNullableString();
    String tableName = d.readString();
    String arn = d.readString();
    String label = d.readString();
    StreamViewType viewType = StreamViewType.fromValue(d.readString());
    var keySchema = TableImage.readKeySchema(d);
    Instant createdAt = d.readInstant();
    long sequence = d.readLong();
    Instant disabledAt = d.readNullableInstant();
    int lineageCount = d.readCount();
    List<StreamState.LineageState> lineages = new ArrayList<>(lineageCount);
    for (int i = 0; i < lineageCount; i++) {
      int generation = (int) d.readVarint();
      int shardCount = d.readCount();
      List<StreamState.ShardState> shards = new ArrayList<>(shardCount);
      for (int j = 0; j < shardCount; j++) {
        String shardId = d.readString();
        String parent = d.readNullableString();
        long starting = d.readLong();
        Instant created = d.readInstant();
        Instant closed = d.readNullableInstant();
        long ending = d.readLong();
        long trimmed = d.readLong();
        int recordCount = d.readCount();
        List<ChangeRecord> records = new ArrayList<>(recordCount);
        for (int k = 0; k < recordCount; k++) {
          records.add(new ChangeRecord(d.readLong(), d.readString(),
              OperationType.fromValue(d.readString()), d.readInstant(), ItemCodec.readItem(d),
              readNullableItem(d), readNullableItem(d), (int) d.readVarint(), d.readBoolean()));
        }
        shards.add(new StreamState.ShardState(shardId, parent, starting, created, closed, ending, trimmed, records));
      }
      lineages.add(new StreamState.LineageState(generation, shards));
    }
    return new StreamState(tableId, tableName, arn, label, viewType, keySchema, createdAt, sequence,
        disabledAt, lineages);
  }

  static void writeNullableItem(Encoder e, Map<String, AttributeValue> item) {
    e.writeBoolean(item != null);
    if (item != null) {
      ItemCodec.writeItem(e, item);
    }
  }

  static Map<String, AttributeValue> readNullableItem(Decoder d) {
    return d.readBoolean() ? ItemCodec.readItem(d) : null;
  }

  /** Writes entries in length-prefixed chunks, feeding every byte to the checksum. */
  private static final class Chunks {
    final OutputStream out;
    final CRC32C crc;
    final Encoder encoder = new Encoder(CHUNK_BYTES + (1 << 16));
    private final Encoder lengthBytes = new Encoder(8);

    Chunks(OutputStream out, CRC32C crc) {
      this.out = out;
      this.crc = crc;
    }

    void raw(byte[] bytes) throws IOException {
      out.write(bytes);
      crc.update(bytes);
    }

    void maybeFlush() throws IOException {
      if (encoder.size() >= CHUNK_BYTES) {
        flush();
      }
    }

    void flush() throws IOException {
      if (encoder.size() == 0) {
        return;
      }
      writeInt(encoder.size());
      out.write(encoder.array(), 0, encoder.size());
      crc.update(encoder.array(), 0, encoder.size());
      encoder.reset();
    }

    void end() throws IOException {
      writeInt(0);
      int value = (int) crc.getValue();
      lengthBytes.reset();
      lengthBytes.writeInt(value);
      out.write(lengthBytes.array(), 0, 4);
    }

    private void writeInt(int value) throws IOException {
      lengthBytes.reset();
      lengthBytes.writeInt(value);
      raw(lengthBytes.toByteArray());
    }
  }
}
