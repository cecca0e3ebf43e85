package io.sable.engine.api.validation;

import io.sable.engine.api.validation.ApiModel.Shape;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;

/**
 * Walks an SDK request against its input shape and collects each constraint it breaks, in the
 * model's member order, as the service framework words it: {@code Value 'ab' at 'tableName' failed
 * to satisfy constraint: Member must have length greater than or equal to 3}. Paths name members
 * with a lower-case first letter, list elements as {@code keySchema.1.member} (from 1) and map
 * values as {@code queryFilter.<key>.member}; a list's or map's simple elements that break their
 * shape's constraints are reported once, at the collection, as {@code Member must satisfy
 * constraint: [...]} or {@code Map value must satisfy constraint: [...]}.
 */
final class ConstraintChecker {
  /** The service framework reports at most this many violations (see {@link Violations}). */
  static final int MAX_REPORTED = 10;

  /**
   * The shape of a member that takes a table's name or its ARN (1 to 1,024 characters); a name
   * that is not an ARN must also satisfy {@link #TABLE_NAME} (3 to 255 characters of {@code
   * [a-zA-Z0-9_.-]}), reported at the same path: {@code Value 'ab' at 'tableName' failed to
   * satisfy constraint: Member must have length greater than or equal to 3} (issue 15; an empty
   * name breaks only the ARN's minimum, {@code Member must have length greater than or equal to 1},
   * as captured from DynamoDB in getmoto/moto's AWS-verified UpdateItem test).
   */
  private static final String TABLE_ARN = "TableArn";

  private static final String TABLE_NAME = "TableName";

  /**
   * Shapes whose length DynamoDB measures in UTF-8 bytes, with its own message, after the model's
   * checks: attribute names ({@code AttributeName}, at most 65,535 characters in the model), whose
   * limit of 64 KB the item and expression checks enforce ("ExpressionAttributeNames contains
   * invalid value: Attribute name is too large, must be less than 65536 bytes for key #n").
   */
  private static final Set<String> BYTE_MEASURED = Set.of("AttributeName");

  /**
   * Shapes whose minimum length the service does not report: DynamoDB Streams answers a stream
   * ARN shorter than the model's 37 characters as malformed, {@code Invalid StreamArn}, not as a
   * broken length (aws/aws-sdk-js features/dynamodbstreams: DescribeStream of {@code fake-stream},
   * run against DynamoDB Streams, expects ValidationException "Invalid StreamArn").
   */
  private static final Set<String> NO_MINIMUM = Set.of("StreamArn");

  /** Each SDK class's fields by member name, built once per class (every item attribute is one). */
  private static final Map<Class<?>, Map<String, SdkField<?>>> FIELDS = new ConcurrentHashMap<>();

  private final ApiModel model;
  private final Map<String, Boolean> worthWalking = new ConcurrentHashMap<>();

  /**
   * Table names already found to satisfy {@link #TABLE_NAME}'s pattern and lengths, so that a
   * request to a known table does not run the regular expression again; emptied when it holds
   * {@value #MAX_VALID_TABLE_NAMES} names.
   */
  private final Set<String> validTableNames = ConcurrentHashMap.newKeySet();

  private static final int MAX_VALID_TABLE_NAMES = 1024;

  ConstraintChecker(ApiModel model) {
    this.model = model;
  }

  /** The violations of {@code request} against {@code input}, at most {@link #MAX_REPORTED}. */
  List<String> check(Shape input, SdkPojo request) {
    List<String> violations = new ArrayList<>();
    structure(input, request, "", violations);
    return violations;
  }

  private void structure(Shape shape, SdkPojo pojo, String prefix, List<String> out) {
    Map<String, SdkField<?>> fields = FIELDS.computeIfAbsent(pojo.getClass(), type -> fieldsOf(pojo));
    for (Map.Entry<String, String> member : shape.members().entrySet()) {
      SdkField<?> field = fields.get(member.getKey());
      Object value = field == null ? null : present(field.getValueOrDefault(pojo));
      if (value == null) {
        if (!shape.required().isEmpty() && shape.required().contains(member.getKey())) {
          add(out, null, prefix + lowerFirst(member.getKey()), "Member must not be null");
        }
        continue;
      }
      Shape target = model.shape(member.getValue());
      if (worthWalking(target)) {
        String name = lowerFirst(member.getKey());
        member(target, value, prefix.isEmpty() ? name : prefix + name, out);
      }
    }
  }

