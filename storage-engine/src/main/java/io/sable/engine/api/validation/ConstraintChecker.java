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

  private final ApiModel model;
  private final Map<String, Boolean> worthWalking = new ConcurrentHashMap<>();

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
    Map<String, SdkField<?>> fields = new HashMap<>();
    for (SdkField<?> field : pojo.sdkFields()) {
      fields.put(field.memberName(), field);
    }
    for (Map.Entry<String, String> member : shape.members().entrySet()) {
      SdkField<?> field = fields.get(member.getKey());
      Object value = field == null ? null : present(field.getValueOrDefault(pojo));
      String path = prefix + lowerFirst(member.getKey());
      if (value == null) {
        if (shape.required().contains(member.getKey())) {
          add(out, null, path, "Member must not be null");
        }
        continue;
      }
      Shape target = model.shape(member.getValue());
      if (worthWalking(target)) {
        member(target, value, path, out);
      }
    }
  }

  private void member(Shape shape, Object value, String path, List<String> out) {
    for (String constraint : broken(shape, value)) {
      add(out, value, path, constraint);
    }
    if (shape.isStructure() && value instanceof SdkPojo pojo) {
      structure(shape, pojo, path + ".", out);
    } else if (shape.isList() && value instanceof List<?> list) {
      elements(model.shape(shape.member()), list, path, "Member", out);
    } else if (shape.isMap() && value instanceof Map<?, ?> map) {
      Shape keyShape = model.shape(shape.key());
      if (keyShape.constrained() && map.keySet().stream().anyMatch(k -> !broken(keyShape, k).isEmpty())) {
        add(out, value, path, "Map key must satisfy constraint: " + all(keyShape));
      }
      Shape valueShape = model.shape(shape.value());
      if (isContainer(valueShape)) {
        for (Map.Entry<?, ?> entry : map.entrySet()) {
          Object element = present(entry.getValue());
          if (element != null && worthWalking(valueShape)) {
            member(valueShape, element, path + "." + entry.getKey() + ".member", out);
          }
        }
      } else {
        elements(valueShape, new ArrayList<>(map.values()), path, "Map value", out);
      }
    }
  }

  private void elements(Shape element, List<?> list, String path, String what, List<String> out) {
    if (!worthWalking(element)) {
      return;
    }
    if (isContainer(element)) {
      for (int i = 0; i < list.size(); i++) {
        Object value = present(list.get(i));
        if (value != null) {
          member(element, value, path + "." + (i + 1) + ".member", out);
        }
      }
    } else if (list.stream().anyMatch(v -> v != null && !broken(element, v).isEmpty())) {
      add(out, list, path, what + " must satisfy constraint: " + all(element));
    }
  }

  /** The constraints of {@code shape} that {@code value} breaks, in the framework's order. */
  private static List<String> broken(Shape shape, Object value) {
    List<String> broken = new ArrayList<>(1);
    if (shape.compiledPattern() != null
        && value instanceof String s
        && !shape.compiledPattern().matcher(s).matches()) {
      broken.add(patternConstraint(shape));
    }
    if (shape.min() != null || shape.max() != null) {
      BigDecimal measure = measure(value);
      if (measure != null && shape.min() != null && measure.compareTo(BigDecimal.valueOf(shape.min())) < 0) {
        broken.add(minConstraint(shape));
      }
      if (measure != null && shape.max() != null && measure.compareTo(BigDecimal.valueOf(shape.max())) > 0) {
        broken.add(maxConstraint(shape));
      }
    }
    if (!shape.enumValues().isEmpty() && !shape.enumValues().contains(String.valueOf(value))) {
      broken.add(enumConstraint(shape));
    }
    return broken;
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

  private static BigDecimal measure(Object value) {
    if (value instanceof String s) {
      return BigDecimal.valueOf(s.length());
    }
    if (value instanceof List<?> list) {
      return BigDecimal.valueOf(list.size());
    }
    if (value instanceof Map<?, ?> map) {
      return BigDecimal.valueOf(map.size());
    }
    if (value instanceof Integer || value instanceof Long) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    if (value instanceof Double d && !d.isNaN() && !d.isInfinite()) {
      return BigDecimal.valueOf(d);
    }
    return null;
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
    if (shape.constrained() || !shape.required().isEmpty()) {
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
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }
}
