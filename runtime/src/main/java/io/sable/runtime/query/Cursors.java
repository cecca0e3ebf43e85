package io.sable.runtime.query;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Opaque cursors: a Query's {@code LastEvaluatedKey} as a URL-safe base64 string, and back into an
 * {@code ExclusiveStartKey}.
 *
 * <p>Layout: a version byte (1), the attribute count, then per attribute (in name order) its name,
 * its type ({@code S}, {@code N} or {@code B}, the only key attribute types) and its value.
 */
final class Cursors {

  private static final int VERSION = 1;

  private Cursors() {}

  static String encode(Map<String, AttributeValue> key) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(VERSION);
      out.writeShort(key.size());
      for (Map.Entry<String, AttributeValue> entry : new TreeMap<>(key).entrySet()) {
        out.writeUTF(entry.getKey());
        AttributeValue value = entry.getValue();
        if (value.s() != null) {
          out.writeByte('S');
          out.writeUTF(value.s());
        } else if (value.n() != null) {
          out.writeByte('N');
          out.writeUTF(value.n());
        } else if (value.b() != null) {
          byte[] binary = value.b().asByteArrayUnsafe();
          out.writeByte('B');
          out.writeInt(binary.length);
          out.write(binary);
        } else {
          throw new IllegalArgumentException(
              "Key attribute " + entry.getKey() + " is not of type S, N or B: " + value);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
  }

  /**
   * @throws IllegalArgumentException if the cursor was not produced by {@link #encode}
   */
  static Map<String, AttributeValue> decode(String cursor) {
    try {
      byte[] bytes = Base64.getUrlDecoder().decode(cursor);
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
      if (in.readUnsignedByte() != VERSION) {
        throw malformed(cursor, null);
      }
      int count = in.readUnsignedShort();
      Map<String, AttributeValue> key = new HashMap<>();
      for (int i = 0; i < count; i++) {
        String name = in.readUTF();
        int type = in.readUnsignedByte();
        AttributeValue value =
            switch (type) {
              case 'S' -> AttributeValue.fromS(in.readUTF());
              case 'N' -> AttributeValue.fromN(in.readUTF());
              case 'B' -> AttributeValue.fromB(SdkBytes.fromByteArray(readBinary(in, bytes.length)));
              default -> throw malformed(cursor, null);
            };
        key.put(name, value);
      }
      if (in.available() > 0 || key.isEmpty()) {
        throw malformed(cursor, null);
      }
      return key;
    } catch (IOException | IllegalArgumentException e) {
      throw malformed(cursor, e);
    }
  }

  private static byte[] readBinary(DataInputStream in, int limit) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > limit) {
      throw new IOException("bad length");
    }
    return in.readNBytes(length);
  }

  private static IllegalArgumentException malformed(String cursor, Exception cause) {
    String shown = cursor.length() > 40 ? cursor.substring(0, 40) + "..." : cursor;
    return new IllegalArgumentException("Not a cursor returned by a Sable query: '" + shown + "'", cause);
  }
}
