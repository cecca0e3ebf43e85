package io.sable.engine.expression;

import io.sable.engine.value.InvalidRequestException;

/**
 * DynamoDB's messages for invalid expressions: {@code Invalid <Kind>: <problem>; <detail>}, such as
 * {@code Invalid UpdateExpression: Two document paths overlap with each other; must remove or
 * rewrite one of these paths; path one: [a], path two: [a, b]}.
 */
final class ExpressionErrors {
  private ExpressionErrors() {}

  /** {@code Invalid <kind>: <problem>; <details>} (or {@code <problem>;} with no details). */
  static InvalidRequestException invalid(String kind, String problem, String details) {
    return new InvalidRequestException(
        "Invalid " + kind + ": " + problem + ";" + (details.isEmpty() ? "" : " " + details));
  }

  /** The "incorrect operand type" rejection of an operator or function. */
  static InvalidRequestException operandType(String kind, String operator, String type) {
    return invalid(
        kind,
        "Incorrect operand type for operator or function",
        "operator or function: " + operator + ", operand type: " + type);
  }

  /** The "requires a document path" rejection of an operator or function. */
  static InvalidRequestException pathRequired(String kind, String operator) {
    return invalid(
        kind,
        "Operator or function requires a document path",
        "operator or function: " + operator);
  }
}
