package io.sable.test.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reads DynamoDB JSON, the typed form the AWS CLI and DynamoDB's API use, such as {@code {"PK":
 * {"S": "AIRPORT#SEA"}, "delay": {"N": "75"}}}: every value an object with one type key ({@code
 * S, N, B, BOOL, NULL, M, L, SS, NS, BS}), binary as base64.
 */
public final class DynamoDbJson {

  private DynamoDbJson() {}

  /**
   * An item: an object of attribute names to typed values.
   *
   * @throws IllegalArgumentException naming the attribute, if a value is not typed DynamoDB JSON
   */
  public static Map<String, AttributeValue> item(JsonNode node) {
    if (!node.isObject()) {
      throw new IllegalArgumentException("A DynamoDB JSON item must be an object, not " + node);
    }
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    node.fields().forEachRemaining(field -> item.put(field.getKey(), value(field.getKey(), field.getValue())));
    return item;
  }

  private static AttributeValue value(String path, JsonNode node) {
    if (!node.isObject() || node.size() != 1) {
      throw new IllegalArgumentException("Attribute " + path + ": a DynamoDB JSON value is an object with one type"
          + " key (S, N, B, BOOL, NULL, M, L, SS, NS, BS), such as {\"S\": \"text\"}, not " + node);
    }
    String type = node.fieldNames().next();
    JsonNode value = node.get(type);
    return switch (type) {
      case "S" -> AttributeValue.fromS(value.asText());
      case "N" -> AttributeValue.fromN(value.asText());
      case "B" -> AttributeValue.fromB(bytes(value));
      case "BOOL" -> AttributeValue.fromBool(value.asBoolean());
      case "NULL" -> AttributeValue.fromNul(true);
      case "M" -> AttributeValue.fromM(item(value));
      case "L" -> {
        List<AttributeValue> list = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
          list.add(value(path + "[" + i + "]", value.get(i)));
        }
        yield AttributeValue.fromL(list);
      }
      case "SS" -> AttributeValue.fromSs(texts(value));
      case "NS" -> AttributeValue.fromNs(texts(value));
      case "BS" -> {
        List<SdkBytes> set = new ArrayList<>();
        value.forEach(element -> set.add(bytes(element)));
        yield AttributeValue.fromBs(set);
      }
      default -> throw new IllegalArgumentException("Attribute " + path + ": unknown DynamoDB JSON type " + type);
    };
  }

  private static SdkBytes bytes(JsonNode node) {
    return SdkBytes.fromByteArray(Base64.getDecoder().decode(node.asText()));
  }

  private static List<String> texts(JsonNode node) {
    List<String> texts = new ArrayList<>();
    node.forEach(element -> texts.add(element.asText()));
    return texts;
  }
}
