package io.sable.engine.differential;

import static io.sable.engine.differential.Fixtures.item;
import static io.sable.engine.differential.Fixtures.l;
import static io.sable.engine.differential.Fixtures.n;
import static io.sable.engine.differential.Fixtures.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ExpectedAttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * Expression and legacy-parameter rules that DynamoDB enforces, against DynamoDB Local 3.1.0 as the
 * witness where it agrees with DynamoDB: names that are not tokens, functions nested where DynamoDB
 * forbids it, {@code attribute_type}'s operands, {@code Expected} with both {@code Value} and
 * {@code AttributeValueList}, and an empty name in {@code AttributesToGet}. Each case names its
 * source.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExpressionRulesDifferentialTest {
  private static final String TABLE = "rules";

  private Differential differential;

  @BeforeAll
  void start() {
    differential = Differential.start();
    differential.both(c -> Fixtures.create(c, Fixtures.table(TABLE, 1, "pk", "S")));
    differential.both(
        c -> c.putItem(r -> r.tableName(TABLE).item(item("pk", s("a"), "a", l(n("1")), "x", n("1")))));
  }

  @AfterAll
  void stop() {
    differential.close();
  }

  /**
   * Bare attribute and function names start with a letter: an underscore is a token of its own and
   * a syntax error, {@code Syntax error; token: "_", near: "SET _123"} (captured from DynamoDB in
   * scylladb's test/alternator/test_update_expression.py, test_update_expression_name_token and
   * test_update_expression_unknown_function), while {@code #_} and {@code :_} placeholders and
   * names with an underscore after their first letter are fine.
   */
  static Stream<String> updatesWithNameTokens() {
    return Stream.of(
        "SET _123 = :v",
        "SET _abc = :v",
        "SET a._b = :v",
        "SET x = _f(:v)",
        "SET A123_ = :v",
        "SET Alpha_Numeric_123 = :v",
        "SET #_ = :v",
        "SET q = :_",
        "SET 123a = :v");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("updatesWithNameTokens")
  void updateItem_whenNameIsNotAToken_failsWithDynamoDbsSyntaxError(String expression) {
    Map<String, AttributeValue> values = new HashMap<>();
    values.put(expression.contains(":_") ? ":_" : ":v", n("2"));
    Map<String, String> names = expression.contains("#_") ? Map.of("#_", "under") : null;
    String outcome =
        differential.same(
            c ->
                c.updateItem(
                    r ->
                        r.tableName(TABLE)
                            .key(item("pk", s("a")))
                            .updateExpression(expression)
                            .expressionAttributeNames(names)
                            .expressionAttributeValues(values))
                    .toString(),
            response -> "ok");
    assertThat(outcome == null).isEqualTo(expression.contains(" _") || expression.contains("._")
        || expression.contains("123a"));
  }

  /** The same token rule in a ConditionExpression and a ProjectionExpression (DynamoDB Local agrees). */
  @Test
  void conditionAndProjection_whenNameStartsWithUnderscore_failWithSyntaxError() {
    differential.sameOutcome(
        c ->
            c.putItem(
                r ->
                    r.tableName(TABLE)
                        .item(item("pk", s("c")))
                        .conditionExpression("a._b = :v")
                        .expressionAttributeValues(Map.of(":v", n("1")))));
    differential.sameOutcome(
        c -> c.getItem(r -> r.tableName(TABLE).key(item("pk", s("a"))).projectionExpression("x, _a")));
    assertThatThrownBy(
            () ->
                differential
                    .engine()
                    .getItem(r -> r.tableName(TABLE).key(item("pk", s("a"))).projectionExpression("x, _a")))
        .hasMessageStartingWith(
            "Invalid ProjectionExpression: Syntax error; token: \"_\", near: \", _a\"");
  }

  /**
   * In an UpdateExpression only {@code if_not_exists} nests: {@code list_append} inside {@code
   * list_append}, inside {@code if_not_exists} or under {@code +} is "not allowed to be used this
   * way" (captured from DynamoDB in scylladb's test_update_expression.py,
   * test_update_expression_function_nesting; AWS's DAX client applies the same rule, "Only
   * if_not_exists() function can be nested"), while {@code if_not_exists} nests in both.
   */
  static Stream<String> nestedFunctions() {
    return Stream.of(
        "SET q = list_append(list_append(:l, :l), :l)",
        "SET q = list_append(:l, list_append(:l, :l))",
        "SET q = list_append(list_append(list_append(:l, :l), :l), :l)",
        "SET q = if_not_exists(q, list_append(:l, :l))",
        "SET q = if_not_exists(list_append(:l, :l), :l)",
        "SET q = list_append(:l, :l) + :v",
        "SET q = :v + list_append(:l, :l)",
        "SET q = list_append(if_not_exists(q, :l), :l)",
        "SET q = if_not_exists(b, if_not_exists(c, :l))",
        "SET q = if_not_exists(z, :v) + :v");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nestedFunctions")
  void updateItem_whenFunctionIsNested_followsDynamoDbsNestingRule(String expression) {
    Map<String, AttributeValue> values = new HashMap<>();
    values.put(":l", l(n("1")));
    if (expression.contains(":v")) {
      values.put(":v", n("1"));
    }
    differential.both(c -> c.deleteItem(r -> r.tableName(TABLE).key(item("pk", s("nest")))));
    differential.same(
        c ->
            c.updateItem(
                r ->
                    r.tableName(TABLE)
                        .key(item("pk", s("nest")))
                        .updateExpression(expression)
                        .expressionAttributeValues(values)
                        .returnValues(ReturnValue.ALL_NEW)),
        response -> Canonical.item(response.attributes()));
  }

  /**
   * {@code attribute_type(:v, :t)} tests a value's own type (scylladb's
   * test_condition_expression.py, test_update_condition_attribute_type, run against DynamoDB).
   */
  @Test
  void putItem_whenAttributeTypeTestsAValue_evaluatesIt() {
    for (String type : new String[] {"N", "S"}) {
      differential.same(
          c ->
              c.putItem(
                  r ->
                      r.tableName(TABLE)
                          .item(item("pk", s("t")))
                          .conditionExpression("attribute_type(:v, :t)")
                          .expressionAttributeValues(Map.of(":v", n("0"), ":t", s(type)))),
          response -> "ok");
    }
  }

  /**
   * {@code attribute_type}'s second operand must be a value; a path is an incorrect operand
   * (scylladb's test_update_condition_attribute_type_second_arg and dynalite's tests, both run
   * against DynamoDB). DynamoDB Local lists the types in a different order on each run, so only its
   * exception, code and status are compared.
   */
  @Test
  void putItem_whenAttributeTypeSecondOperandIsAPath_isAnIncorrectOperand() {
    differential.sameErrorExceptMessage(
        c ->
            c.putItem(
                r -> r.tableName(TABLE).item(item("pk", s("t"))).conditionExpression("attribute_type(a, x)")),
        "Invalid ConditionExpression: Incorrect operand type for operator or function; operator or"
            + " function: attribute_type, operand type: {S,SS,N,NS,B,BS,BOOL,NULL,L,M,HD,DOUBLE,"
            + "FLOAT,HDS,FS,DOUBLESET,DICT,DECIMAL,INT,DECIMALSET,INTSET}");
  }

  /**
   * {@code Expected} with both {@code Value} and {@code AttributeValueList} is a
   * ValidationException (dynalite's putItem tests, run against DynamoDB: "Value and
   * AttributeValueList cannot be used together for Attribute: a"); {@code Value} with a {@code
   * ComparisonOperator} alone is a one-value list, evaluated.
   */
  @Test
  void putItem_whenExpectedHasValueAndAttributeValueList_failsLikeDynamoDb() {
    ExpectedAttributeValue both =
        ExpectedAttributeValue.builder().value(n("1")).comparisonOperator("EQ").attributeValueList(n("1")).build();
    String message =
        differential.sameErrorExceptMessage(
            c -> c.putItem(r -> r.tableName(TABLE).item(item("pk", s("a"))).expected(Map.of("x", both))),
            "One or more parameter values were invalid: Value and AttributeValueList cannot be used"
                + " together for Attribute: x");
    assertThat(message).contains("Value and AttributeValueList cannot be used together");
    ExpectedAttributeValue valueWithOperator =
        ExpectedAttributeValue.builder().value(n("2")).comparisonOperator("LT").build();
    differential.same(
        c ->
            c.putItem(
                r ->
                    r.tableName(TABLE)
                        .item(item("pk", s("a"), "a", l(n("1")), "x", n("1")))
                        .expected(Map.of("x", valueWithOperator))),
        response -> "ok");
  }

  /** An empty name in AttributesToGet: "Empty attribute name", DynamoDB Local 3.1.0 the witness. */
  @Test
  void getItem_whenAttributesToGetHasAnEmptyName_failsLikeDynamoDb() {
    differential.sameOutcome(
        c -> c.getItem(r -> r.tableName(TABLE).key(item("pk", s("a"))).attributesToGet("x", "")));
    differential.sameOutcome(c -> c.scan(r -> r.tableName(TABLE).attributesToGet("")));
    assertThatThrownBy(
            () -> differential.engine().getItem(r -> r.tableName(TABLE).key(item("pk", s("a"))).attributesToGet("")))
        .hasMessageStartingWith("Empty attribute name");
  }
}
