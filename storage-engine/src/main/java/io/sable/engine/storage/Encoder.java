package io.sable.engine.storage;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

/**
 * A growable byte buffer that writes the storage format's primitives: unsigned LEB128 varints,
 * fixed big-endian ints and longs, length-prefixed UTF-8 strings and byte strings, and nullable
 * values behind a presence byte. Not thread-safe.
 */
final class Encoder {
  private byte[] bytes;
  private int size;

  Encoder(int capacity) {
    this.bytes = new byte[Math.max(16, capacity)];
  }

  int size() {
    return size;
  }

  byte[] array() {
    return bytes;
  }

  byte[] toByteArray() {
    return Arrays.copyOf(bytes, size);
  }

  void reset() {
    size = 0;
  }

  void truncate(int newSize) {
    size = newSize;
  }

  private void ensure(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }

  void writeByte(int value) {
    ensure(1);
    bytes[size++] = (byte) value;
  }

  void writeBoolean(boolean value) {
    writeByte(value ? 1 : 0);
  }

  void writeInt(int value) {
    ensure(4);
    bytes[size++] = (byte) (value >>> 24);
    bytes[size++] = (byte) (value >>> 16);
    bytes[size++] = (byte) (value >>> 8);
    bytes[size++] = (byte) value;
  }

  /** Overwrites the 4 bytes at {@code at}. */
  void putInt(int at, int value) {
    bytes[at] = (byte) (value >>> 24);
    bytes[at + 1] = (byte) (value >>> 16);
    bytes[at + 2] = (byte) (value >>> 8);
    bytes[at + 3] = (byte) value;
  }

  void writeLong(long value) {
    writeInt((int) (value >>> 32));
    writeInt((int) value);
  }

  void writeVarint(long value) {
    ensure(10);
    while ((value & ~0x7FL) != 0) {
      bytes[size++] = (byte) ((value & 0x7F) | 0x80);
      value >>>= 7;
    }
    bytes[size++] = (byte) value;
  }

  void writeBytes(byte[] value) {
    writeVarint(value.length);
    writeRaw(value, 0, value.length);
  }

  void writeRaw(byte[] value, int offset, int length) {
    ensure(length);
    System.arraycopy(value, offset, bytes, size, length);
    size += length;
  }

  void writeString(String value) {
    // ASCII fast path: most names and short values.
    int length = value.length();
    boolean ascii = true;
    for (int i = 0; i < length; i++) {
      if (value.charAt(i) >= 0x80) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      writeVarint(length);
      ensure(length);
      for (int i = 0; i < length; i++) {
        bytes[size++] = (byte) value.charAt(i);
      }
    } else {
      writeBytes(value.getBytes(StandardCharsets.UTF_8));
    }
  }

  void writeNullableString(String value) {
    writeBoolean(value != null);
    if (value != null) {
      writeString(value);
    }
  }

  /** An instant as nanoseconds since the epoch (fits until the year 2262). */
  void writeInstant(Instant value) {
    writeLong(value.getEpochSecond() * 1_000_000_000L + value.getNano());
  }

  void writeNullableInstant(Instant value) {
    writeBoolean(value != null);
    if (value != null) {
      writeInstant(value);
    }
  }

  void writeNullableLong(Long value) {
    writeBoolean(value != null);
    if (value != null) {
      writeLong(value);
    }
  }
}
