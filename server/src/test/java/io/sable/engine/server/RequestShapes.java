package io.sable.engine.server;

import java.util.List;
import java.util.Random;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingKnownType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;

/**
 * Random JSON bodies of DynamoDB requests, derived from the SDK model's own shapes: one walk over
 * {@link SdkPojo#sdkFields()} of a request builder, following each member's marshalling type and
 * its list and map traits down to nested structures (attribute values included). The values are
 * mostly plausible (the fixture's tables, keys, expressions, enum spellings) with boundary values
 * (empty and very long strings, odd Unicode, huge and fractional numbers), members of the wrong
 * JSON type, missing and unknown members, and nesting past DynamoDB's 32 levels mixed in.
 */
final class RequestShapes {
  private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789_.-#:";
  private static final List<String> ENUMS = List.of(
      "ALL_OLD", "ALL_NEW", "UPDATED_OLD", "UPDATED_NEW", "NONE", "ALL_ATTRIBUTES",
      "ALL_PROJECTED_ATTRIBUTES", "SPECIFIC_ATTRIBUTES", "COUNT", "HASH", "RANGE", "S", "N", "B",
      "PAY_PER_REQUEST", "PROVISIONED", "TOTAL", "INDEXES", "SIZE", "KEYS_ONLY", "INCLUDE", "ALL",
      "NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES", "TRIM_HORIZON", "LATEST",
      "AT_SEQUENCE_NUMBER", "AFTER_SEQUENCE_NUMBER", "EQ", "NE", "LE", "LT", "GE", "GT",
      "BEGINS_WITH", "BETWEEN", "IN", "NULL", "NOT_NULL", "CONTAINS", "AND", "OR", "PUT",
      "DELETE", "ADD", "STANDARD", "ENABLED", "all_old", "Hash");
  private static final List<String> EXPRESSIONS = List.of(
      "pk = :v", "#n = :v", "attribute_exists(pk)", "attribute_not_exists(#n)", "SET a = :v",
      "SET #n = :v, b = b + :v", "REMOVE a", "ADD s :v", "DELETE s :v", "SET l = list_append(l, :v)",
      "pk = :v AND begins_with(sk, :v)", "pk = :v AND sk BETWEEN :v AND :v", "size(a) > :v",
      "a.b[1].c", "a, #n, b[0]", "contains(a, :v) OR NOT a IN (:v, :v)", "SET a[84] = :v",
      "attribute_type(a, :v)", "SET a = if_not_exists(a, :v)", "", " ", "(((", "pk = :undefined",
      "SET a = :v REMOVE a", "#undefined = :v", "pk = :v AND sk > :v");
  private static final List<String> NUMBERS = List.of(
      "0", "1", "2", "3", "10", "100", "-1", "1.5", "-0.0", "1e2", "2147483647", "2147483648",
      "-2147483649", "9223372036854775807", "9223372036854775808", "1e30", "-1e400", "1e400",
      "123456789012345678901234567890123456789012", "0.0000001");
  private static final List<String> NUMBER_TEXTS = List.of(
      "1", "2", "3", "0", "1", "-5", "3.14", "1e10", "0", "1E+126", "9.9999999999999999999999999999999999999E+125",
      "1e126", "1e-131", "abc", "", " 1", "NaN", "Infinity", "0x10", "12345678901234567890123456789012345678901");

  private final Random random;
  private final Fixture fixture;
  /** Whether this body may hold members of the wrong type and unknown members (most do not). */
  private final boolean noisy;

  /** The values of the running server that make a request plausible. */
  record Fixture(
      List<String> tables,
      java.util.Map<String, String> keys,
      List<String> streamArns,
      List<String> shardIterators) {}

  RequestShapes(Random random, Fixture fixture) {
    this.random = random;
    this.fixture = fixture;
    this.noisy = random.nextInt(3) == 0;
    this.table = pick(fixture.tables());
  }

  /** The table most of this request's members name, so that keys match its key schema. */
  private final String table;