  private static Map<String, SdkField<?>> fieldsOf(SdkPojo pojo) {
    Map<String, SdkField<?>> fields = new HashMap<>();
    for (SdkField<?> field : pojo.sdkFields()) {
      fields.put(field.memberName(), field);
    }
    return Map.copyOf(fields);
  }

  private void member(Shape shape, Object value, String path, List<String> out) {
    for (String constraint : broken(shape, value)) {
      add(out, value, path, constraint);
    }
    contents(shape, value, path, out);
  }

  /** Checks what {@code value} holds: a table name's rule, a structure's members, elements. */
  private void contents(Shape shape, Object value, String path, List<String> out) {
    if (shape.name().equals(TABLE_ARN)
        && value instanceof String name
        && !name.isEmpty()
        && !name.startsWith("arn:")
        && !validTableNames.contains(name)) {
      List<String> broken = broken(model.shape(TABLE_NAME), name);
      for (String constraint : broken) {
        add(out, value, path, constraint);
      }
      if (broken.isEmpty()) {
        if (validTableNames.size() >= MAX_VALID_TABLE_NAMES) {
          validTableNames.clear();
        }
        validTableNames.add(name);
      }
    }
    if (shape.isStructure() && value instanceof SdkPojo pojo) {
      structure(shape, pojo, path + ".", out);
    } else if (shape.isList() && value instanceof List<?> list) {
      elements(model.shape(shape.member()), list, list, path, "Member", out);
    } else if (shape.isMap() && value instanceof Map<?, ?> map) {
      Shape keyShape = model.shape(shape.key());
      if (keyShape.constrained() && map.keySet().stream().anyMatch(k -> !broken(keyShape, k).isEmpty())) {
        add(out, value, path, "Map key must satisfy constraint: " + all(keyShape));
      }
      Shape valueShape = model.shape(shape.value());
      elements(valueShape, new ArrayList<>(map.values()), map, path, "Map value", out);
      if (isContainer(valueShape) && worthWalking(valueShape)) {
        for (Map.Entry<?, ?> entry : map.entrySet()) {
          Object element = present(entry.getValue());
          if (element != null) {
            contents(valueShape, element, path + "." + entry.getKey() + ".member", out);
          }
        }
      }
    }
  }

  /**
   * Reports, once at the collection, elements of {@code list} that break their shape's own
   * constraints ({@code what} is {@code Member} or {@code Map value}); list elements that hold
   * more are then checked one by one at {@code path.<n>.member}.
   */
  private void elements(
      Shape element, List<?> list, Object whole, String path, String what, List<String> out) {
    if (!worthWalking(element)) {
      return;
    }
    if (element.constrained()
        && list.stream().anyMatch(v -> v != null && !broken(element, v).isEmpty())) {
      add(out, whole, path, what + " must satisfy constraint: " + all(element));
    }
    if (isContainer(element) && what.equals("Member")) {
      for (int i = 0; i < list.size(); i++) {
        Object value = present(list.get(i));
        if (value != null) {
          contents(element, value, path + "." + (i + 1) + ".member", out);
        }
      }
    }
  }

  /** The constraints of {@code shape} that {@code value} breaks, in the framework's order. */
  private static List<String> broken(Shape shape, Object value) {
    List<String> broken = null;
    if (shape.compiledPattern() != null
        && value instanceof String s
        && !shape.compiledPattern().matcher(s).matches()) {
      broken = add(broken, patternConstraint(shape));
    }
    if ((shape.min() != null || shape.max() != null) && !BYTE_MEASURED.contains(shape.name())) {
      int belowMin = compareMeasure(value, shape.min());
      if (shape.min() != null && !NO_MINIMUM.contains(shape.name()) && belowMin != NOT_MEASURED && belowMin < 0) {
        broken = add(broken, minConstraint(shape));
      }
      int aboveMax = compareMeasure(value, shape.max());
      if (shape.max() != null && aboveMax != NOT_MEASURED && aboveMax > 0) {
        broken = add(broken, maxConstraint(shape));
      }
    }
    if (!shape.enumValues().isEmpty() && !shape.enumValues().contains(String.valueOf(value))) {
      broken = add(broken, enumConstraint(shape));
    }
    return broken == null ? List.of() : broken;
  }

  private static List<String> add(List<String> list, String constraint) {
    List<String> result = list == null ? new ArrayList<>(1) : list;
    result.add(constraint);
    return result;
  }

  /** What {@link #compareMeasure} answers for a value it does not measure, or no bound. */
  private static final int NOT_MEASURED = Integer.MIN_VALUE;

