package io.sable.engine.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sable.engine.value.InvalidRequestException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class ProjectionParserTest {
  @Test
  void parse_whenPathsGiven_returnsThemInOrder() {
    assertThat(ProjectionParser.parse("a, #b.c[2], d[0][1]"))
        .containsExactly(
            Path.of("a"),
            new Path(List.of(new Path.Name("#b"), new Path.Name("c"), new Path.Index(2))),
            new Path(List.of(new Path.Name("d"), new Path.Index(0), new Path.Index(1))));
  }

  static Stream<Arguments> invalid() {
    String prefix = "Invalid ProjectionExpression: ";
    return Stream.of(
        Arguments.of("", prefix + "The expression can not be empty;"),
        Arguments.of("a,,b", prefix + "Syntax error; token: \",\", near: \",,b\""),
        Arguments.of(":v", prefix + "Syntax error; token: \":v\", near: \":v\""),
        Arguments.of("a.", prefix + "Syntax error; token: \"<EOF>\", near: \".\""),
        Arguments.of("name", prefix + "Attribute name is a reserved keyword; reserved keyword: name"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("invalid")
  void parse_whenInvalid_throwsDynamoDbMessage(String text, String message) {
    assertThatThrownBy(() -> ProjectionParser.parse(text))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage(message);
  }

  @Test
  void apply_whenNestedPathsProjected_keepsOnlyThemWithListElementsCompacted() {
    ExpressionAttributes attributes = new ExpressionAttributes(Map.of("#m", "m"), null);
    Projection projection =
        new Projection(attributes.bindProjection(ProjectionParser.parse("#m.a[1].c, m.b, m.a[5], x")));
    Map<String, AttributeValue> item =
        Map.of(
            "m",
            AttributeValue.fromM(
                Map.of(
                    "a",
                    AttributeValue.fromL(
                        List.of(
                            AttributeValue.fromN("0"),
                            AttributeValue.fromM(Map.of("c", AttributeValue.fromN("1"), "d", AttributeValue.fromN("2"))))),
                    "b",
                    AttributeValue.fromN("3"))),
            "y",
            AttributeValue.fromS("y"));
    assertThat(projection.apply(item))
        .isEqualTo(
            Map.of(
                "m",
                AttributeValue.fromM(
                    Map.of(
                        "a", AttributeValue.fromL(List.of(AttributeValue.fromM(Map.of("c", AttributeValue.fromN("1"))))),
                        "b", AttributeValue.fromN("3")))));
  }

  @Test
  void bindProjection_whenPathsOverlapAfterBinding_throwsDynamoDbMessage() {
    ExpressionAttributes attributes = new ExpressionAttributes(Map.of("#a", "a"), null);
    assertThatThrownBy(() -> attributes.bindProjection(ProjectionParser.parse("a.b, #a")))
        .hasMessage(
            "Invalid ProjectionExpression: Two document paths overlap with each other; must remove or"
                + " rewrite one of these paths; path one: [a, b], path two: [a]");
  }
}
