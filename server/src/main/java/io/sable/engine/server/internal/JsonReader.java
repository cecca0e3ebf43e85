package io.sable.engine.server.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingKnownType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * Reads a request body of DynamoDB's JSON 1.0 protocol into an SDK request object, one streaming
 * pass with no intermediate tree, driven by the SDK model's own field metadata ({@link
 * SdkPojo#sdkFields()}), so that one reader serves every operation.
 *
 * <p>Follows DynamoDB: unknown members and {@code null} members are ignored; a member of the wrong
 * JSON type fails with {@code SerializationException} and the message DynamoDB gives (for example
 * {@code class java.lang.Integer can not be converted to an String}); floats are truncated where
 * an integer is expected; blobs are strict base64.
 */
public final class JsonReader {
  private static final Map<Class<?>, Map<String, SdkField<?>>> FIELD_CACHE =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The message for an empty body where a request object is expected. */
  static final String EMPTY_BODY =
      "The request body is empty: the operation expects a JSON object";
  /** The message for a body with more after its one JSON value. */
  static final String TRAILING_CONTENT =
      "The request body is not valid JSON: more content follows the request object";

  private JsonReader() {}

  /**
   * Reads {@code body} into the object that {@code builder} builds.
   *
   * @param body the request body (UTF-8 JSON)
   * @param builder a fresh builder of the request type
   * @return the built request
   * @throws WireException with a SerializationException if the body is not a JSON object of the
   *     request's shape
   */
  public static Object read(byte[] body, SdkPojo builder) {
    if (body.length == 0) {
      throw new WireException(WireError.serialization(EMPTY_BODY));
    }
    try (JsonParser parser = Json.FACTORY.createParser(body)) {
      JsonToken token = parser.nextToken();
      Object request = readStructure(parser, token, builder);
      if (parser.nextToken() != null) {
        throw new WireException(WireError.serialization(TRAILING_CONTENT));
      }
      return request;
    } catch (JsonProcessingException e) {
      throw new WireException(WireError.serialization(notJson(e)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Why {@code body} is not one well-formed JSON value, checked as DynamoDB does before routing:
   * a SerializationException naming the problem and where it is, or null if the body is
   * well-formed (an empty body is left to the operation to refuse).
   */
  public static WireError malformation(byte[] body) {
    if (body.length == 0) {
      return null;
    }
    try (JsonParser parser = Json.FACTORY.createParser(body)) {
      parser.nextToken();
      parser.skipChildren();
      return parser.nextToken() == null ? null : WireError.serialization(TRAILING_CONTENT);
    } catch (JsonProcessingException e) {
      return WireError.serialization(notJson(e));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The message for a body the JSON parser refuses: the parser's own words and the position,
   * without the name of the parser's setting when a limit was passed.
   */
  private static String notJson(JsonProcessingException e) {
    String reason = e.getOriginalMessage()
        .replaceAll(",? ?from `[^`]*`", "")
        .replaceAll("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]", "line $1, column $2");
    JsonLocation at = e.getLocation();
    return "The request body is not valid JSON: " + reason
        + (at == null || at.getLineNr() < 0
            ? ""
            : " (at line " + at.getLineNr() + ", column " + at.getColumnNr() + ")");
  }

  private static Object readStructure(JsonParser parser, JsonToken token, SdkPojo builder)
      throws IOException {
    if (token != JsonToken.START_OBJECT) {
      throw mismatch(token, "Expected null");
    }
    Map<String, SdkField<?>> fields = fieldsOf(builder);
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      SdkField<?> field = fields.get(parser.currentName());
      JsonToken valueToken = parser.nextToken();
      if (field == null || valueToken == JsonToken.VALUE_NULL) {
        parser.skipChildren();
        continue;
      }
      Object value = readValue(parser, valueToken, field);
      if (value != null) {
        field.set(builder, value);
      }
    }
    return ((SdkBuilder<?, ?>) builder).build();
  }

  private static Object readValue(JsonParser parser, JsonToken token, SdkField<?> field)
      throws IOException {
    MarshallingKnownType type = field.marshallingType().getKnownType();
    switch (type) {
      case STRING:
        return readString(parser, token);
      case INTEGER:
        return (int) readLong(parser, token, "Integer", Integer.MIN_VALUE, Integer.MAX_VALUE);
      case LONG:
        return readLong(parser, token, "Long", Long.MIN_VALUE, Long.MAX_VALUE);
      case SHORT:
        return (short) readLong(parser, token, "Short", Short.MIN_VALUE, Short.MAX_VALUE);
      case BYTE:
        return (byte) readLong(parser, token, "Byte", Byte.MIN_VALUE, Byte.MAX_VALUE);
      case DOUBLE:
        return readDouble(parser, token, "Double");
      case FLOAT:
        return (float) readDouble(parser, token, "Float");
      case BIG_DECIMAL:
        readDouble(parser, token, "BigDecimal");
        return parser.getDecimalValue();
      case BOOLEAN:
        return readBoolean(parser, token);
      case INSTANT:
        return readInstant(parser, token);
      case SDK_BYTES:
        return readBytes(parser, token);
      case LIST:
        return readList(parser, token, field.getTrait(ListTrait.class).memberFieldInfo());
      case MAP:
        return readMap(parser, token, field.getTrait(MapTrait.class).valueFieldInfo());
      case SDK_POJO:
        Supplier<SdkPojo> constructor = field.constructor();
        return readStructure(parser, token, constructor.get());
      default:
        parser.skipChildren();
        return null;
    }
  }

  private static List<Object> readList(JsonParser parser, JsonToken token, SdkField<?> member)
      throws IOException {
    if (token != JsonToken.START_ARRAY) {
      throw mismatch(token, "Expected list or null");
    }
    List<Object> list = new ArrayList<>();
    JsonToken element;
    while ((element = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (element != JsonToken.VALUE_NULL) {
        Object value = readValue(parser, element, member);
        if (value != null) {
          list.add(value);
        }
      }
    }
    return list;
  }

  private static Map<String, Object> readMap(JsonParser parser, JsonToken token, SdkField<?> value)
      throws IOException {
    if (token != JsonToken.START_OBJECT) {
      throw mismatch(token, "Expected map or null");
    }
    Map<String, Object> map = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      JsonToken valueToken = parser.nextToken();
      if (valueToken != JsonToken.VALUE_NULL) {
        Object element = readValue(parser, valueToken, value);
        if (element != null) {
          map.put(key, element);
        }
      }
    }
    return map;
  }

  private static String readString(JsonParser parser, JsonToken token) throws IOException {
    if (token == JsonToken.VALUE_STRING) {
      return parser.getText();
    }
    throw mismatch(token, "class " + javaClassOf(parser, token) + " can not be converted to an String");
  }

  /**
   * An integer member: a float is truncated, as DynamoDB does; a number outside the member's
   * type is a SerializationException naming it (never wrapped around into range).
   */
  private static long readLong(JsonParser parser, JsonToken token, String type, long min, long max)
      throws IOException {
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      BigDecimal value = floor(parser.getDecimalValue());
      if (value == null
          || value.compareTo(BigDecimal.valueOf(min)) < 0
          || value.compareTo(BigDecimal.valueOf(max)) > 0) {
        throw new WireException(WireError.serialization(
            "Numeric value (" + parser.getText() + ") out of range of " + type));
      }
      return value.longValueExact();
    }
    throw mismatch(token, "class " + javaClassOf(parser, token) + " can not be converted to an " + type);
  }

  /**
   * The integer part (towards negative infinity) of {@code value}, or null if it is 10^19 or
   * more in magnitude (out of any integer type's range): never expands an exponent such as
   * {@code 1e1000000000} into its digits.
   */
  private static BigDecimal floor(BigDecimal value) {
    int digitsBeforePoint = value.precision() - value.scale();
    if (digitsBeforePoint > 19) {
      return null;
    }
    if (digitsBeforePoint <= 0) {
      return BigDecimal.valueOf(value.signum() < 0 ? -1 : 0);
    }
    return value.setScale(0, java.math.RoundingMode.FLOOR);
  }

  private static double readDouble(JsonParser parser, JsonToken token, String type)
      throws IOException {
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      return parser.getDoubleValue();
    }
    throw mismatch(token, "class " + javaClassOf(parser, token) + " can not be converted to an " + type);
  }

  private static Boolean readBoolean(JsonParser parser, JsonToken token) throws IOException {
    switch (token) {
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NUMBER_FLOAT:
        return Math.abs(parser.getDoubleValue()) >= 1;
      case VALUE_STRING:
        throw new WireException(WireError.serialization(
            "'" + parser.getText().toUpperCase(Locale.ROOT) + "' can not be converted to an Boolean"));
      default:
        throw mismatch(token, "class " + javaClassOf(parser, token) + " can not be converted to an Boolean");
    }
  }

  private static Instant readInstant(JsonParser parser, JsonToken token) throws IOException {
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      BigDecimal millis = floor(parser.getDecimalValue().movePointRight(3));
      if (millis == null) {
        throw new WireException(WireError.serialization(
            "Numeric value (" + parser.getText() + ") out of range of a Date"));
      }
      return Instant.ofEpochMilli(millis.longValue());
    }
    throw mismatch(token, "class " + javaClassOf(parser, token) + " can not be converted to a Date");
  }

  private static SdkBytes readBytes(JsonParser parser, JsonToken token) throws IOException {
    if (token != JsonToken.VALUE_STRING) {
      throw mismatch(token, "class " + javaClassOf(parser, token) + " can not be converted to a Blob");
    }
    return SdkBytes.fromByteArrayUnsafe(Base64Text.decode(parser.getText()));
  }

  private static WireException mismatch(JsonToken token, String scalarMessage) {
    if (token == JsonToken.START_OBJECT) {
      return new WireException(
          WireError.serialization("Start of structure or map found where not expected."));
    }
    if (token == JsonToken.START_ARRAY) {
      return new WireException(WireError.serialization("Start of list found where not expected"));
    }
    return new WireException(WireError.serialization(scalarMessage));
  }

  /** The Java class DynamoDB names for a scalar JSON value it cannot convert. */
  private static String javaClassOf(JsonParser parser, JsonToken token) throws IOException {
    switch (token) {
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "java.lang.Boolean";
      case VALUE_STRING:
        return "java.lang.String";
      case VALUE_NUMBER_FLOAT:
        return "java.lang.Double";
      case VALUE_NUMBER_INT:
        if (parser.getNumberType() == JsonParser.NumberType.INT) {
          int value = parser.getIntValue();
          return value >= Short.MIN_VALUE && value <= Short.MAX_VALUE
              ? "java.lang.Short"
              : "java.lang.Integer";
        }
        return "java.lang.Long";
      default:
        return "java.lang.Object";
    }
  }

  private static Map<String, SdkField<?>> fieldsOf(SdkPojo builder) {
    return FIELD_CACHE.computeIfAbsent(
        builder.getClass(),
        type -> {
          Map<String, SdkField<?>> byName = new java.util.HashMap<>();
          for (SdkField<?> field : builder.sdkFields()) {
            byName.put(field.unmarshallLocationName(), field);
          }
          return Map.copyOf(byName);
        });
  }
}
