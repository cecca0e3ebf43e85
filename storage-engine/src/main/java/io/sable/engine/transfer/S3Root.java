package io.sable.engine.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * "S3" as a local directory: bucket {@code b} is the folder {@code root/b}, and the object with key
 * {@code k} the file {@code root/b/k} ({@code /} in keys separates folders). Buckets are not
 * created by the engine: a bucket exists when its folder does, as an S3 bucket exists before an
 * export writes to it.
 *
 * @param root the directory holding one folder per bucket
 */
public record S3Root(Path root) {
  /** An S3 root at {@code root}. */
  public S3Root {
    Objects.requireNonNull(root, "root");
    root = root.toAbsolutePath().normalize();
  }

  /** Whether bucket {@code bucket} exists (its folder does) and its name is a plain folder name. */
  public boolean bucketExists(String bucket) {
    return validName(bucket) && Files.isDirectory(root.resolve(bucket));
  }

  /**
   * The file of the object {@code key} in {@code bucket}.
   *
   * @throws IllegalArgumentException if the key leaves the bucket's folder ({@code ..} segments)
   */
  public Path object(String bucket, String key) {
    Path folder = root.resolve(bucket).normalize();
    Path file = folder.resolve(key).normalize();
    if (!validName(bucket) || !file.startsWith(folder)) {
      throw new IllegalArgumentException("Key outside its bucket: " + bucket + "/" + key);
    }
    return file;
  }

  /**
   * The keys of the objects in {@code bucket} whose key starts with {@code prefix} (every object if
   * {@code null} or empty), in key order, as S3's ListObjectsV2 lists them.
   */
  public List<String> keys(String bucket, String prefix) {
    Path folder = root.resolve(bucket).normalize();
    String wanted = prefix == null ? "" : prefix;
    List<String> keys = new ArrayList<>();
    try (Stream<Path> files = Files.walk(folder)) {
      files
          .filter(Files::isRegularFile)
          .map(file -> folder.relativize(file).toString().replace(java.io.File.separatorChar, '/'))
          .filter(key -> key.startsWith(wanted))
          .sorted()
          .forEach(keys::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return keys;
  }

  private static boolean validName(String bucket) {
    return bucket != null
        && !bucket.isEmpty()
        && !bucket.equals(".")
        && !bucket.equals("..")
        && bucket.indexOf('/') < 0
        && bucket.indexOf('\\') < 0;
  }
}
