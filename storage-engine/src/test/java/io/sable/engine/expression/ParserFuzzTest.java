package io.sable.engine.expression;

import static org.assertj.core.api.Assertions.assertThatCode;

import io.sable.engine.value.InvalidRequestException;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Fuzzes the parsers and binders: no input, however malformed, deep or long, may end in anything
 * but a result or an {@link InvalidRequestException} (DynamoDB's ValidationException) — no
 * {@code RuntimeException} of another kind, no {@link StackOverflowError}.
 */
class ParserFuzzTest {
  private static final List<String> TOKENS =
      List.of("a", "b", "x", "#n", "#m", ":v", ":w", ":s", "(", ")", "[", "]", "0", "1", "99999999999",
          ".", ",", "=", "<>", "<", "<=", ">", ">=", "+", "-", "AND", "OR", "NOT", "BETWEEN", "IN",
          "SET", "REMOVE", "ADD", "DELETE", "size", "attribute_exists", "attribute_not_exists",
          "attribute_type", "begins_with", "contains", "if_not_exists", "list_append", "foo",
          "name", " ", "$", "`", "\"", "#", ":", "é", "\uD83D\uDE00", "\t", "\u0000");
  private static final Map<String, String> NAMES = Map.of("#n", "a", "#m", "b.c");
  private static final Map<String, AttributeValue> VALUES =
      Map.of(
          ":v", AttributeValue.fromN("1"),
          ":w", AttributeValue.fromS("S"),
          ":s", AttributeValue.fromSs(List.of("a")));

  @Provide
  Arbitrary<String> tokenSoup() {
    return Arbitraries.of(TOKENS).list().ofMaxSize(40).map(tokens -> String.join(" ", tokens));
  }

  @Provide
  Arbitrary<String> characters() {
    return Arbitraries.strings().withChars("()[].,=<>+-:#ab01 ").ofMaxLength(60);
  }

  @Provide
  Arbitrary<String> deep() {
    return Arbitraries.integers()
        .between(1, 3000)
        .flatMap(
            depth ->
                Arbitraries.of("(", "NOT ", "size(", "(a = :v AND ", "a.", "a[0]", "list_append(")
                    .map(piece -> piece.repeat(depth) + "a = :v" + ")".repeat(depth)));
  }

  @Property(tries = 3000)
  void parsers_whenGivenTokenSoup_onlyEverRejectWithValidationErrors(@ForAll("tokenSoup") String text) {
    assertOnlyValidationErrors(text);
  }

  @Property(tries = 2000)
  void parsers_whenGivenRandomCharacters_onlyEverRejectWithValidationErrors(
      @ForAll("characters") String text) {
    assertOnlyValidationErrors(text);
  }

  @Property(tries = 200)
  void parsers_whenGivenDeeplyNestedInput_onlyEverRejectWithValidationErrors(@ForAll("deep") String text) {
    assertOnlyValidationErrors(text);
  }

  @Property(tries = 1000)
  void parsers_whenGivenArbitraryUnicode_onlyEverRejectWithValidationErrors(@ForAll String text) {
    assertOnlyValidationErrors(text);
  }

  private static void assertOnlyValidationErrors(String text) {
    assertThatCode(() -> run(() -> conditionAndFilter(text))).doesNotThrowAnyException();
    assertThatCode(() -> run(() -> bind().bind(UpdateParser.parse(text)))).doesNotThrowAnyException();
    assertThatCode(() -> run(() -> bind().bindProjection(ProjectionParser.parse(text))))
        .doesNotThrowAnyException();
    assertThatCode(() -> run(() -> bind().bind(UpdateParser.parse("SET " + text))))
        .doesNotThrowAnyException();
  }

  private static Object conditionAndFilter(String text) {
    Condition condition = bind().bind("ConditionExpression", ConditionParser.parse("ConditionExpression", text));
    return ConditionEvaluator.test(condition, Map.of("a", AttributeValue.fromN("1")));
  }

  private static ExpressionAttributes bind() {
    return new ExpressionAttributes(NAMES, VALUES);
  }

  private static void run(Runnable parse) {
    try {
      parse.run();
    } catch (InvalidRequestException expected) {
      // DynamoDB's ValidationException: the only acceptable failure.
    }
  }

  private static void run(java.util.function.Supplier<?> parse) {
    run((Runnable) parse::get);
  }
}
