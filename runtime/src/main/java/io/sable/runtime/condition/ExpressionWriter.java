package io.sable.runtime.condition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Writes conditions and attribute lists as DynamoDB expression text, collecting every name and
 * value as a placeholder ({@code #c0}, {@code :c0}, ...) under one prefix, so that several
 * expressions of one request share {@code ExpressionAttributeNames} and {@code
 * ExpressionAttributeValues} without clashing. Not thread-safe; one per request.
 */
public final class ExpressionWriter {

  private final String prefix;
  private final Map<String, String> names = new LinkedHashMap<>();
  private final Map<String, String> nameByAttribute = new LinkedHashMap<>();
  private final Map<String, AttributeValue> values = new LinkedHashMap<>();

  /** @param prefix a placeholder prefix no other expression of the request uses, such as {@code f} */
  public ExpressionWriter(String prefix) {
    this.prefix = prefix;
  }

  /** The condition as expression text, such as {@code (#f0 > :f0) AND (#f1 IN (:f1, :f2))}. */
  public String condition(Condition<?> condition) {
    StringBuilder out = new StringBuilder();
    write(condition, out);
    return out.toString();
  }

  /** A projection of the attributes, such as {@code #p0, #p1}. */
  public String projection(List<String> attributes) {
    StringBuilder out = new StringBuilder();
    for (String attribute : attributes) {
      if (out.length() > 0) {
        out.append(", ");
      }
      out.append(name(attribute));
    }
    return out.toString();
  }

  /** The name placeholders written so far. */
  public Map<String, String> names() {
    return names;
  }

  /** The value placeholders written so far. */
  public Map<String, AttributeValue> values() {
    return values;
  }

  private void write(Condition<?> condition, StringBuilder out) {
    if (condition instanceof Condition.Comparison<?> c) {
      out.append(operand(c.operand())).append(' ').append(c.operator()).append(' ').append(value(c.value()));
    } else if (condition instanceof Condition.Between<?> b) {
      out.append(operand(b.operand())).append(" BETWEEN ").append(value(b.lower())).append(" AND ")
          .append(value(b.upper()));
    } else if (condition instanceof Condition.In<?> in) {
      out.append(name(in.attribute())).append(" IN (");
      for (int i = 0; i < in.values().size(); i++) {
        out.append(i == 0 ? "" : ", ").append(value(in.values().get(i)));
      }
      out.append(')');
    } else if (condition instanceof Condition.Function<?> f) {
      out.append(f.function()).append('(').append(name(f.attribute()));
      if (f.value() != null) {
        out.append(", ").append(value(f.value()));
      }
      out.append(')');
    } else if (condition instanceof Condition.And<?> and) {
      binary(and.left(), " AND ", and.right(), out);
    } else if (condition instanceof Condition.Or<?> or) {
      binary(or.left(), " OR ", or.right(), out);
    } else if (condition instanceof Condition.Not<?> not) {
      out.append("NOT (");
      write(not.condition(), out);
      out.append(')');
    }
  }

  private void binary(Condition<?> left, String operator, Condition<?> right, StringBuilder out) {
    out.append('(');
    write(left, out);
    out.append(')').append(operator).append('(');
    write(right, out);
    out.append(')');
  }

  private String operand(Condition.Operand operand) {
    return operand.size() ? "size(" + name(operand.attribute()) + ")" : name(operand.attribute());
  }

  private String name(String attribute) {
    return nameByAttribute.computeIfAbsent(attribute, a -> {
      String placeholder = "#" + prefix + names.size();
      names.put(placeholder, a);
      return placeholder;
    });
  }

  private String value(AttributeValue value) {
    String placeholder = ":" + prefix + values.size();
    values.put(placeholder, value);
    return placeholder;
  }
}
