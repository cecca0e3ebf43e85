package io.sable.engine.api.internal;

import io.sable.engine.expression.Condition;
import io.sable.engine.expression.ConditionParser;
import io.sable.engine.expression.ExpressionAttributes;
import io.sable.engine.expression.Path;
import io.sable.engine.expression.ProjectionParser;
import io.sable.engine.value.InvalidRequestException;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A request's {@code ExpressionAttributeNames} and {@code ExpressionAttributeValues} together with
 * DynamoDB's rules on when they may be given at all.
 */
final class ExpressionParams {
  private static final List<String> WRITE_LEGACY = List.of("Expected", "ConditionalOperator");
  private static final List<String> WRITE_EXPRESSIONS = List.of("ConditionExpression");
  private static final List<String> READ_LEGACY = List.of("AttributesToGet");
  private static final List<String> READ_EXPRESSIONS = List.of("ProjectionExpression");

  private ExpressionParams() {}

  /**
   * Validates the placeholders of a request ({@code ExpressionAttributeNames} and {@code
   * ExpressionAttributeValues}).
   *
   * @param request the request's parameters
   * @param anyExpression whether the request has any expression that may use names
   * @param valueExpressions the names of the request's expressions that may use values, for the
   *     message when none is given (such as {@code "ConditionExpression is null"})
   * @param anyValueExpression whether one of those is given
   * @throws InvalidRequestException with DynamoDB's message
   */
  static ExpressionAttributes of(
      Fields request, boolean anyExpression, boolean anyValueExpression, String valueExpressions) {
    Map<String, String> names = request.map("ExpressionAttributeNames");
    Map<String, AttributeValue> values = request.map("ExpressionAttributeValues");
    if (names != null && !anyExpression) {
      throw new InvalidRequestException(
          "ExpressionAttributeNames can only be specified when using expressions");
    }
    if (values != null && !anyValueExpression) {
      throw new InvalidRequestException(
          "ExpressionAttributeValues can only be specified when using expressions: "
              + valueExpressions);
    }
    return names == null && values == null
        ? ExpressionAttributes.NONE
        : new ExpressionAttributes(names, values);
  }

  /** Parses and binds a condition-grammar expression, or returns {@code null} if absent. */
  static Condition condition(ExpressionAttributes attributes, String kind, String text) {
    if (text == null) {
      return null;
    }
    return attributes.bind(kind, ConditionParser.parse(kind, text));
  }

  /** Parses and binds a ProjectionExpression, or returns {@code null} if absent. */
  static List<Path> projection(ExpressionAttributes attributes, String text) {
    if (text == null) {
      return null;
    }
    return attributes.bindProjection(ProjectionParser.parse(text));
  }

  /**
   * The ConditionExpression of a PutItem or DeleteItem request, parsed and bound, or {@code null};
   * rejects unused placeholders.
   */
  static Condition writeCondition(Fields request) {
    request.rejectMixing(WRITE_LEGACY, WRITE_EXPRESSIONS);
    String text = request.string("ConditionExpression");
    ExpressionAttributes attributes =
        of(request, text != null, text != null, "ConditionExpression is null");
    Condition condition = condition(attributes, "ConditionExpression", text);
    attributes.checkAllUsed();
    if (text == null) {
      condition =
          LegacyConditions.expected(request.map("Expected"), request.string("ConditionalOperator"));
    }
    return condition;
  }

  /**
   * A GetItem's or BatchGetItem's ProjectionExpression, parsed and bound, or its legacy
   * AttributesToGet, or {@code null}.
   */
  static List<Path> readProjection(Fields request) {
    request.rejectMixing(READ_LEGACY, READ_EXPRESSIONS);
    String text = request.string("ProjectionExpression");
    ExpressionAttributes attributes = of(request, text != null, false, "");
    List<Path> paths = projection(attributes, text);
    attributes.checkAllUsed();
    return text != null ? paths : LegacyConditions.attributesToGet(attributesToGet(request));
  }

  /** The legacy AttributesToGet, or {@code null} if not set. */
  @SuppressWarnings("unchecked")
  static List<String> attributesToGet(Fields request) {
    return request.isSet("AttributesToGet")
        ? (List<String>) request.get("AttributesToGet", List.class).orElse(null)
        : null;
  }
}
