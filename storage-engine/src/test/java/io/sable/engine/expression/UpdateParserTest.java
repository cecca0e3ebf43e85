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

class UpdateParserTest {
  @Test
  void parse_whenAllSectionsGiven_collectsActionsAndPathsInOrder() {
    UpdateExpression update =
        UpdateParser.parse("SET a = :v, b = a + :w REMOVE c[1] ADD d :n DELETE e :s");
    assertThat(update.sets())
        .containsExactly(
            new UpdateExpression.Action(Path.of("a"), new Operand.ValueRef(":v")),
            new UpdateExpression.Action(
                Path.of("b"), new Operand.Arithmetic(Path.of("a"), true, new Operand.ValueRef(":w"))));
    assertThat(update.removes()).containsExactly(new Path(List.of(new Path.Name("c"), new Path.Index(1))));
    assertThat(update.adds()).containsExactly(new UpdateExpression.Action(Path.of("d"), new Operand.ValueRef(":n")));
    assertThat(update.deletes()).containsExactly(new UpdateExpression.Action(Path.of("e"), new Operand.ValueRef(":s")));
    assertThat(update.paths()).extracting(Path::topLevelName).containsExactly("a", "b", "c", "d", "e");
  }

  @Test
  void parse_whenFunctionsGiven_buildsCalls() {
    UpdateExpression update = UpdateParser.parse("set l = list_append(if_not_exists(l, :e), :v)");
    assertThat(update.sets().get(0).value())
        .isEqualTo(
            new Operand.Call(
                Function.LIST_APPEND,
                "list_append",
                List.of(
                    new Operand.Call(Function.IF_NOT_EXISTS, "if_not_exists", List.of(Path.of("l"), new Operand.ValueRef(":e"))),
                    new Operand.ValueRef(":v"))));
  }

  static Stream<Arguments> invalid() {
    String prefix = "Invalid UpdateExpression: ";
    return Stream.of(
        Arguments.of("", prefix + "The expression can not be empty;"),
        Arguments.of("SET a = :v + :v + :v", prefix + "Syntax error; token: \"+\", near: \":v + :v\""),
        Arguments.of("ADD :v a", prefix + "Syntax error; token: \":v\", near: \"ADD :v a\""),
        Arguments.of("SET a = :v,", prefix + "Syntax error; token: \"<EOF>\", near: \",\""),
        Arguments.of("SET a = :v SET b = :v", prefix + "The \"SET\" section can only be used once in an update expression;"),
        Arguments.of("SET a = size(b)", prefix + "The function is not allowed in an update expression; function: size"),
        Arguments.of("SET a = if_not_exists(:v, :v)", prefix + "Operator or function requires a document path; operator or function: if_not_exists"),
        Arguments.of("SET a = nope(b)", prefix + "Invalid function name; function: nope"),
        Arguments.of("SET a = :v REMOVE a", null),
        Arguments.of("UPSERT a = :v", prefix + "Syntax error; token: \"UPSERT\", near: \"UPSERT a\""));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("invalid")
  void parse_whenInvalid_throwsDynamoDbMessage(String text, String message) {
    if (message == null) {
      assertThat(UpdateParser.parse(text).paths()).hasSize(2);
      return;
    }
    assertThatThrownBy(() -> UpdateParser.parse(text))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage(message);
  }

  static Stream<Arguments> bindingErrors() {
    String prefix = "Invalid UpdateExpression: ";
    return Stream.of(
        Arguments.of("SET a = :v REMOVE a", prefix + "Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a]"),
        Arguments.of("SET #a.b = :v REMOVE a", prefix + "Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a, b], path two: [a]"),
        Arguments.of("SET a.b = :v REMOVE a[0]", prefix + "Two document paths conflict with each other; must remove or rewrite one of these paths; path one: [a, b], path two: [a, [0]]"),
        Arguments.of("ADD a :s", prefix + "Incorrect operand type for operator or function; operator: ADD, operand type: STRING, typeSet: ALLOWED_FOR_ADD_OPERAND"),
        Arguments.of("DELETE a :v", prefix + "Incorrect operand type for operator or function; operator: DELETE, operand type: NUMBER, typeSet: ALLOWED_FOR_DELETE_OPERAND"),
        Arguments.of("SET a = list_append(a, :v)", prefix + "Incorrect operand type for operator or function; operator or function: list_append, operand type: N"),
        Arguments.of("SET a = a - :s", prefix + "Incorrect operand type for operator or function; operator or function: -, operand type: S"),
        Arguments.of("SET a = :x", prefix + "An expression attribute value used in expression is not defined; attribute value: :x"),
        Arguments.of("SET #x = :v", prefix + "An expression attribute name used in the document path is not defined; attribute name: #x"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("bindingErrors")
  void bind_whenValuesOrPathsInvalid_throwsDynamoDbMessage(String text, String message) {
    ExpressionAttributes attributes =
        new ExpressionAttributes(
            Map.of("#a", "a"),
            Map.of(":v", AttributeValue.fromN("1"), ":s", AttributeValue.fromS("x")));
    assertThatThrownBy(() -> attributes.bind(UpdateParser.parse(text)))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage(message);
  }
}
