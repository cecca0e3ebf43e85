package io.sable.engine.transfer;

import io.airlift.compress.zstd.ZstdInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * ImportTable's {@code InputCompressionType}: {@code NONE}, {@code GZIP} (the JDK's) or {@code
 * ZSTD} (aircompressor's pure-Java Zstandard).
 */
public enum Compression {
  /** Uncompressed objects. */
  NONE,
  /** GZIP objects. */
  GZIP,
  /** Zstandard objects. */
  ZSTD;

  /** {@code in}, decompressed. */
  public InputStream open(InputStream in) throws IOException {
    return switch (this) {
      case NONE -> in;
      case GZIP -> new GZIPInputStream(in, 64 * 1024);
      case ZSTD -> new ZstdInputStream(in);
    };
  }
}
