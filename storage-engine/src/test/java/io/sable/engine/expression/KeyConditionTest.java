package io.sable.engine.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sable.engine.value.AttributeType;
import io.sable.engine.value.KeySchema;
import io.sable.engine.value.KeyValue;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class KeyConditionTest {
  private static final KeySchema SCHEMA = new KeySchema("pk", AttributeType.S, "sk", AttributeType.N);
  private static final Map<String, AttributeValue> VALUES =
      Map.of(":p", AttributeValue.fromS("a"), ":lo", AttributeValue.fromN("1"), ":hi", AttributeValue.fromN("5"),
          ":s", AttributeValue.fromS("x"));

  private static KeyCondition analyse(String expression) {
    ExpressionAttributes attributes = new ExpressionAttributes(null, VALUES);
    return KeyCondition.of(
        attributes.bind("KeyConditionExpression", ConditionParser.parse("KeyConditionExpression", expression)), SCHEMA);
  }

  private static KeyValue n(String value) {
    return KeyValue.of(AttributeValue.fromN(value));
  }

  static Stream<Arguments> matches() {
    return Stream.of(
        Arguments.of("pk = :p", "-100", true),
        Arguments.of("pk = :p AND sk = :lo", "1", true),
        Arguments.of("pk = :p AND sk < :lo", "1", false),
        Arguments.of("pk = :p AND sk <= :lo", "1", true),
        Arguments.of("pk = :p AND sk > :lo", "1", false),
        Arguments.of("pk = :p AND :lo < sk", "2", true),
        Arguments.of("pk = :p AND sk >= :lo", "1", true),
        Arguments.of("pk = :p AND sk BETWEEN :lo AND :hi", "5", true),
        Arguments.of("pk = :p AND sk BETWEEN :lo AND :hi", "5.01", false));
  }

  @ParameterizedTest(name = "[{index}] {0} matches {1}: {2}")
  @MethodSource("matches")
  void of_whenConditionValid_buildsTheSortKeyRange(String expression, String sortKey, boolean matches) {
    KeyCondition condition = analyse(expression);
    assertThat(condition.partitionKey()).isEqualTo(KeyValue.of(AttributeValue.fromS("a")));
    assertThat(condition.sortKey().matches(n(sortKey))).isEqualTo(matches);
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of("pk = :p OR sk = :lo", "Invalid operator used in KeyConditionExpression: OR"),
        Arguments.of("pk = :p AND sk <> :lo", "Invalid operator used in KeyConditionExpression: <>"),
        Arguments.of("sk = :lo", "Query condition missed key schema element"),
        Arguments.of("pk < :p", "Query key condition not supported"),
        Arguments.of("pk = :p AND sk = :lo AND sk = :hi", "KeyConditionExpressions must only contain one condition per key"),
        Arguments.of("pk = :p AND sk = :s", "One or more parameter values were invalid: Condition parameter type does not match schema type"),
        Arguments.of("pk = sk", "Invalid condition in KeyConditionExpression: Multiple attribute names used in one condition"),
        Arguments.of("size(pk) = :lo", "KeyConditionExpressions cannot contain nested operations"),
        Arguments.of("pk.a = :p", "Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: Key: pk"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("invalid")
  void of_whenConditionInvalid_throwsDynamoDbMessage(String expression, String message) {
    assertThatThrownBy(() -> analyse(expression)).hasMessage(message);
  }
}