  /** A body for a request of the shape {@code builder} builds; sometimes not one at all. */
  String body(SdkPojo builder) {
    int roll = random.nextInt(100);
    if (roll < 3) {
      return pick(List.of("", "{", "[]", "null", "\"x\"", "7", "{} {}", "{\"TableName\":", "{,}",
          "{\"a\" 1}", "\uFEFF{}", "{\"TableName\":\"tbl\",}"));
    }
    if (roll < 5) {
      int depth = 900 + random.nextInt(400);
      return "{\"TableName\":\"tbl\",\"x\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
    }
    return structure(builder, 0);
  }

  private String structure(SdkPojo builder, int depth) {
    boolean attributeValue = builder.getClass().getName().contains("AttributeValue");
    List<SdkField<?>> fields = builder.sdkFields();
    StringBuilder json = new StringBuilder("{");
    if (attributeValue) {
      int count = noisy && random.nextInt(10) == 0 ? random.nextInt(3) : 1;
      for (int i = 0; i < count; i++) {
        member(json, random.nextBoolean() ? scalar(fields) : fields.get(random.nextInt(fields.size())), depth);
      }
    } else {
      double chance = depth > 4 ? 0.3 : noisy ? 0.6 : 0.25;
      for (SdkField<?> field : fields) {
        boolean likely = field.memberName().endsWith("Name") || field.memberName().equals("Key");
        if (random.nextDouble() < (likely ? 0.9 : chance)) {
          member(json, field, depth);
        }
      }
    }
    if (noisy && random.nextInt(10) == 0) {
      separate(json).append(quote(name())).append(':').append(anyJson(2));
    }
    return json.append('}').toString();
  }

  private void member(StringBuilder json, SdkField<?> field, int depth) {
    separate(json).append(quote(field.unmarshallLocationName())).append(':')
        .append(value(field, field.memberName(), depth));
  }

  /** A value for {@code field}; {@code member} names it (the list's or map's, for an element). */
  private String value(SdkField<?> field, String member, int depth) {
    if (noisy && random.nextInt(8) == 0) {
      return anyJson(2);
    }
    MarshallingKnownType type = field.marshallingType().getKnownType();
    switch (type) {
      case STRING:
        return quote(string(member));
      case INTEGER: case LONG: case SHORT: case BYTE: case DOUBLE: case FLOAT: case BIG_DECIMAL:
      case INSTANT:
        return pick(NUMBERS);
      case BOOLEAN:
        return random.nextBoolean() ? "true" : "false";
      case SDK_BYTES:
        return quote(pick(List.of("", "YQ==", "AAEC", "abc", "ab*=", "////", "YWJj")));
      case LIST:
        return list(field.getTrait(ListTrait.class).memberFieldInfo(), member, depth);
      case MAP:
        return map(member, field.getTrait(MapTrait.class).valueFieldInfo(), depth);
      case SDK_POJO:
        if (depth > 40) {
          return "{}";
        }
        if (random.nextInt(40) == 0 && field.constructor().get().getClass().getName().contains("AttributeValue")) {
          int levels = 28 + random.nextInt(12);
          return "{\"M\":{\"a\":".repeat(levels) + "{\"S\":\"x\"}" + "}}".repeat(levels);
        }
        return structure((SdkPojo) field.constructor().get(), depth + 1);
      default:
        return "null";
    }
  }

  /** The {@code S} or {@code N} member of an attribute value: key attributes are one of them. */
  private SdkField<?> scalar(List<SdkField<?>> fields) {
    String wanted = random.nextInt(3) == 0 ? "N" : "S";
    return fields.stream().filter(f -> wanted.equals(f.memberName())).findFirst().orElse(fields.get(0));
  }

