package io.sable.engine.expression;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class ConditionEvaluatorTest {
  private static final Map<String, AttributeValue> ITEM =
      Map.of(
          "n", AttributeValue.fromN("10"),
          "s", AttributeValue.fromS("héllo"),
          "b", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {1, (byte) 0xff})),
          "ss", AttributeValue.fromSs(List.of("a", "b")),
          "ns", AttributeValue.fromNs(List.of("1", "2.5")),
          "l", AttributeValue.fromL(List.of(AttributeValue.fromN("1"), AttributeValue.fromS("x"))),
          "m", AttributeValue.fromM(Map.of("k", AttributeValue.fromS("v"))),
          "t", AttributeValue.fromBool(true),
          "z", AttributeValue.fromNul(true));

  private static final Map<String, AttributeValue> VALUES =
      Map.of(
          ":n10", AttributeValue.fromN("10.0"),
          ":n9", AttributeValue.fromN("9"),
          ":n2", AttributeValue.fromN("2"),
          ":n25", AttributeValue.fromN("2.50"),
          ":he", AttributeValue.fromS("hé"),
          ":sa", AttributeValue.fromS("a"),
          ":b1", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {1})),
          ":b7f", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {1, 0x7f})),
          ":tN", AttributeValue.fromS("N"),
          ":ss", AttributeValue.fromSs(List.of("b", "a")));

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("n = :n10", true),
        Arguments.of("n <> :n10", false),
        Arguments.of("nope <> :n10", true),
        Arguments.of("nope = :n10", false),
        Arguments.of("n > :n9", true),
        Arguments.of("n < :n9", false),
        Arguments.of("s > :he", true),
        Arguments.of("s < :n9", false),
        Arguments.of("b > :b7f", true),
        Arguments.of("n BETWEEN :n9 AND :n10", true),
        Arguments.of("n BETWEEN :n2 AND :n9", false),
        Arguments.of("n IN (:n2, :n10)", true),
        Arguments.of("nope IN (:n2, :n10)", false),
        Arguments.of("attribute_exists(m.k)", true),
        Arguments.of("attribute_exists(m.q)", false),
        Arguments.of("attribute_not_exists(l[2])", true),
        Arguments.of("attribute_type(n, :tN)", true),
        Arguments.of("attribute_type(s, :tN)", false),
        Arguments.of("begins_with(s, :he)", true),
        Arguments.of("begins_with(b, :b1)", true),
        Arguments.of("begins_with(n, :he)", false),
        Arguments.of("contains(ss, :sa)", true),
        Arguments.of("contains(ns, :n25)", true),
        Arguments.of("contains(l, :n2)", false),
        Arguments.of("contains(s, :he)", true),
        Arguments.of("size(s) = :n2", false),
        Arguments.of("size(ss) = :n2", true),
        Arguments.of("size(l) = :n2", true),
        Arguments.of("size(n) = :n2", false),
        Arguments.of("ss = :ss", true),
        Arguments.of("NOT n = :n10 OR s = s.x", false),
        Arguments.of("n = :n10 AND NOT (t = :n10 AND z = :n10)", true));
  }

  @ParameterizedTest(name = "[{index}] {0} is {1}")
  @MethodSource("cases")
  void test_whenConditionEvaluated_followsDynamoDbSemantics(String expression, boolean expected) {
    ExpressionAttributes attributes = new ExpressionAttributes(null, VALUES);
    Condition condition =
        attributes.bind("ConditionExpression", ConditionParser.parse("ConditionExpression", expression));
    assertThat(ConditionEvaluator.test(condition, ITEM)).isEqualTo(expected);
  }
}