  /**
   * The sign of {@code value}'s measure (a string's length, a collection's size, a number's value)
   * minus {@code bound}, or {@link #NOT_MEASURED}; only a double goes through {@code BigDecimal}.
   */
  private static int compareMeasure(Object value, Long bound) {
    if (bound == null) {
      return NOT_MEASURED;
    }
    long measure;
    if (value instanceof String s) {
      measure = s.length();
    } else if (value instanceof List<?> list) {
      measure = list.size();
    } else if (value instanceof Map<?, ?> map) {
      measure = map.size();
    } else if (value instanceof Integer || value instanceof Long) {
      measure = ((Number) value).longValue();
    } else if (value instanceof Double d && !d.isNaN() && !d.isInfinite()) {
      return BigDecimal.valueOf(d).compareTo(BigDecimal.valueOf(bound));
    } else {
      return NOT_MEASURED;
    }
    return Long.compare(measure, bound);
  }

  /** Every constraint of {@code shape}, as the framework lists them for a collection's elements. */
  private static String all(Shape shape) {
    List<String> all = new ArrayList<>();
    if (shape.max() != null) {
      all.add(maxConstraint(shape));
    }
    if (shape.min() != null) {
      all.add(minConstraint(shape));
    }
    if (shape.pattern() != null) {
      all.add(patternConstraint(shape));
    }
    if (!shape.enumValues().isEmpty()) {
      all.add(enumConstraint(shape));
    }
    return all.toString();
  }

  private static String minConstraint(Shape shape) {
    return "Member must have " + measured(shape) + " greater than or equal to " + shape.min();
  }

  private static String maxConstraint(Shape shape) {
    return "Member must have " + measured(shape) + " less than or equal to " + shape.max();
  }

  private static String patternConstraint(Shape shape) {
    return "Member must satisfy regular expression pattern: " + shape.pattern();
  }

  private static String enumConstraint(Shape shape) {
    return "Member must satisfy enum value set: " + EnumOrders.display(shape);
  }

  private static String measured(Shape shape) {
    return switch (shape.type()) {
      case "integer", "long", "double", "float" -> "value";
      default -> "length";
    };
  }

  private static boolean isContainer(Shape shape) {
    return shape.isStructure() || shape.isList() || shape.isMap();
  }

  /** Whether {@code shape} or any shape under it carries a constraint or a required member. */
  private boolean worthWalking(Shape shape) {
    Boolean known = worthWalking.get(shape.name());
    if (known != null) {
      return known;
    }
    boolean worth = worthWalking(shape, new HashSet<>());
    worthWalking.put(shape.name(), worth);
    return worth;
  }

  private boolean worthWalking(Shape shape, Set<String> visiting) {
    if (checkable(shape) || !shape.required().isEmpty()) {
      return true;
    }
    if (!visiting.add(shape.name())) {
      return false;
    }
    List<String> children = new ArrayList<>(shape.members().values());
    for (String child : new String[] {shape.member(), shape.key(), shape.value()}) {
      if (child != null) {
        children.add(child);
      }
    }
    for (String child : children) {
      if (worthWalking(model.shape(child), visiting)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@link #broken} can find anything wrong with a value of {@code shape}: not so for a
   * shape whose only constraint is a length that is measured elsewhere ({@link #BYTE_MEASURED},
   * such as every attribute name of an item) or a minimum that is not reported ({@link
   * #NO_MINIMUM}). Items and expression attribute values, made only of such shapes, are then not
   * walked at all.
   */
  private static boolean checkable(Shape shape) {
    if (shape.compiledPattern() != null || !shape.enumValues().isEmpty()) {
      return true;
    }
    if (BYTE_MEASURED.contains(shape.name())) {
      return false;
    }
    return shape.max() != null || (shape.min() != null && !NO_MINIMUM.contains(shape.name()));
  }

  private static void add(List<String> out, Object value, String path, String constraint) {
    if (out.size() < MAX_REPORTED) {
      out.add(
          "Value " + Values.render(value) + " at '" + path + "' failed to satisfy constraint: "
              + constraint);
    }
  }

  /** {@code null} for a member the request does not set (the SDK's auto-constructed empties). */
  private static Object present(Object value) {
    if (value instanceof SdkAutoConstructList<?> || value instanceof SdkAutoConstructMap<?, ?>) {
      return null;
    }
    return value;
  }

  static String lowerFirst(String name) {
    return LOWER_FIRST.computeIfAbsent(
        name, n -> Character.toLowerCase(n.charAt(0)) + n.substring(1));
  }

  /** Member names with a lower-case first letter (the model's members: a bounded set). */
  private static final Map<String, String> LOWER_FIRST = new ConcurrentHashMap<>();
}
