package io.sable.engine.storage;

import io.sable.engine.backup.Backup;
import io.sable.engine.backup.Backups;
import io.sable.engine.backup.TableImage;
import io.sable.engine.table.TableDefinition;
import io.sable.engine.value.Item;
import io.sable.engine.value.ItemKey;
import io.sable.engine.value.KeySchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BackupType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * A durable engine's on-demand backups ({@code CreateBackup}, and the {@code SYSTEM} backup of
 * DeleteTable), one file each in {@code DATA_DIR/backups/}: {@code <table name>.<14-digit
 * milliseconds>-<8 hex digits>.backup}, the end of the backup's ARN (the table's id instead of a
 * name longer than 200 characters). Written when the backup is
 * made, before CreateBackup returns ({@code .tmp}, {@code fsync}, atomic rename, directory {@code
 * fsync}); deleted by DeleteBackup (and when a {@code SYSTEM} backup expires); all read at startup.
 *
 * <p>Layout: the 8 bytes {@code SABLBAK1}; the backup's ARN, name, type, creation, available and
 * expiry times; its table's definition ({@link io.sable.engine.storage.TableImage}'s encoding),
 * name, ARN, id, creation time, size in bytes, stream view type and Time to Live attribute; the
 * item count and the items ({@link ItemCodec}); then {@code int crc32c} of every byte before it.
 * A file that fails its checksum or cannot be decoded is a {@link CorruptDataException} naming it:
 * the engine does not start without it.
 */
final class BackupFiles implements Backups.Store {
  /** The folder of the data directory that holds the backups. */
  static final String DIRECTORY = "backups";
  static final byte[] MAGIC = {'S', 'A', 'B', 'L', 'B', 'A', 'K', '1'};
  private static final String SUFFIX = ".backup";

  private final Path directory;

  BackupFiles(Path directory) {
    this.directory = directory;
  }

  /**
   * Every backup in the folder (none if it does not exist); leftover {@code .tmp} files of a
   * backup being written at a crash are deleted (that CreateBackup never returned).
   *
   * @throws CorruptDataException naming the file if one is corrupt
   */
  List<Backup> load() throws IOException {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(directory)) {
      files = list.sorted().toList();
    }
    List<Backup> backups = new ArrayList<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      if (name.endsWith(".tmp")) {
        Files.deleteIfExists(file);
      } else if (name.endsWith(SUFFIX)) {
        backups.add(read(file));
      }
    }
    return backups;
  }

  @Override
  public void saved(Backup backup) {
    try {
      Files.createDirectories(directory);
      Path target = path(backup);
      Path temp = directory.resolve(target.getFileName() + ".tmp");
      byte[] bytes = encode(backup);
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE,
              StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
          OutputStream out = Channels.newOutputStream(channel)) {
        out.write(bytes);
        out.flush();
        channel.force(true);
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      DataDirectory.syncDirectory(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the backup " + backup.arn() + " in " + directory, e);
    }
  }

  @Override
  public void deleted(Backup backup) {
    try {
      Files.deleteIfExists(path(backup));
      DataDirectory.syncDirectory(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the backup " + backup.arn() + " in " + directory, e);
    }
  }

  /** The file of {@code backup}. */
  Path path(Backup backup) {
    String arn = backup.arn();
    String id = arn.substring(arn.lastIndexOf('/') + 1);
    String table = backup.image().tableName();
    // A table name may have 255 characters, more than a file name can hold with the id.
    return directory.resolve((table.length() <= 200 ? table : backup.image().tableId()) + "." + id + SUFFIX);
  }

  static byte[] encode(Backup backup) {
    TableImage image = backup.image();
    Encoder out = new Encoder(1024);
    for (byte b : MAGIC) {
      out.writeByte(b);
    }
    out.writeString(backup.arn());
    out.writeString(backup.name());
    out.writeString(backup.type().toString());
    out.writeInstant(backup.created());
    out.writeInstant(backup.availableAt());
    out.writeNullableInstant(backup.expires());
    io.sable.engine.storage.TableImage.writeDefinition(out, image.definition());
    out.writeString(image.tableName());
    out.writeString(image.tableArn());
    out.writeString(image.tableId());
    out.writeInstant(image.tableCreationDateTime());
    out.writeLong(image.sizeBytes());
    out.writeNullableString(image.streamViewType() == null ? null : image.streamViewType().toString());
    out.writeNullableString(image.timeToLiveAttribute());
    out.writeVarint(image.items().size());
    for (Item item : image.items().values()) {
      ItemCodec.writeItem(out, item);
    }
    CRC32C crc = new CRC32C();
    crc.update(out.array(), 0, out.size());
    out.writeInt((int) crc.getValue());
    return out.toByteArray();
  }

  /**
   * Reads one backup file.
   *
   * @throws CorruptDataException naming the file if it is truncated, fails its checksum or cannot
   *     be decoded
   */
  static Backup read(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    try {
      if (bytes.length < MAGIC.length + 4
          || !Arrays.equals(Arrays.copyOf(bytes, MAGIC.length), MAGIC)) {
        throw new CorruptDataException("not a Sable backup (bad magic number or truncated)");
      }
      CRC32C crc = new CRC32C();
      crc.update(bytes, 0, bytes.length - 4);
      int stored = new Decoder(bytes, bytes.length - 4, 4).readInt();
      if (stored != (int) crc.getValue()) {
        throw new CorruptDataException("checksum mismatch");
      }
      Decoder in = new Decoder(bytes, MAGIC.length, bytes.length - 4 - MAGIC.length);
      String arn = in.readString();
      String name = in.readString();
      BackupType type = BackupType.fromValue(in.readString());
      Instant created = in.readInstant();
      Instant availableAt = in.readInstant();
      Instant expires = in.readNullableInstant();
      TableDefinition definition = io.sable.engine.storage.TableImage.readDefinition(in);
      String tableName = in.readString();
      String tableArn = in.readString();
      String tableId = in.readString();
      Instant tableCreated = in.readInstant();
      long sizeBytes = in.readLong();
      String viewType = in.readNullableString();
      String ttl = in.readNullableString();
      int count = in.readCount();
      KeySchema keySchema = definition.keySchema();
      TreeMap<ItemKey, Item> items = new TreeMap<>();
      for (int i = 0; i < count; i++) {
        Map<String, AttributeValue> attributes = ItemCodec.readItem(in);
        items.put(keySchema.keyOfItem(attributes), Item.of(attributes));
      }
      if (in.hasMore()) {
        throw new CorruptDataException("trailing bytes");
      }
      TableImage image = new TableImage(definition, tableName, tableArn, tableId, tableCreated,
          Collections.unmodifiableNavigableMap(items), sizeBytes,
          viewType == null ? null : StreamViewType.fromValue(viewType), ttl);
      return new Backup(arn, name, type, created, availableAt, expires, image);
    } catch (RuntimeException e) {
      throw new CorruptDataException("The backup file " + file + " is corrupt: " + e.getMessage()
          + ". Refusing to start without it; restore the file or remove it to drop the backup.", e);
    }
  }
}
