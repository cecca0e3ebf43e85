package io.sable.engine.storage;

import io.sable.engine.value.AttributeType;
import io.sable.engine.value.Item;
import io.sable.engine.value.ItemEncoding;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The compact binary encoding of items and attribute values used by the write-ahead log and the
 * snapshots.
 *
 * <p>An item (an attribute map) is {@code varint count} then, per attribute, {@code string name,
 * value}. A value is one tag byte then its body:
 *
 * <pre>
 *   tag  type  body
 *   1    S     string
 *   2    N     string (the number's normalised decimal text, as the engine stores it)
 *   3    B     bytes
 *   4    BOOL  false             5  BOOL true        6  NULL (no body)
 *   7    SS    varint count, strings       8  NS  varint count, strings
 *   9    BS    varint count, bytes
 *   10   L     varint count, values
 *   11   M     an item (varint count, then name and value per entry)
 * </pre>
 *
 * where {@code varint} is unsigned LEB128, {@code string} is a varint byte length then UTF-8, and
 * {@code bytes} a varint length then the bytes. The encoding is self-delimiting and needs no
 * schema. The engine's compact in-memory form of a stored item ({@link ItemEncoding}) uses the same
 * tags, with attribute names from a process-wide dictionary; {@link #writeItem(Encoder, Item)}
 * transcodes it to this format byte by byte, without building attribute values. Thread-safe
 * (stateless).
 */
public final class ItemCodec {
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

  private ItemCodec() {}

  /** Encodes an attribute map. */
  public static byte[] encode(Map<String, AttributeValue> item) {
    Encoder out = new Encoder(64);
    writeItem(out, item);
    return out.toByteArray();
  }

  /**
   * Decodes what {@link #encode} wrote.
   *
   * @throws CorruptDataException if the bytes are not an encoded item
   */
  public static Map<String, AttributeValue> decode(byte[] bytes) {
    Decoder in = new Decoder(bytes);
    Map<String, AttributeValue> item = readItem(in);
    if (in.hasMore()) {
      throw new CorruptDataException("trailing bytes after an item at byte " + in.position());
    }
    return item;
  }

  static void writeItem(Encoder out, Map<String, AttributeValue> item) {
    out.writeVarint(item.size());
    for (Map.Entry<String, AttributeValue> entry : item.entrySet()) {
      out.writeString(entry.getKey());
      writeValue(out, entry.getValue());
    }
  }

  /**
   * Writes a stored item as {@link #writeItem(Encoder, Map)} would write its attributes, from its
   * compact in-memory encoding ({@link ItemEncoding#toPortable}) without decoding it.
   */
  static void writeItem(Encoder out, Item item) {
    byte[] portable = ItemEncoding.toPortable(item.encoded());
    out.writeRaw(portable, 0, portable.length);
  }

  static Map<String, AttributeValue> readItem(Decoder in) {
    int count = in.readCount();
    Map<String, AttributeValue> item = new LinkedHashMap<>(Math.max(4, count * 4 / 3 + 1));
    for (int i = 0; i < count; i++) {
      String name = in.readString();
      item.put(name, readValue(in));
    }
    return Collections.unmodifiableMap(item);
  }

  static void writeValue(Encoder out, AttributeValue value) {
    AttributeType type = AttributeType.of(value);
    switch (type) {
      case S -> {
        out.writeByte(S);
        out.writeString(value.s());
      }
      case N -> {
        out.writeByte(N);
        out.writeString(value.n());
      }
      case B -> {
        out.writeByte(B);
        out.writeBytes(value.b().asByteArrayUnsafe());
      }
      case BOOL -> out.writeByte(value.bool() ? TRUE : FALSE);
      case NULL -> out.writeByte(NULL);
      case SS -> {
        out.writeByte(SS);
        out.writeVarint(value.ss().size());
        value.ss().forEach(out::writeString);
      }
      case NS -> {
        out.writeByte(NS);
        out.writeVarint(value.ns().size());
        value.ns().forEach(out::writeString);
      }
      case BS -> {
        out.writeByte(BS);
        out.writeVarint(value.bs().size());
        value.bs().forEach(b -> out.writeBytes(b.asByteArrayUnsafe()));
      }
      case L -> {
        out.writeByte(L);
        out.writeVarint(value.l().size());
        value.l().forEach(element -> writeValue(out, element));
      }
      case M -> {
        out.writeByte(M);
        writeItem(out, value.m());
      }
      default -> throw new IllegalArgumentException("unknown attribute type " + type);
    }
  }

  static AttributeValue readValue(Decoder in) {
    int tag = in.readByte();
    switch (tag) {
      case S:
        return AttributeValue.fromS(in.readString());
      case N:
        return AttributeValue.fromN(in.readString());
      case B:
        return AttributeValue.fromB(SdkBytes.fromByteArrayUnsafe(in.readBytes()));
      case FALSE:
        return AttributeValue.fromBool(false);
      case TRUE:
        return AttributeValue.fromBool(true);
      case NULL:
        return AttributeValue.fromNul(true);
      case SS:
      case NS: {
        int count = in.readCount();
        List<String> strings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
          strings.add(in.readString());
        }
        return tag == SS ? AttributeValue.fromSs(strings) : AttributeValue.fromNs(strings);
      }
      case BS: {
        int count = in.readCount();
        List<SdkBytes> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
          values.add(SdkBytes.fromByteArrayUnsafe(in.readBytes()));
        }
        return AttributeValue.fromBs(values);
      }
      case L: {
        int count = in.readCount();
        List<AttributeValue> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
          values.add(readValue(in));
        }
        return AttributeValue.fromL(values);
      }
      case M:
        return AttributeValue.fromM(readItem(in));
      default:
        throw new CorruptDataException("unknown attribute value tag " + tag + " at byte " + (in.position() - 1));
    }
  }
}
