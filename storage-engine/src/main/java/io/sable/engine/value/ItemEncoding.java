package io.sable.engine.value;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The compact in-memory encoding of a stored item: one byte array per item, from which SDK {@link
 * AttributeValue}s are built only when a caller asks for them.
 *
 * <p>An item is {@code varint count} then, per attribute, {@code name, value}. A name is a varint
 * {@code h}: odd, {@code h >>> 1} is its number in the {@link AttributeNames} dictionary; even, a
 * {@code string} follows. A value is one tag byte then its body, with the tags of the durable
 * storage's {@code ItemCodec}:
 *
 * <pre>
 *   tag  type  body
 *   1    S     string
 *   2    N     string (the number's text as stored: normalised at the top level by the validator)
 *   3    B     bytes
 *   4    BOOL  false             5  BOOL true        6  NULL (no body)
 *   7    SS    varint count, strings       8  NS  varint count, strings
 *   9    BS    varint count, bytes
 *   10   L     varint count, values
 *   11   M     an item (varint count, then name and value per entry)
 * </pre>
 *
 * where {@code varint} is unsigned LEB128, {@code bytes} a varint length then the bytes, and a
 * {@code string} a varint {@code h} then, if {@code h} is even, {@code h >>> 1} bytes of UTF-8, or
 * if it is odd, {@code h >>> 1} UTF-16 code units of two bytes each (only for text that is not
 * well-formed UTF-16, which UTF-8 cannot carry). Self-delimiting: a value can be skipped without
 * decoding it. Thread-safe (stateless apart from the name dictionary).
 */
public final class ItemEncoding {
  static final int S = 1;
  static final int N = 2;
  static final int B = 3;
  static final int FALSE = 4;
  static final int TRUE = 5;
  static final int NULL = 6;
  static final int SS = 7;
  static final int NS = 8;
  static final int BS = 9;
  static final int L = 10;
  static final int M = 11;

  private static final ThreadLocal<Out> SCRATCH = ThreadLocal.withInitial(() -> new Out(512));

  private ItemEncoding() {}

  /** Encodes an attribute map of valid attribute values. */
  public static byte[] encode(Map<String, AttributeValue> item) {
    Out out = SCRATCH.get();
    out.size = 0;
    writeItem(out, item);
    byte[] bytes = Arrays.copyOf(out.bytes, out.size);
    if (out.bytes.length > 1 << 16) {
      SCRATCH.remove();
    }
    return bytes;
  }

  /** Decodes what {@link #encode} wrote into an unmodifiable map in the same attribute order. */
  public static Map<String, AttributeValue> decode(byte[] bytes) {
    In in = new In(bytes);
    return readItem(in);
  }

  /** The value of the top-level attribute {@code name} in an encoded item, or {@code null}. */
  public static AttributeValue attribute(byte[] bytes, String name) {
    In in = new In(bytes);
    int count = in.varint();
    for (int i = 0; i < count; i++) {
      if (in.nameEquals(name)) {
        return readValue(in);
      }
      skipValue(in);
    }
    return null;
  }

  /**
   * The same item in the durable storage's self-contained form ({@code storage.ItemCodec}'s item
   * format: every name written in full, strings as a varint byte length then UTF-8), transcoded
   * byte by byte without building attribute values, so that snapshots and backups write a stored
   * item without decoding it.
   */
  public static byte[] toPortable(byte[] encoded) {
    In in = new In(encoded);
    Out out = new Out(encoded.length + 64);
    portableItem(in, out);
    return Arrays.copyOf(out.bytes, out.size);
  }

  private static void portableItem(In in, Out out) {
    int count = in.varint();
    out.varint(count);
    for (int i = 0; i < count; i++) {
      out.portableString(in.name());
      portableValue(in, out);
    }
  }

  private static void portableValue(In in, Out out) {
    int tag = in.read();
    out.write(tag);
    switch (tag) {
      case S, N -> in.portableString(out);
      case B -> {
        int length = in.varint();
        out.varint(length);
        out.raw(in.bytes, in.position, length);
        in.position += length;
      }
      case FALSE, TRUE, NULL -> { }
      case SS, NS -> {
        int count = in.varint();
        out.varint(count);
        for (int i = 0; i < count; i++) {
          in.portableString(out);
        }
      }
      case BS -> {
        int count = in.varint();
        out.varint(count);
        for (int i = 0; i < count; i++) {
          int length = in.varint();
          out.varint(length);
          out.raw(in.bytes, in.position, length);
          in.position += length;
        }
      }
      case L -> {
        int count = in.varint();
        out.varint(count);
        for (int i = 0; i < count; i++) {
          portableValue(in, out);
        }
      }
      case M -> portableItem(in, out);
      default -> throw new IllegalStateException("unknown attribute value tag " + tag);
    }
  }

  private static void writeItem(Out out, Map<String, AttributeValue> item) {
    out.varint(item.size());
    for (Map.Entry<String, AttributeValue> entry : item.entrySet()) {
      String name = entry.getKey();
      int id = AttributeNames.id(name);
      if (id >= 0) {
        out.varint(((long) id << 1) | 1);
      } else {
        out.varint(0);
        out.string(name);
      }
      writeValue(out, entry.getValue());
    }
  }

  private static void writeValue(Out out, AttributeValue value) {
    AttributeType type = AttributeType.of(value);
    switch (type) {
      case S -> {
        out.write(S);
        out.string(value.s());
      }
      case N -> {
        out.write(N);
        out.string(value.n());
      }
      case B -> {
        out.write(B);
        out.bytes(value.b().asByteArrayUnsafe());
      }
      case BOOL -> out.write(value.bool() ? TRUE : FALSE);
      case NULL -> out.write(NULL);
      case SS -> {
        out.write(SS);
        out.varint(value.ss().size());
        value.ss().forEach(out::string);
      }
      case NS -> {
        out.write(NS);
        out.varint(value.ns().size());
        value.ns().forEach(out::string);
      }
      case BS -> {
        out.write(BS);
        out.varint(value.bs().size());
        value.bs().forEach(b -> out.bytes(b.asByteArrayUnsafe()));
      }
      case L -> {
        out.write(L);
        out.varint(value.l().size());
        value.l().forEach(element -> writeValue(out, element));
      }
      case M -> {
        out.write(M);
        writeItem(out, value.m());
      }
      default -> throw new IllegalArgumentException("unknown attribute type " + type);
    }
  }

  private static Map<String, AttributeValue> readItem(In in) {
    int count = in.varint();
    Map<String, AttributeValue> item = new LinkedHashMap<>(Math.max(4, count * 4 / 3 + 1));
    for (int i = 0; i < count; i++) {
      String name = in.name();
      item.put(name, readValue(in));
    }
    return Collections.unmodifiableMap(item);
  }

  private static AttributeValue readValue(In in) {
    int tag = in.read();
    switch (tag) {
      case S:
        return AttributeValue.fromS(in.string());
      case N:
        return AttributeValue.fromN(in.string());
      case B:
        return AttributeValue.fromB(SdkBytes.fromByteArrayUnsafe(in.bytes()));
      case FALSE:
        return AttributeValue.fromBool(false);
      case TRUE:
        return AttributeValue.fromBool(true);
      case NULL:
        return AttributeValue.fromNul(true);
      case SS:
      case NS: {
        int count = in.varint();
        List<String> strings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
          strings.add(in.string());
        }
        return tag == SS ? AttributeValue.fromSs(strings) : AttributeValue.fromNs(strings);
      }
      case BS: {
        int count = in.varint();
        List<SdkBytes> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
          values.add(SdkBytes.fromByteArrayUnsafe(in.bytes()));
        }
        return AttributeValue.fromBs(values);
      }
      case L: {
        int count = in.varint();
        List<AttributeValue> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
          values.add(readValue(in));
        }
        return AttributeValue.fromL(values);
      }
      case M:
        return AttributeValue.fromM(readItem(in));
      default:
        throw new IllegalStateException("unknown attribute value tag " + tag + " at byte " + (in.position - 1));
    }
  }

  private static void skipValue(In in) {
    int tag = in.read();
    switch (tag) {
      case S, N -> in.skipString();
      case B -> in.skipBytes();
      case FALSE, TRUE, NULL -> { }
      case SS, NS -> {
        for (int i = in.varint(); i > 0; i--) {
          in.skipString();
        }
      }
      case BS -> {
        for (int i = in.varint(); i > 0; i--) {
          in.skipBytes();
        }
      }
      case L -> {
        for (int i = in.varint(); i > 0; i--) {
          skipValue(in);
        }
      }
      case M -> {
        for (int i = in.varint(); i > 0; i--) {
          in.skipName();
          skipValue(in);
        }
      }
      default -> throw new IllegalStateException("unknown attribute value tag " + tag);
    }
  }

  /** Whether {@code text} is well-formed UTF-16 (no unpaired surrogate), so UTF-8 carries it. */
  static boolean wellFormed(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return false;
        }
      }
    }
    return true;
  }

  private static final class Out {
    byte[] bytes;
    int size;

    Out(int capacity) {
      bytes = new byte[capacity];
    }

    void ensure(int more) {
      if (size + more > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
      }
    }

    void write(int b) {
      ensure(1);
      bytes[size++] = (byte) b;
    }

    void varint(long value) {
      ensure(10);
      while ((value & ~0x7FL) != 0) {
        bytes[size++] = (byte) ((value & 0x7F) | 0x80);
        value >>>= 7;
      }
      bytes[size++] = (byte) value;
    }

    void bytes(byte[] value) {
      varint(value.length);
      ensure(value.length);
      System.arraycopy(value, 0, bytes, size, value.length);
      size += value.length;
    }

    void raw(byte[] source, int offset, int length) {
      ensure(length);
      System.arraycopy(source, offset, bytes, size, length);
      size += length;
    }

    // A varint byte length then UTF-8 (unpaired surrogates become '?', as String.getBytes does).
    void portableString(String value) {
      byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
      varint(utf8.length);
      raw(utf8, 0, utf8.length);
    }

    void string(String value) {
      int length = value.length();
      boolean ascii = true;
      for (int i = 0; i < length; i++) {
        if (value.charAt(i) >= 0x80) {
          ascii = false;
          break;
        }
      }
      if (ascii) {
        varint((long) length << 1);
        ensure(length);
        for (int i = 0; i < length; i++) {
          bytes[size++] = (byte) value.charAt(i);
        }
      } else if (wellFormed(value)) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        varint((long) utf8.length << 1);
        ensure(utf8.length);
        System.arraycopy(utf8, 0, bytes, size, utf8.length);
        size += utf8.length;
      } else {
        varint(((long) length << 1) | 1);
        ensure(length * 2);
        for (int i = 0; i < length; i++) {
          char c = value.charAt(i);
          bytes[size++] = (byte) (c >>> 8);
          bytes[size++] = (byte) c;
        }
      }
    }
  }

  private static final class In {
    final byte[] bytes;
    int position;

    In(byte[] bytes) {
      this.bytes = bytes;
    }

    int read() {
      return bytes[position++] & 0xFF;
    }

    int varint() {
      int value = 0;
      int shift = 0;
      while (true) {
        int b = bytes[position++];
        value |= (b & 0x7F) << shift;
        if (b >= 0) {
          return value;
        }
        shift += 7;
      }
    }

    String string() {
      int header = varint();
      int length = header >>> 1;
      String text;
      if ((header & 1) == 0) {
        text = new String(bytes, position, length, StandardCharsets.UTF_8);
        position += length;
      } else {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
          chars[i] = (char) (((bytes[position] & 0xFF) << 8) | (bytes[position + 1] & 0xFF));
          position += 2;
        }
        text = new String(chars);
      }
      return text;
    }

    void portableString(Out out) {
      int header = varint();
      if ((header & 1) == 0) {
        int length = header >>> 1;
        out.varint(length);
        out.raw(bytes, position, length);
        position += length;
      } else {
        position -= varintLength(header);
        out.portableString(string());
      }
    }

    private static int varintLength(int value) {
      int length = 1;
      while ((value & ~0x7F) != 0) {
        value >>>= 7;
        length++;
      }
      return length;
    }

    void skipString() {
      int header = varint();
      position += (header & 1) == 0 ? header >>> 1 : header & ~1;
    }

    byte[] bytes() {
      int length = varint();
      byte[] value = Arrays.copyOfRange(bytes, position, position + length);
      position += length;
      return value;
    }

    void skipBytes() {
      int length = varint(); // read before position: "position += varint()" would lose the varint's bytes
      position += length;
    }

    String name() {
      int header = varint();
      return (header & 1) == 1 ? AttributeNames.name(header >>> 1) : string();
    }

    void skipName() {
      int header = varint();
      if ((header & 1) == 0) {
        skipString();
      }
    }

    boolean nameEquals(String name) {
      int header = varint();
      if ((header & 1) == 1) {
        return AttributeNames.name(header >>> 1).equals(name);
      }
      return string().equals(name);
    }
  }
}
