package io.sable.engine.storage;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Reads what an {@link Encoder} wrote from a byte array; a read past the end or a malformed value
 * throws {@link CorruptDataException}. Not thread-safe.
 */
final class Decoder {
  private final byte[] bytes;
  private int position;
  private final int limit;

  Decoder(byte[] bytes) {
    this(bytes, 0, bytes.length);
  }

  Decoder(byte[] bytes, int offset, int length) {
    this.bytes = bytes;
    this.position = offset;
    this.limit = offset + length;
  }

  int position() {
    return position;
  }

  boolean hasMore() {
    return position < limit;
  }

  private void need(int count) {
    if (count < 0 || position + count > limit) {
      throw new CorruptDataException("truncated data at byte " + position);
    }
  }

  int readByte() {
    need(1);
    return bytes[position++] & 0xFF;
  }

  boolean readBoolean() {
    int value = readByte();
    if (value > 1) {
      throw new CorruptDataException("bad boolean " + value + " at byte " + (position - 1));
    }
    return value == 1;
  }

  int readInt() {
    need(4);
    int value = ((bytes[position] & 0xFF) << 24)
        | ((bytes[position + 1] & 0xFF) << 16)
        | ((bytes[position + 2] & 0xFF) << 8)
        | (bytes[position + 3] & 0xFF);
    position += 4;
    return value;
  }

  long readLong() {
    return ((long) readInt() << 32) | (readInt() & 0xFFFFFFFFL);
  }

  long readVarint() {
    long value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      int b = readByte();
      value |= (long) (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return value;
      }
    }
    throw new CorruptDataException("bad varint at byte " + position);
  }

  int readLength() {
    long length = readVarint();
    if (length > limit - position) {
      throw new CorruptDataException("length " + length + " past the end at byte " + position);
    }
    return (int) length;
  }

  /** A count of elements, each at least one byte long. */
  int readCount() {
    return readLength();
  }

  byte[] readBytes() {
    int length = readLength();
    byte[] value = new byte[length];
    System.arraycopy(bytes, position, value, 0, length);
    position += length;
    return value;
  }

  String readString() {
    int length = readLength();
    String value = new String(bytes, position, length, StandardCharsets.UTF_8);
    position += length;
    return value;
  }

  String readNullableString() {
    return readBoolean() ? readString() : null;
  }

  Instant readInstant() {
    long nanos = readLong();
    return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
  }

  Instant readNullableInstant() {
    return readBoolean() ? readInstant() : null;
  }

  Long readNullableLong() {
    return readBoolean() ? readLong() : null;
  }
}