  private String list(SdkField<?> element, String member, int depth) {
    int size = depth > 6 ? random.nextInt(2) : random.nextInt(4);
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < size; i++) {
      separate(json).append(value(element, member, depth));
    }
    return json.append(']').toString();
  }

  private String map(String member, SdkField<?> value, int depth) {
    String key = fixture.keys().get(table);
    boolean keyed = member.equals("Key") || member.equals("ExclusiveStartKey") || member.equals("Item");
    if (keyed && key != null && random.nextInt(10) < 7) {
      return member.equals("Item") && random.nextBoolean() ? "{\"a\":{\"S\":\"x\"}," + key.substring(1) : key;
    }
    int size = depth > 6 ? random.nextInt(2) : random.nextInt(4);
    StringBuilder json = new StringBuilder("{");
    for (int i = 0; i < size; i++) {
      String name = member.equals("ExpressionAttributeNames") ? pick(List.of("#n", "#undefined", "n", "#"))
          : member.equals("ExpressionAttributeValues") ? pick(List.of(":v", ":undefined", "v", ":"))
          : member.equals("RequestItems") ? tableName()
          : name();
      separate(json).append(quote(name)).append(':').append(value(value, member, depth));
    }
    return json.append('}').toString();
  }

  private String string(String member) {
    if (random.nextInt(noisy ? 8 : 40) == 0) {
      return oddString();
    }
    if (member.equals("TableName") || member.equals("ResourceArn") || member.equals("TableArn")) {
      return tableName();
    }
    if (member.contains("Expression")) {
      return pick(EXPRESSIONS);
    }
    if (member.equals("StreamArn") || member.equals("ExclusiveStartStreamArn")) {
      return pick(fixture.streamArns());
    }
    if (member.contains("ShardIterator")) {
      return pick(fixture.shardIterators());
    }
    if (member.equals("N")) {
      return pick(NUMBER_TEXTS);
    }
    if (member.equals("IndexName")) {
      return pick(List.of("gsi", "lsi", "missing", "x"));
    }
    if (member.endsWith("Name") || member.equals("S") || member.equals("Key")) {
      return name();
    }
    return random.nextBoolean() ? pick(ENUMS) : name();
  }

  private String tableName() {
    int roll = random.nextInt(10);
    return roll == 0 ? name() : roll == 1 ? pick(fixture.tables()) : table;
  }

  private String name() {
    int roll = random.nextInt(noisy ? 20 : 60);
    if (roll == 0) {
      return oddString();
    }
    if (roll < 12) {
      return pick(List.of("pk", "sk", "a", "b", "s", "l", "m", "n"));
    }
    StringBuilder name = new StringBuilder();
    int length = 1 + random.nextInt(12);
    for (int i = 0; i < length; i++) {
      name.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return name.toString();
  }

  private String oddString() {
    return pick(List.of("", " ", "a".repeat(256), "b".repeat(1025), "c".repeat(66_000),
        "\u00e9\u4e2d\uD83D\uDE00", "\u0000", "\uD800", "\\", "\"", "\n", "arn:aws:dynamodb:us-east-1:000000000000:table/tbl",
        "arn:aws:dynamodb:us-east-1:000000000000:table/tbl/stream/", "tbl/stream/x"));
  }

  /** Any JSON value, of any type, for a member of the wrong type or an unknown one. */
  private String anyJson(int depth) {
    switch (random.nextInt(depth <= 0 ? 6 : 8)) {
      case 0: return pick(NUMBERS);
      case 1: return quote(name());
      case 2: return random.nextBoolean() ? "true" : "false";
      case 3: return "null";
      case 4: return quote(pick(NUMBER_TEXTS));
      case 5: return "\"\"";
      case 6: return "[" + anyJson(depth - 1) + "," + anyJson(depth - 1) + "]";
      default: return "{" + quote(name()) + ":" + anyJson(depth - 1) + "}";
    }
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static StringBuilder separate(StringBuilder json) {
    char last = json.charAt(json.length() - 1);
    return last == '{' || last == '[' ? json : json.append(',');
  }

  /** A JSON string; a lone surrogate is written as its escape, which JSON allows. */
  static String quote(String text) {
    StringBuilder json = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        json.append('\\').append(c);
      } else if (c < 0x20 || Character.isSurrogate(c) && !validPair(text, i)) {
        json.append(String.format("\\u%04x", (int) c));
      } else {
        json.append(c);
      }
    }
    return json.append('"').toString();
  }

  private static boolean validPair(String text, int i) {
    char c = text.charAt(i);
    return Character.isHighSurrogate(c)
        ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
        : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
  }
}
