package io.sable.engine.expression;

import io.sable.engine.expression.Condition.Comparator;
import io.sable.engine.expression.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the condition grammar shared by ConditionExpression, FilterExpression and
 * KeyConditionExpression, with DynamoDB's precedence (lowest first): {@code OR}, {@code AND},
 * {@code NOT}, then comparisons, {@code BETWEEN}, {@code IN}, functions and parentheses.
 *
 * <pre>
 * condition  := and ( OR and )*
 * and        := not ( AND not )*
 * not        := NOT not | primary
 * primary    := '(' condition ')' | function '(' operands ')'
 *             | operand ( comparator operand | BETWEEN operand AND operand | IN '(' operands ')' )
 * operand    := '(' operand ')' | path | :value | function '(' operands ')'
 * </pre>
 *
 * <p>A {@code (} that starts a primary is read as a parenthesised operand when it is one
 * ({@code (a) = :v}), else as a parenthesised condition, as DynamoDB's parser decides. Parentheses
 * whose content is exactly another parenthesised group are rejected ("redundant parentheses").
 */
public final class ConditionParser extends Parser {

  private ConditionParser(String kind, String text) {
    super(kind, text, true);
  }

  /**
   * Parses {@code text} as a condition and checks its structure (function names, operand counts,
   * where functions may appear).
   *
   * @param kind the parameter name used in messages, such as {@code ConditionExpression}
   * @throws io.sable.engine.value.InvalidRequestException with DynamoDB's message
   */
  public static Condition parse(String kind, String text) {
    return ParseCache.get(kind, text, () -> parseUncached(kind, text));
  }

  private static Condition parseUncached(String kind, String text) {
    return DeepParse.run(
        () -> {
          ConditionParser parser = new ConditionParser(kind, text);
          Condition condition = parser.parseOr();
          parser.finish();
          Semantics.checkCondition(kind, condition);
          return condition;
        });
  }

  private Condition parseOr() {
    Condition left = parseAnd();
    while (acceptKeyword("OR")) {
      left = new Condition.Or(left, parseAnd());
    }
    return left;
  }

  private Condition parseAnd() {
    Condition left = parseNot();
    while (acceptKeyword("AND")) {
      left = new Condition.And(left, parseNot());
    }
    return left;
  }

  private Condition parseNot() {
    if (acceptKeyword("NOT")) {
      return new Condition.Not(parseNot());
    }
    return parsePrimary();
  }

  private Condition parsePrimary() {
    if (peek().kind() == Kind.LPAREN) {
      return parenthesised(this::parseCompleteComparison, this::parseOr);
    }
    Operand left;
    beginSpeculation();
    try {
      left = parseOperand();
    } finally {
      endSpeculation();
    }
    return parseCompleteComparison(left);
  }

  private Condition parseCompleteComparison(Operand left) {
    Condition condition = parseComparison(left);
    checkOperandGroups();
    return condition;
  }

  private Condition parseComparison(Operand left) {
    if (startsComparison(peek())) {
      // DynamoDB has committed to a comparison here, and rejects redundant parentheses around its
      // first operand before reading on.
      checkOperandGroups();
    }
    if (left instanceof Operand.Call && !startsComparison(peek())) {
      Operand.Call call = (Operand.Call) left;
      return new Condition.FunctionCondition(call.function(), call.name(), call.arguments());
    }
    Comparator comparator = comparator(peek().kind());
    if (comparator != null) {
      next();
      return new Condition.Comparison(comparator, left, parseOperand());
    }
    if (acceptKeyword("BETWEEN")) {
      Operand lower = parseOperand();
      expectKeyword("AND");
      return new Condition.Between(left, lower, parseOperand());
    }
    if (acceptKeyword("IN")) {
      expect(Kind.LPAREN);
      List<Operand> candidates = new ArrayList<>();
      candidates.add(parseOperand());
      while (accept(Kind.COMMA)) {
        candidates.add(parseOperand());
      }
      expect(Kind.RPAREN);
      return new Condition.In(left, candidates);
    }
    throw syntaxError();
  }

  private static boolean startsComparison(Token token) {
    return comparator(token.kind()) != null || token.isKeyword("BETWEEN") || token.isKeyword("IN");
  }

  private static Comparator comparator(Kind kind) {
    switch (kind) {
      case EQ:
        return Comparator.EQ;
      case NE:
        return Comparator.NE;
      case LT:
        return Comparator.LT;
      case LE:
        return Comparator.LE;
      case GT:
        return Comparator.GT;
      case GE:
        return Comparator.GE;
      default:
        return null;
    }
  }
}
