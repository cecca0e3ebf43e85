package io.sable.engine.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sable.engine.value.InvalidRequestException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class UpdateEvaluatorTest {
  private static final Map<String, AttributeValue> VALUES =
      Map.of(
          ":one", AttributeValue.fromN("1"),
          ":tenth", AttributeValue.fromN("0.1"),
          ":fifth", AttributeValue.fromN("0.2"),
          ":big", AttributeValue.fromN("99999999999999999999999999999999999999"),
          ":s", AttributeValue.fromS("x"),
          ":list", AttributeValue.fromL(List.of(AttributeValue.fromN("9"))),
          ":ss", AttributeValue.fromSs(List.of("b", "c")));

  private static Map<String, AttributeValue> item() {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    item.put("n", AttributeValue.fromN("1"));
    item.put("s", AttributeValue.fromS("str"));
    item.put("l", AttributeValue.fromL(List.of(AttributeValue.fromN("1"), AttributeValue.fromN("2"), AttributeValue.fromN("3"))));
    item.put("m", AttributeValue.fromM(Map.of("k", AttributeValue.fromS("v"))));
    item.put("ss", AttributeValue.fromSs(List.of("a", "b")));
    return item;
  }

  private static Map<String, AttributeValue> apply(String expression) {
    ExpressionAttributes attributes = new ExpressionAttributes(null, VALUES);
    UpdateExpression update = attributes.bind(UpdateParser.parse(expression));
    return UpdateEvaluator.apply(update, item());
  }

  static Stream<Arguments> updates() {
    return Stream.of(
        Arguments.of("SET n = :tenth + :fifth", "n", AttributeValue.fromN("0.3")),
        Arguments.of("SET n = n - :tenth", "n", AttributeValue.fromN("0.9")),
        Arguments.of("SET s = n, n = s", "s", AttributeValue.fromN("1")),
        Arguments.of("SET s = n, n = s", "n", AttributeValue.fromS("str")),
        Arguments.of("SET m.q = :one", "m", AttributeValue.fromM(Map.of("k", AttributeValue.fromS("v"), "q", AttributeValue.fromN("1")))),
        Arguments.of("SET l[7] = :one", "l", AttributeValue.fromL(List.of(AttributeValue.fromN("1"), AttributeValue.fromN("2"), AttributeValue.fromN("3"), AttributeValue.fromN("1")))),
        Arguments.of("REMOVE l[0], l[2]", "l", AttributeValue.fromL(List.of(AttributeValue.fromN("2")))),
        Arguments.of("SET l = list_append(:list, l)", "l", AttributeValue.fromL(List.of(AttributeValue.fromN("9"), AttributeValue.fromN("1"), AttributeValue.fromN("2"), AttributeValue.fromN("3")))),
        Arguments.of("SET q = if_not_exists(q, :one)", "q", AttributeValue.fromN("1")),
        Arguments.of("ADD n :one", "n", AttributeValue.fromN("2")),
        Arguments.of("ADD ss :ss", "ss", AttributeValue.fromSs(List.of("a", "b", "c"))),
        Arguments.of("DELETE ss :ss", "ss", AttributeValue.fromSs(List.of("a"))),
        Arguments.of("REMOVE s", "s", null));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("updates")
  void apply_whenUpdateGiven_readsTheOldItemAndWritesTheNew(
      String expression, String attribute, AttributeValue expected) {
    assertThat(apply(expression).get(attribute)).isEqualTo(expected);
  }

  static Stream<Arguments> failures() {
    return Stream.of(
        Arguments.of("SET n = nope + :one", "The provided expression refers to an attribute that does not exist in the item"),
        Arguments.of("SET n = s + :one", "An operand in the update expression has an incorrect data type"),
        Arguments.of("SET nope.x = :one", "The document path provided in the update expression is invalid for update"),
        Arguments.of("SET l.x = :one", "The document path provided in the update expression is invalid for update"),
        Arguments.of("SET n = :big + :big", "DynamoDB only supports precision up to 38 digits"),
        Arguments.of("ADD s :one", "An operand in the update expression has an incorrect data type"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("failures")
  void apply_whenOperandInvalid_throwsDynamoDbMessage(String expression, String message) {
    assertThatThrownBy(() -> apply(expression)).isInstanceOf(InvalidRequestException.class).hasMessage(message);
  }

  @Test
  void apply_whenUpdateFails_leavesTheInputItemUnchanged() {
    Map<String, AttributeValue> before = item();
    ExpressionAttributes attributes = new ExpressionAttributes(null, VALUES);
    UpdateExpression update = attributes.bind(UpdateParser.parse("SET m.q = :one, n = s + :one"));
    Map<String, AttributeValue> input = item();
    assertThatThrownBy(() -> UpdateEvaluator.apply(update, input)).isInstanceOf(InvalidRequestException.class);
    assertThat(input).isEqualTo(before);
  }
}
