package io.sable.engine.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sable.engine.expression.Condition.And;
import io.sable.engine.expression.Condition.Between;
import io.sable.engine.expression.Condition.Comparator;
import io.sable.engine.expression.Condition.Comparison;
import io.sable.engine.expression.Condition.FunctionCondition;
import io.sable.engine.expression.Condition.In;
import io.sable.engine.expression.Condition.Not;
import io.sable.engine.expression.Condition.Or;
import io.sable.engine.value.InvalidRequestException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConditionParserTest {
  private static Path path(Object... elements) {
    List<Path.Element> list = new java.util.ArrayList<>();
    for (Object element : elements) {
      list.add(element instanceof Integer i ? new Path.Index(i) : new Path.Name((String) element));
    }
    return new Path(list);
  }

  private static Operand.ValueRef v(String name) {
    return new Operand.ValueRef(name);
  }

  static Stream<Arguments> valid() {
    return Stream.of(
        Arguments.of("a = :v", new Comparison(Comparator.EQ, path("a"), v(":v"))),
        Arguments.of("a <> :v", new Comparison(Comparator.NE, path("a"), v(":v"))),
        Arguments.of("a<=:v", new Comparison(Comparator.LE, path("a"), v(":v"))),
        Arguments.of(":v > #n.b[2].c", new Comparison(Comparator.GT, v(":v"), path("#n", "b", 2, "c"))),
        Arguments.of("a BETWEEN :x AND :y", new Between(path("a"), v(":x"), v(":y"))),
        Arguments.of("a IN (:x, b)", new In(path("a"), List.of(v(":x"), path("b")))),
        Arguments.of(
            "a = :v OR b = :v AND c = :v",
            new Or(
                new Comparison(Comparator.EQ, path("a"), v(":v")),
                new And(new Comparison(Comparator.EQ, path("b"), v(":v")), new Comparison(Comparator.EQ, path("c"), v(":v"))))),
        Arguments.of(
            "NOT a = :v AND b = :v",
            new And(new Not(new Comparison(Comparator.EQ, path("a"), v(":v"))), new Comparison(Comparator.EQ, path("b"), v(":v")))),
        Arguments.of(
            "(a = :v OR b = :v) AND c = :v",
            new And(
                new Or(new Comparison(Comparator.EQ, path("a"), v(":v")), new Comparison(Comparator.EQ, path("b"), v(":v"))),
                new Comparison(Comparator.EQ, path("c"), v(":v")))),
        Arguments.of("attribute_exists(a.b)", new FunctionCondition(Function.ATTRIBUTE_EXISTS, "attribute_exists", List.of(path("a", "b")))),
        Arguments.of("begins_with(a, :p)", new FunctionCondition(Function.BEGINS_WITH, "begins_with", List.of(path("a"), v(":p")))),
        Arguments.of(
            "size(a) >= :n",
            new Comparison(Comparator.GE, new Operand.Call(Function.SIZE, "size", List.of(path("a"))), v(":n"))),
        Arguments.of("a between :x and :y", new Between(path("a"), v(":x"), v(":y"))),
        Arguments.of("NOT NOT a = :v", new Not(new Not(new Comparison(Comparator.EQ, path("a"), v(":v"))))),
        Arguments.of("(a) = (:v)", new Comparison(Comparator.EQ, path("a"), v(":v"))),
        Arguments.of("((a) = :v)", new Comparison(Comparator.EQ, path("a"), v(":v"))),
        Arguments.of("(size((a))) > :v", new Comparison(Comparator.GT, new Operand.Call(Function.SIZE, "size", List.of(path("a"))), v(":v"))),
        Arguments.of("(attribute_exists(a))", new FunctionCondition(Function.ATTRIBUTE_EXISTS, "attribute_exists", List.of(path("a")))),
        Arguments.of("a IN ((:x), b)", new In(path("a"), List.of(v(":x"), path("b")))));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("valid")
  void parse_whenExpressionValid_buildsTheAst(String text, Condition expected) {
    assertThat(ConditionParser.parse("ConditionExpression", text)).isEqualTo(expected);
  }

  static Stream<Arguments> invalid() {
    String prefix = "Invalid ConditionExpression: ";
    return Stream.of(
        Arguments.of("", prefix + "The expression can not be empty;"),
        Arguments.of("  ", prefix + "Syntax error; token: \"<EOF>\", near: \"  \""),
        Arguments.of("a =", prefix + "Syntax error; token: \"<EOF>\", near: \"=\""),
        Arguments.of("a = = :v", prefix + "Syntax error; token: \"=\", near: \"= = :v\""),
        Arguments.of(":v = a a", prefix + "Syntax error; token: \"a\", near: \"a a\""),
        Arguments.of("a = :v $", prefix + "Syntax error; token: \"$\", near: \":v $\""),
        Arguments.of("a[-1] = :v", prefix + "Syntax error; token: \"-\", near: \"[-1\""),
        Arguments.of("a IN ()", prefix + "Syntax error; token: \")\", near: \"()\""),
        Arguments.of("AND = :v", prefix + "Syntax error; token: \"AND\", near: \"AND =\""),
        Arguments.of("a", prefix + "Syntax error; token: \"<EOF>\", near: \"a\""),
        Arguments.of("name = :v", prefix + "Attribute name is a reserved keyword; reserved keyword: name"),
        Arguments.of("a.Size = :v", prefix + "Attribute name is a reserved keyword; reserved keyword: Size"),
        Arguments.of("a[99999999999] = :v", prefix + "List index is not within the allowable range; index: [99999999999]"),
        Arguments.of("foo(a)", prefix + "Invalid function name; function: foo"),
        Arguments.of("size(a)", prefix + "The function is not allowed to be used this way in an expression; function: size"),
        Arguments.of("attribute_exists(a) = :v", prefix + "The function is not allowed to be used this way in an expression; function: attribute_exists"),
        Arguments.of("if_not_exists(a, :v) = :v", prefix + "The function is not allowed in a condition expression; function: if_not_exists"),
        Arguments.of("size(a, b) = :v", prefix + "Incorrect number of operands for operator or function; operator or function: size, number of operands: 2"),
        Arguments.of("attribute_exists(:v)", prefix + "Operator or function requires a document path; operator or function: attribute_exists"),
        Arguments.of(
            "a IN (" + String.join(",", java.util.Collections.nCopies(101, ":v")) + ")",
            prefix + "The IN operator is provided with too many operands; number of operands: 101"),
        Arguments.of("((a = :v))", prefix + "The expression has redundant parentheses;"),
        Arguments.of("((a = :v)) AND AND", prefix + "The expression has redundant parentheses;"),
        Arguments.of("((a)) = :v", prefix + "The expression has redundant parentheses;"),
        Arguments.of("((a)) (:v)", prefix + "Syntax error; token: \"(\", near: \") (:v\""),
        Arguments.of("(a) AND a = :v", prefix + "Syntax error; token: \"AND\", near: \") AND a\""),
        Arguments.of("a = set", prefix + "Syntax error; token: \"set\", near: \"= set\""),
        Arguments.of("foo(a) AND name = :v", prefix + "Invalid function name; function: foo"),
        Arguments.of("name = :v AND foo(a)", prefix + "Attribute name is a reserved keyword; reserved keyword: name"),
        Arguments.of("attribute_exists(a" + ".b".repeat(32) + ")", prefix + "The document path has too many nesting levels; nesting levels: 33"),
        Arguments.of("attribute_exists(a, b) AND attribute_exists(a" + ".b".repeat(32) + ")", prefix + "Incorrect number of operands for operator or function; operator or function: attribute_exists, number of operands: 2"),
        Arguments.of("attribute_exists(" + "y".repeat(4079) + ")", prefix + "Expression size has exceeded the maximum allowed size; expression size: 4097"),
        Arguments.of("(".repeat(1500) + "a = :v" + ")".repeat(1500), prefix + "The expression has redundant parentheses;"));
  }

  @Test
  void bind_whenMoreThan300Operators_throwsDynamoDbMessageAfterOtherChecks() {
    ExpressionAttributes attributes =
        new ExpressionAttributes(null, java.util.Map.of(":v", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromN("1")));
    String tooMany = "a = :v" + " AND a = :v".repeat(150);
    assertThatThrownBy(() -> attributes.bind("FilterExpression", ConditionParser.parse("FilterExpression", tooMany)))
        .hasMessage("Invalid FilterExpression: The expression contains too many operators; operator count: 301");
    String exactly300 = "a = :v" + " AND a = :v".repeat(149) + " AND NOT NOT a = :v";
    assertThatThrownBy(() -> attributes.bind("FilterExpression", ConditionParser.parse("FilterExpression", exactly300 + " AND a = :v")))
        .hasMessageContaining("too many operators");
    assertThat(attributes.bind("FilterExpression", ConditionParser.parse("FilterExpression", "a = :v" + " AND a = :v".repeat(149))))
        .isNotNull();
  }

  @Test
  void bind_whenFirstOperandRepeated_throwsDynamoDbMessage() {
    ExpressionAttributes attributes = new ExpressionAttributes(java.util.Map.of("#a", "a"), null);
    assertThatThrownBy(() -> attributes.bind("ConditionExpression", ConditionParser.parse("ConditionExpression", "#a = a")))
        .hasMessage(
            "Invalid ConditionExpression: The first operand must be distinct from the remaining operands for this"
                + " operator or function; operator: =, first operand: [a]");
  }

  @Test
  void parse_whenSameTextParsedTwice_returnsTheCachedAst() {
    assertThat(ConditionParser.parse("ConditionExpression", "cached = :v"))
        .isSameAs(ConditionParser.parse("ConditionExpression", "cached = :v"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("invalid")
  void parse_whenExpressionInvalid_throwsDynamoDbMessage(String text, String message) {
    assertThatThrownBy(() -> ConditionParser.parse("ConditionExpression", text))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage(message);
  }

  @Test
  void reservedWords_whenCounted_matchTheDocumentedList() {
    assertThat(ReservedWords.count()).isEqualTo(573);
    assertThat(ReservedWords.isReserved("convert")).isTrue();
    assertThat(ReservedWords.isReserved("remove")).isFalse();
  }
}
