package io.sable.engine.api.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.protocols.jsoncore.JsonNodeParser;

/**
 * One service's API model: each operation's input shape and every shape's constraints, read from
 * the stripped copy of AWS's service model that this package carries as a resource (see its
 * {@code NOTICE.md}). Immutable and thread-safe once loaded.
 */
final class ApiModel {
  private final Map<String, Shape> shapes;
  private final Map<String, String> inputs;

  private ApiModel(Map<String, Shape> shapes, Map<String, String> inputs) {
    this.shapes = shapes;
    this.inputs = inputs;
  }

  /**
   * Reads the model {@code name} ({@code dynamodb-2012-08-10}) next to this class, from its
   * tab-separated form ({@code name.tsv}, written by {@code bin/api-model} from {@code name.json}):
   * a line {@code @ operation inputShape} per operation, and a line {@code name type min max member
   * key value required enum members pattern} per shape, lists comma-separated, members as {@code
   * member=shape}, absent values empty. Reading it needs no JSON parser, which a fresh JVM's first
   * request would otherwise load and run cold (the largest part of its start-up in issue 18's
   * profile).
   *
   * @throws IllegalStateException if the resource is missing
   */
  static ApiModel load(String name) {
    String text;
    try (InputStream in = ApiModel.class.getResourceAsStream(name + ".tsv")) {
      if (in == null) {
        throw new IllegalStateException("API model resource " + name + ".tsv is missing");
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> inputs = new HashMap<>();
    Map<String, Shape> shapes = new HashMap<>();
    for (String line : text.split("\n")) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (fields[0].equals("@")) {
        inputs.put(fields[1], fields[2]);
        continue;
      }
      Map<String, String> members = new LinkedHashMap<>();
      for (String member : list(fields[9])) {
        int equals = member.indexOf('=');
        members.put(member.substring(0, equals), member.substring(equals + 1));
      }
      String pattern = orNull(fields[10]);
      shapes.put(fields[0], new Shape(
          fields[0],
          fields[1],
          Collections.unmodifiableMap(members),
          Set.copyOf(list(fields[7])),
          fields[2].isEmpty() ? null : Long.valueOf(fields[2]),
          fields[3].isEmpty() ? null : Long.valueOf(fields[3]),
          list(fields[8]),
          pattern,
          pattern == null ? null : Pattern.compile(pattern),
          orNull(fields[4]),
          orNull(fields[5]),
          orNull(fields[6])));
    }
    return new ApiModel(Map.copyOf(shapes), Map.copyOf(inputs));
  }

  private static List<String> list(String field) {
    return field.isEmpty() ? List.of() : List.of(field.split(","));
  }

  private static String orNull(String field) {
    return field.isEmpty() ? null : field;
  }

  /**
   * Parses the JSON form {@code name.json} next to this class, which the tab-separated form must
   * equal ({@code ApiModelTest}); not used at run time.
   *
   * @throws IllegalStateException if the resource is missing
   */
  static ApiModel loadJson(String name) {
    try (InputStream in = ApiModel.class.getResourceAsStream(name + ".json")) {
      if (in == null) {
        throw new IllegalStateException("API model resource " + name + ".json is missing");
      }
      return parse(JsonNodeParser.create().parse(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every shape, by name. */
  Map<String, Shape> shapes() {
    return shapes;
  }

  /** Every operation's input shape name, by operation. */
  Map<String, String> inputs() {
    return inputs;
  }

  private static ApiModel parse(JsonNode root) {
    Map<String, String> inputs = new HashMap<>();
    root.field("operations")
        .map(JsonNode::asObject)
        .orElse(Map.of())
        .forEach((operation, node) -> inputs.put(operation, text(node.field("input").get(), "shape")));
    Map<String, Shape> shapes = new HashMap<>();
    root.field("shapes").get().asObject().forEach((name, node) -> shapes.put(name, shape(name, node)));
    return new ApiModel(Map.copyOf(shapes), Map.copyOf(inputs));
  }

  private static Shape shape(String name, JsonNode node) {
    Map<String, String> members = new LinkedHashMap<>();
    node.field("members")
        .map(JsonNode::asObject)
        .orElse(Map.of())
        .forEach((member, target) -> members.put(member, text(target, "shape")));
    List<String> required = strings(node, "required");
    List<String> enumValues = strings(node, "enum");
    String pattern = node.field("pattern").map(JsonNode::asString).orElse(null);
    return new Shape(
        name,
        node.field("type").get().asString(),
        Collections.unmodifiableMap(members),
        Set.copyOf(required),
        node.field("min").map(n -> Long.valueOf(n.asNumber())).orElse(null),
        node.field("max").map(n -> Long.valueOf(n.asNumber())).orElse(null),
        enumValues,
        pattern,
        pattern == null ? null : Pattern.compile(pattern),
        node.field("member").map(n -> text(n, "shape")).orElse(null),
        node.field("key").map(n -> text(n, "shape")).orElse(null),
        node.field("value").map(n -> text(n, "shape")).orElse(null));
  }

  private static List<String> strings(JsonNode node, String field) {
    List<String> values = new ArrayList<>();
    node.field(field).ifPresent(array -> array.asArray().forEach(v -> values.add(v.asString())));
    return List.copyOf(values);
  }

  private static String text(JsonNode node, String field) {
    return node.field(field).get().asString();
  }

  /** The input shape of {@code operation} ({@code "PutItem"}), or {@code null} if unknown. */
  Shape input(String operation) {
    String name = inputs.get(operation);
    return name == null ? null : shapes.get(name);
  }

  /** The shape named {@code name}. */
  Shape shape(String name) {
    return shapes.get(name);
  }

  /**
   * A shape of the model: {@code type} is the model's ({@code structure}, {@code list}, {@code
   * map}, {@code string}, {@code integer}, {@code long}, {@code double}, {@code boolean}, {@code
   * blob}, {@code timestamp}); {@code min}/{@code max} bound a string's length, a list's or map's
   * size, or a number's value; {@code member}, {@code key} and {@code value} name the shapes of a
   * list's elements and a map's keys and values.
   */
  record Shape(
      String name,
      String type,
      Map<String, String> members,
      Set<String> required,
      Long min,
      Long max,
      List<String> enumValues,
      String pattern,
      Pattern compiledPattern,
      String member,
      String key,
      String value) {

    boolean isStructure() {
      return type.equals("structure");
    }

    boolean isList() {
      return type.equals("list");
    }

    boolean isMap() {
      return type.equals("map");
    }

    /** Whether the shape itself carries a constraint on its value. */
    boolean constrained() {
      return min != null || max != null || !enumValues.isEmpty() || pattern != null;
    }
  }
}
