package io.sable.runtime.observe;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;

/**
 * Writes expressions with their {@code #name} and {@code :value} placeholders replaced, for people
 * to read (test failure messages) and for grouping requests by the shape of their key condition
 * (metrics).
 */
public final class Expressions {

  private static final Pattern PLACEHOLDER = Pattern.compile("[#:][A-Za-z0-9_]+");

  private Expressions() {}

  /**
   * The expression with each placeholder replaced: a name by the attribute name, a value by its
   * literal ({@code "text"} for strings, digits for numbers). Unknown placeholders stay as they are.
   */
  public static String resolve(String expression, Map<String, String> names, Map<String, AttributeValue> values) {
    return resolve(expression, names, values, Expressions::literal);
  }

  /**
   * The expression with each name placeholder replaced by the attribute name and each value
   * placeholder by what {@code literal} writes for its value. Unknown placeholders stay as they are.
   */
  public static String resolve(String expression, Map<String, String> names, Map<String, AttributeValue> values,
      Function<AttributeValue, String> literal) {
    Matcher matcher = PLACEHOLDER.matcher(expression);
    StringBuilder resolved = new StringBuilder();
    while (matcher.find()) {
      String placeholder = matcher.group();
      String replacement = placeholder.startsWith("#")
          ? names.getOrDefault(placeholder, placeholder)
          : values.containsKey(placeholder) ? literal.apply(values.get(placeholder)) : placeholder;
      matcher.appendReplacement(resolved, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(resolved);
    return resolved.toString();
  }

  /**
   * A request's key condition with placeholders resolved: the {@code KeyConditionExpression} of a
   * Query, or for an operation on one item (GetItem, PutItem's item is not a key) its {@code Key} as
   * {@code PK = "CUSTOMER#42" AND SK = "PROFILE"}, attributes in {@code keyOrder} first, the others
   * by name; empty for other requests.
   */
  @SuppressWarnings("unchecked")
  public static Optional<String> keyCondition(DynamoDbRequest request, List<String> keyOrder,
      Function<AttributeValue, String> literal) {
    Optional<String> expression = request.getValueForField("KeyConditionExpression", String.class);
    if (expression.isPresent()) {
      return Optional.of(resolve(expression.get(),
          request.getValueForField("ExpressionAttributeNames", Map.class).orElse(Map.of()),
          request.getValueForField("ExpressionAttributeValues", Map.class).orElse(Map.of()), literal));
    }
    return request.getValueForField("Key", Map.class).map(key -> keyEquality(key, keyOrder, literal));
  }

  private static String keyEquality(Map<String, AttributeValue> key, List<String> keyOrder,
      Function<AttributeValue, String> literal) {
    List<String> order = new ArrayList<>(keyOrder);
    key.keySet().stream().filter(name -> !order.contains(name)).sorted().forEach(order::add);
    List<String> parts = new ArrayList<>();
    for (String name : order) {
      if (key.containsKey(name)) {
        parts.add(name + " = " + literal.apply(key.get(name)));
      }
    }
    return String.join(" AND ", parts);
  }

  /** A value as a literal: {@code "text"}, {@code 42}, {@code b"AQI="}, {@code true}, {@code null}, or DynamoDB JSON. */
  public static String literal(AttributeValue value) {
    return switch (value.type()) {
      case S -> '"' + value.s().replace("\\", "\\\\").replace("\"", "\\\"") + '"';
      case N -> value.n();
      case B -> "b\"" + Base64.getEncoder().encodeToString(value.b().asByteArray()) + '"';
      case BOOL -> value.bool().toString();
      case NUL -> "null";
      case SS -> value.ss().stream().map(s -> literal(AttributeValue.fromS(s))).collect(Collectors.joining(", ", "<<", ">>"));
      case NS -> value.ns().stream().collect(Collectors.joining(", ", "<<", ">>"));
      default -> value.toString();
    };
  }
}
