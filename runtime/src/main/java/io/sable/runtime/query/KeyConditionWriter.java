package io.sable.runtime.query;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Builds a {@code KeyConditionExpression}: partition-key equality and at most one sort-key
 * condition, with {@code #pk}/{@code #sk} and {@code :k0}, {@code :k1} placeholders.
 */
final class KeyConditionWriter {

  private final StringBuilder expression = new StringBuilder("#pk = ");
  private final Map<String, String> names = new HashMap<>();
  private final Map<String, AttributeValue> values = new HashMap<>();
  private final Set<AttributeValue> excluded = new HashSet<>();

  String write(String partitionKeyAttribute, AttributeValue partitionKeyValue, String sortKeyAttribute,
      SortKeyCondition condition) {
    names.put("#pk", partitionKeyAttribute);
    expression.append(value(partitionKeyValue));
    if (condition.usesSortKey()) {
      names.put("#sk", sortKeyAttribute);
      expression.append(" AND ");
      condition.appendTo(this);
    }
    return expression.toString();
  }

  void append(String text) {
    expression.append(text);
  }

  String value(AttributeValue value) {
    String placeholder = ":k" + values.size();
    values.put(placeholder, value);
    return placeholder;
  }

  Map<String, String> names() {
    return names;
  }

  Map<String, AttributeValue> values() {
    return values;
  }

  void exclude(AttributeValue value) {
    excluded.add(value);
  }

  Set<AttributeValue> excluded() {
    return excluded;
  }
}
