package io.sable.engine.server.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingKnownType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;

/**
 * Writes SDK response objects and errors as DynamoDB's JSON 1.0 protocol: members named as on the
 * wire, absent members omitted (lists and maps the SDK auto-constructs count as absent; empty ones
 * that were set are written), numbers of attribute values as strings, blobs as base64, and
 * timestamps as epoch seconds with milliseconds ({@code 1700000000.123}), as DynamoDB sends them.
 */
public final class JsonWriter {
  private JsonWriter() {}

  /** The JSON of a response object. */
  public static byte[] write(SdkPojo response) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator generator = Json.FACTORY.createGenerator(out)) {
      writeStructure(generator, response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The JSON body of an error: {@code __type}, the message if any, then modelled members. */
  public static byte[] write(WireError error) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(128);
    try (JsonGenerator generator = Json.FACTORY.createGenerator(out)) {
      generator.writeStartObject();
      generator.writeStringField("__type", error.type());
      if (error.message() != null) {
        generator.writeStringField(error.messageMember(), error.message());
      }
      if (error.members() != null) {
        writeMembers(generator, error.members());
      }
      generator.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void writeStructure(JsonGenerator generator, SdkPojo pojo) throws IOException {
    generator.writeStartObject();
    writeMembers(generator, pojo);
    generator.writeEndObject();
  }

  private static void writeMembers(JsonGenerator generator, SdkPojo pojo) throws IOException {
    for (SdkField<?> field : pojo.sdkFields()) {
      Object value = field.getValueOrDefault(pojo);
      if (absent(value)) {
        continue;
      }
      generator.writeFieldName(field.locationName());
      writeValue(generator, field, value);
    }
  }

  private static boolean absent(Object value) {
    return value == null
        || value instanceof SdkAutoConstructList
        || value instanceof SdkAutoConstructMap;
  }

  private static void writeValue(JsonGenerator generator, SdkField<?> field, Object value)
      throws IOException {
    MarshallingKnownType type = field.marshallingType().getKnownType();
    switch (type) {
      case STRING:
        generator.writeString((String) value);
        break;
      case INTEGER:
      case SHORT:
      case BYTE:
        generator.writeNumber(((Number) value).intValue());
        break;
      case LONG:
        generator.writeNumber((Long) value);
        break;
      case DOUBLE:
      case FLOAT:
        generator.writeNumber(((Number) value).doubleValue());
        break;
      case BIG_DECIMAL:
        generator.writeNumber((BigDecimal) value);
        break;
      case BOOLEAN:
        generator.writeBoolean((Boolean) value);
        break;
      case INSTANT:
        generator.writeNumber(BigDecimal.valueOf(((Instant) value).toEpochMilli(), 3));
        break;
      case SDK_BYTES:
        generator.writeBinary(((SdkBytes) value).asByteArrayUnsafe());
        break;
      case LIST:
        writeList(generator, field.getTrait(ListTrait.class).memberFieldInfo(), (List<?>) value);
        break;
      case MAP:
        writeMap(generator, field.getTrait(MapTrait.class).valueFieldInfo(), (Map<?, ?>) value);
        break;
      case SDK_POJO:
        writeStructure(generator, (SdkPojo) value);
        break;
      default:
        generator.writeNull();
    }
  }

  private static void writeList(JsonGenerator generator, SdkField<?> member, List<?> list)
      throws IOException {
    generator.writeStartArray();
    for (Object element : list) {
      writeValue(generator, member, element);
    }
    generator.writeEndArray();
  }

  private static void writeMap(JsonGenerator generator, SdkField<?> value, Map<?, ?> map)
      throws IOException {
    generator.writeStartObject();
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      generator.writeFieldName((String) entry.getKey());
      writeValue(generator, value, entry.getValue());
    }
    generator.writeEndObject();
  }
}
