package io.sable.engine.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A data directory held by one engine: {@code LOCK} is locked ({@link FileChannel#tryLock()}) for
 * as long as the engine is open, so that a second process, or a second engine in the same JVM,
 * opening the directory is refused.
 */
final class DataDirectory implements AutoCloseable {
  /** The lock file's name. */
  static final String LOCK_FILE = "LOCK";

  private final Path path;
  private final FileChannel lockChannel;
  private final FileLock lock;

  private DataDirectory(Path path, FileChannel lockChannel, FileLock lock) {
    this.path = path;
    this.lockChannel = lockChannel;
    this.lock = lock;
  }

  /**
   * Creates the directory if needed and locks it.
   *
   * @throws IllegalStateException if another engine (in this or another process) holds it
   * @throws UncheckedIOException if it cannot be created or locked
   */
  static DataDirectory lock(Path path) {
    try {
      Files.createDirectories(path);
      FileChannel channel =
          FileChannel.open(path.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        channel.close();
        throw new IllegalStateException(
            "The data directory " + path.toAbsolutePath() + " is in use by another Sable engine"
                + " (its " + LOCK_FILE + " file is locked by this or another process); stop that"
                + " engine first or choose another --data-dir");
      }
      return new DataDirectory(path, channel, lock);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the data directory " + path.toAbsolutePath(), e);
    }
  }

  Path path() {
    return path;
  }

  /** Makes the directory's entries (created, renamed, deleted files) durable. */
  static void syncDirectory(Path directory) throws IOException {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // Some file systems cannot open or fsync a directory; their entries are durable anyway.
      if (!Files.isDirectory(directory)) {
        throw e;
      }
    }
  }

  /** Releases the lock. */
  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException e) {
      // Closing the channel releases it anyway.
    }
    try {
      lockChannel.close();
    } catch (IOException e) {
      // Nothing more to release.
    }
  }
}
