package io.sable.engine.transfer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * DynamoDB JSON, the marshalled form of items ({@code {"name":{"S":"x"},"n":{"N":"1"}}}), written
 * and read with Jackson's streaming API: binary values in base64, numbers as strings, sets as
 * arrays of strings. One line of an export or import file is {@code {"Item":{...}}} (Developer
 * Guide, "DynamoDB table export output format" and "Import format quotas and validation").
 */
public final class DynamoDbJson {
  static final JsonFactory JSON = new JsonFactory();

  private DynamoDbJson() {}

  /** {@code {"<field>":<item>}} on one line, without a line break. */
  public static String line(String field, Map<String, AttributeValue> item) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.writeStartObject();
      json.writeFieldName(field);
      writeItem(json, item);
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Writes {@code item} as a DynamoDB JSON object. */
  public static void writeItem(JsonGenerator json, Map<String, AttributeValue> item)
      throws IOException {
    json.writeStartObject();
    for (Map.Entry<String, AttributeValue> entry : item.entrySet()) {
      json.writeFieldName(entry.getKey());
      writeValue(json, entry.getValue());
    }
    json.writeEndObject();
  }

  private static void writeValue(JsonGenerator json, AttributeValue value) throws IOException {
    json.writeStartObject();
    switch (value.type()) {
      case S -> json.writeStringField("S", value.s());
      case N -> json.writeStringField("N", value.n());
      case B -> json.writeStringField("B", base64(value.b()));
      case BOOL -> json.writeBooleanField("BOOL", value.bool());
      case NUL -> json.writeBooleanField("NULL", true);
      case SS -> strings(json, "SS", value.ss());
      case NS -> strings(json, "NS", value.ns());
      case BS -> {
        json.writeArrayFieldStart("BS");
        for (SdkBytes bytes : value.bs()) {
          json.writeString(base64(bytes));
        }
        json.writeEndArray();
      }
      case L -> {
        json.writeArrayFieldStart("L");
        for (AttributeValue element : value.l()) {
          writeValue(json, element);
        }
        json.writeEndArray();
      }
      case M -> {
        json.writeFieldName("M");
        writeItem(json, value.m());
      }
      default -> throw new IllegalArgumentException("Unknown attribute value type: " + value);
    }
    json.writeEndObject();
  }

  private static void strings(JsonGenerator json, String type, List<String> values)
      throws IOException {
    json.writeArrayFieldStart(type);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }

  private static String base64(SdkBytes bytes) {
    return Base64.getEncoder().encodeToString(bytes.asByteArrayUnsafe());
  }

  /**
   * The item of one line {@code {"Item":{...}}}: exactly one top-level field, {@code Item}, holding
   * DynamoDB JSON.
   *
   * @throws BadLineException if the line is not JSON, or not of that shape
   */
  public static Map<String, AttributeValue> parseLine(String line) throws BadLineException {
    try (JsonParser json = JSON.createParser(line)) {
      expect(json.nextToken(), JsonToken.START_OBJECT, "a JSON object");
      if (json.nextToken() != JsonToken.FIELD_NAME || !"Item".equals(json.currentName())) {
        throw new BadLineException("Expected a single top-level field \"Item\"");
      }
      json.nextToken();
      Map<String, AttributeValue> item = readItem(json);
      if (json.nextToken() != JsonToken.END_OBJECT) {
        throw new BadLineException("Unexpected field after \"Item\": " + json.currentName());
      }
      if (json.nextToken() != null) {
        throw new BadLineException("Unexpected content after the item");
      }
      return item;
    } catch (JsonProcessingException e) {
      throw new BadLineException("Invalid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a DynamoDB JSON object; the parser is on its {@code START_OBJECT}. */
  static Map<String, AttributeValue> readItem(JsonParser json) throws IOException, BadLineException {
    expect(json.currentToken(), JsonToken.START_OBJECT, "an object of attributes");
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String name = json.currentName();
      json.nextToken();
      item.put(name, readValue(json));
    }
    return item;
  }

  private static AttributeValue readValue(JsonParser json) throws IOException, BadLineException {
    expect(json.currentToken(), JsonToken.START_OBJECT, "a typed value such as {\"S\":\"x\"}");
    if (json.nextToken() != JsonToken.FIELD_NAME) {
      throw new BadLineException("Empty attribute value");
    }
    String type = json.currentName();
    JsonToken token = json.nextToken();
    AttributeValue value =
        switch (type) {
          case "S" -> AttributeValue.fromS(text(json, token, type));
          case "N" -> AttributeValue.fromN(text(json, token, type));
          case "B" -> AttributeValue.fromB(bytes(text(json, token, type)));
          case "BOOL" -> {
            if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
              throw new BadLineException("BOOL must be true or false");
            }
            yield AttributeValue.fromBool(token == JsonToken.VALUE_TRUE);
          }
          case "NULL" -> {
            if (token != JsonToken.VALUE_TRUE) {
              throw new BadLineException("NULL must be true");
            }
            yield AttributeValue.fromNul(true);
          }
          case "SS" -> AttributeValue.fromSs(textArray(json, token, type));
          case "NS" -> AttributeValue.fromNs(textArray(json, token, type));
          case "BS" -> {
            List<SdkBytes> set = new ArrayList<>();
            for (String text : textArray(json, token, type)) {
              set.add(bytes(text));
            }
            yield AttributeValue.fromBs(set);
          }
          case "L" -> {
            expect(token, JsonToken.START_ARRAY, "an array for L");
            List<AttributeValue> list = new ArrayList<>();
            while (json.nextToken() != JsonToken.END_ARRAY) {
              list.add(readValue(json));
            }
            yield AttributeValue.fromL(list);
          }
          case "M" -> AttributeValue.fromM(readItem(json));
          default -> throw new BadLineException("Unknown attribute type: " + type);
        };
    if (json.nextToken() != JsonToken.END_OBJECT) {
      throw new BadLineException("An attribute value must have exactly one type");
    }
    return value;
  }

  private static String text(JsonParser json, JsonToken token, String type)
      throws IOException, BadLineException {
    if (token != JsonToken.VALUE_STRING) {
      throw new BadLineException(type + " must be a string");
    }
    return json.getText();
  }

  private static List<String> textArray(JsonParser json, JsonToken token, String type)
      throws IOException, BadLineException {
    expect(token, JsonToken.START_ARRAY, "an array for " + type);
    List<String> values = new ArrayList<>();
    JsonToken next;
    while ((next = json.nextToken()) != JsonToken.END_ARRAY) {
      values.add(text(json, next, type));
    }
    return values;
  }

  private static SdkBytes bytes(String base64) throws BadLineException {
    try {
      return SdkBytes.fromByteArrayUnsafe(Base64.getDecoder().decode(base64));
    } catch (IllegalArgumentException e) {
      throw new BadLineException("Invalid base64: " + e.getMessage());
    }
  }

  private static void expect(JsonToken actual, JsonToken wanted, String what)
      throws BadLineException {
    if (actual != wanted) {
      throw new BadLineException("Expected " + what);
    }
  }
}
