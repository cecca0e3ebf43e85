package io.sable.spring.boot;

import io.micrometer.core.instrument.Tags;
import io.sable.runtime.observe.Expressions;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;

/**
 * The tags that name a request's access pattern in metrics: {@code operation} ({@code Query}),
 * {@code table}, {@code index} ({@code -} for the table's own key) and {@code key}, the key
 * condition with each value reduced to its literal prefix, such as {@code GSI2PK = DELAYED#* AND
 * GSI2SK >= *}: the shape of the key, not its values, so that one access pattern is one time series.
 */
final class AccessPatternTags {

  /** A key value's literal prefix: letters (and {@code _}) up to the first {@code #}, as Sable's key templates begin. */
  private static final Pattern LITERAL_PREFIX = Pattern.compile("^([A-Za-z_]+#)");

  private AccessPatternTags() {}

  static Tags of(DynamoDbRequest request) {
    String operation = request.getClass().getSimpleName().replaceFirst("Request$", "");
    return Tags.of(
        "operation", operation,
        "table", request.getValueForField("TableName", String.class).orElse("-"),
        "index", request.getValueForField("IndexName", String.class).orElse("-"),
        "key", Expressions.keyCondition(request, List.of(), AccessPatternTags::shape).orElse("-"));
  }

  /** {@code DELAYED#SEA} becomes {@code DELAYED#*}; values without a literal prefix become {@code *}. */
  static String shape(AttributeValue value) {
    if (value.s() != null) {
      Matcher prefix = LITERAL_PREFIX.matcher(value.s());
      if (prefix.find()) {
        return prefix.group(1) + "*";
      }
    }
    return "*";
  }
}
