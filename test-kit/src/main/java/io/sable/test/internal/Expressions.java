package io.sable.test.internal;

import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Writes expressions with their {@code #name} and {@code :value} placeholders replaced, for people to read. */
public final class Expressions {

  private static final Pattern PLACEHOLDER = Pattern.compile("[#:][A-Za-z0-9_]+");

  private Expressions() {}

  /**
   * The expression with each placeholder replaced: a name by the attribute name, a value by its
   * literal ({@code "text"} for strings, digits for numbers). Unknown placeholders stay as they are.
   */
  public static String resolve(String expression, Map<String, String> names, Map<String, AttributeValue> values) {
    Matcher matcher = PLACEHOLDER.matcher(expression);
    StringBuilder resolved = new StringBuilder();
    while (matcher.find()) {
      String placeholder = matcher.group();
      String replacement = placeholder.startsWith("#")
          ? names.getOrDefault(placeholder, placeholder)
          : values.containsKey(placeholder) ? literal(values.get(placeholder)) : placeholder;
      matcher.appendReplacement(resolved, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(resolved);
    return resolved.toString();
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
