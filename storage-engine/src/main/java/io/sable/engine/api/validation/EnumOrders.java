package io.sable.engine.api.validation;

import io.sable.engine.api.validation.ApiModel.Shape;
import java.util.List;
import java.util.Map;

/**
 * The order in which DynamoDB lists an enum's values in {@code Member must satisfy enum value set:
 * [...]}. It is the order of DynamoDB's own internal model, which is not always the published
 * model's; where a response captured from DynamoDB shows another order, it is recorded here with
 * its source, and every other enum is listed in the published model's order.
 */
final class EnumOrders {
  private static final Map<String, List<String>> CAPTURED =
      Map.of(
          // architect/dynalite test/query.js ("should return ValidationException for incorrect
          // attributes"), a suite run against DynamoDB itself; DynamoDB Local 3.1.0 agrees.
          "Select",
          List.of("SPECIFIC_ATTRIBUTES", "COUNT", "ALL_ATTRIBUTES", "ALL_PROJECTED_ATTRIBUTES"),
          "ComparisonOperator",
          List.of(
              "IN", "NULL", "BETWEEN", "LT", "NOT_CONTAINS", "EQ", "GT", "NOT_NULL", "NE", "LE",
              "BEGINS_WITH", "GE", "CONTAINS"),
          // architect/dynalite test/createTable.js ("should return ValidationException for SS in
          // attr definition").
          "ScalarAttributeType",
          List.of("B", "N", "S"),
          // AWS's DAX client for JavaScript (amazon-dax-client), which repeats DynamoDB's message
          // for AttributeUpdates' Action; DynamoDB Local 3.1.0 agrees.
          "AttributeAction",
          List.of("ADD", "DELETE", "PUT"),
          // A conformance suite's UpdateItem test "joins the enums, an empty table name and the
          // missing key in member order" and "joins XOR with two Expected conditions to the missing
          // key", captured from DynamoDB in eu-west-2 and us-east-1 on 2026-10-09.
          "ReturnValue",
          List.of("ALL_NEW", "UPDATED_OLD", "ALL_OLD", "NONE", "UPDATED_NEW"),
          "ConditionalOperator",
          List.of("OR", "AND"));

  private EnumOrders() {}

  /** {@code shape}'s enum values as DynamoDB prints them: {@code [HASH, RANGE]}. */
  static String display(Shape shape) {
    return CAPTURED.getOrDefault(shape.name(), shape.enumValues()).toString();
  }
}
