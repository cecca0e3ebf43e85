package io.sable.engine.differential;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.AttributeValueUpdate;
import software.amazon.awssdk.services.dynamodb.model.Condition;
import software.amazon.awssdk.services.dynamodb.model.ExpectedAttributeValue;

/**
 * Random cases for the legacy parameters, run like {@link ExpressionCaseRunner} runs expression
 * cases: a QueryFilter with ConditionalOperator and AttributesToGet, or an UpdateItem with
 * AttributeUpdates under an Expected condition. Operators get random arities and value types, so
 * that valid and invalid requests both occur.
 */
final class LegacyCases {
  private static final List<String> NAMES = List.of("a", "b", "c", "x", "l", "m", "s", "name");
  private static final List<String> OPERATORS =
      List.of("EQ", "NE", "LT", "LE", "GT", "GE", "NULL", "NOT_NULL", "CONTAINS", "NOT_CONTAINS",
          "BEGINS_WITH", "IN", "BETWEEN");

  private LegacyCases() {}

  /** One legacy case. */
  record Case(
      Map<String, AttributeValue> item,
      Map<String, Condition> filter,
      Map<String, ExpectedAttributeValue> expected,
      Map<String, AttributeValueUpdate> updates,
      String conditionalOperator,
      List<String> attributesToGet) {}

  static Case read(Random random) {
    Map<String, AttributeValue> item = ExpressionCases.item(random);
    Map<String, Condition> filter = new LinkedHashMap<>();
    for (int i = 1 + random.nextInt(3); i > 0; i--) {
      String operator = OPERATORS.get(random.nextInt(OPERATORS.size()));
      filter.put(pick(random, NAMES), Condition.builder().comparisonOperator(operator).attributeValueList(values(random, operator)).build());
    }
    List<String> attributesToGet = random.nextInt(3) == 0 ? List.of("a", "s", "m") : null;
    return new Case(item, filter, null, null, conditionalOperator(random, filter.size()), attributesToGet);
  }

  static Case write(Random random) {
    Map<String, AttributeValue> item = ExpressionCases.item(random);
    Map<String, ExpectedAttributeValue> expected = new LinkedHashMap<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      ExpectedAttributeValue.Builder builder = ExpectedAttributeValue.builder();
      switch (random.nextInt(4)) {
        case 0:
          builder.exists(false);
          break;
        case 1:
          builder.value(ExpressionCases.value(random));
          break;
        default:
          String operator = OPERATORS.get(random.nextInt(OPERATORS.size()));
          builder.comparisonOperator(operator).attributeValueList(values(random, operator));
      }
      expected.put(pick(random, NAMES), builder.build());
    }
    Map<String, AttributeValueUpdate> updates = new LinkedHashMap<>();
    for (int i = 1 + random.nextInt(3); i > 0; i--) {
      String action = List.of("PUT", "ADD", "DELETE", "DELETE").get(random.nextInt(4));
      AttributeValue value = action.equals("DELETE") && random.nextBoolean() ? null : ExpressionCases.value(random);
      updates.put(pick(random, NAMES), AttributeValueUpdate.builder().action(action).value(value).build());
    }
    return new Case(item, null, expected, updates, conditionalOperator(random, expected.size()), null);
  }

  static String runRead(DynamoDbClient client, Case c, String key) {
    Map<String, AttributeValue> item = new LinkedHashMap<>(c.item());
    item.put("pk", AttributeValue.fromS(key));
    return run(
        () -> {
          client.putItem(r -> r.tableName(ExpressionCaseRunner.TABLE).item(item));
          var response =
              client.query(
                  r ->
                      r.tableName(ExpressionCaseRunner.TABLE)
                          .keyConditions(Map.of("pk", Condition.builder().comparisonOperator("EQ").attributeValueList(AttributeValue.fromS(key)).build()))
                          .queryFilter(c.filter())
                          .conditionalOperator(c.conditionalOperator())
                          .attributesToGet(c.attributesToGet()));
          List<String> items = new ArrayList<>();
          response.items().forEach(i -> items.add(ExpressionCaseRunner.item(i)));
          return "ok " + items;
        });
  }

  static String runWrite(DynamoDbClient client, Case c, String key) {
    Map<String, AttributeValue> item = new LinkedHashMap<>(c.item());
    item.put("pk", AttributeValue.fromS(key));
    String outcome =
        run(
            () -> {
              client.putItem(r -> r.tableName(ExpressionCaseRunner.TABLE).item(item));
              var response =
                  client.updateItem(
                      r ->
                          r.tableName(ExpressionCaseRunner.TABLE)
                              .key(Map.of("pk", AttributeValue.fromS(key)))
                              .expected(c.expected())
                              .attributeUpdates(c.updates())
                              .conditionalOperator(c.conditionalOperator())
                              .returnValues("UPDATED_NEW"));
              return "ok " + ExpressionCaseRunner.item(response.attributes());
            });
    var stored = client.getItem(r -> r.tableName(ExpressionCaseRunner.TABLE).key(Map.of("pk", AttributeValue.fromS(key))));
    return outcome + " stored " + ExpressionCaseRunner.item(stored.item());
  }

  private static String run(java.util.function.Supplier<String> call) {
    try {
      return call.get();
    } catch (AwsServiceException e) {
      return "error " + e.getClass().getSimpleName() + "|" + e.awsErrorDetails().errorCode() + "|"
          + e.statusCode() + "|" + e.awsErrorDetails().errorMessage();
    }
  }

  private static String conditionalOperator(Random random, int conditions) {
    int choice = random.nextInt(conditions > 1 ? 3 : 8);
    return choice == 0 ? "OR" : choice == 1 ? "AND" : null;
  }

  // Usually the operator's arity, sometimes one more or one less; random types.
  private static List<AttributeValue> values(Random random, String operator) {
    int arity =
        operator.equals("NULL") || operator.equals("NOT_NULL")
            ? 0
            : operator.equals("BETWEEN") ? 2 : operator.equals("IN") ? 1 + random.nextInt(3) : 1;
    if (random.nextInt(10) == 0) {
      arity = Math.max(0, arity + (random.nextBoolean() ? 1 : -1));
    }
    List<AttributeValue> values = new ArrayList<>();
    for (int i = 0; i < arity; i++) {
      values.add(ExpressionCases.value(random));
    }
    if (operator.equals("BETWEEN") && values.size() == 2 && random.nextBoolean()) {
      values.set(1, values.get(0));
    }
    return values;
  }

  private static <T> T pick(Random random, List<T> list) {
    return list.get(random.nextInt(list.size()));
  }
}
