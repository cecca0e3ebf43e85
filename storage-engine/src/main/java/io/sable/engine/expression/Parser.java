package io.sable.engine.expression;

import io.sable.engine.expression.Token.Kind;
import io.sable.engine.value.InvalidRequestException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The recursive-descent machinery shared by the grammars: a token cursor, document paths,
 * operands, and DynamoDB's syntax error message ({@code Syntax error; token: "x", near: "y"}, where
 * "near" spans the token before the offending one to the token after it).
 */
abstract class Parser {
  /**
   * The keywords of DynamoDB's expression languages. They are keywords in every grammar (DynamoDB
   * parses all of them with one lexer), so {@code SET} is a syntax error in a ConditionExpression
   * and {@code AND} one in a ProjectionExpression, before any reserved-word check.
   */
  static final Set<String> KEYWORDS =
      Set.of("AND", "OR", "NOT", "BETWEEN", "IN", "SET", "REMOVE", "ADD", "DELETE");

  /** DynamoDB's limit on the length of one expression, in characters (4 KB). */
  static final int MAX_EXPRESSION_LENGTH = 4096;

  final String kind;
  private final String text;
  private final List<Token> tokens;
  private final Map<Integer, Integer> groups = new HashMap<>();
  private int position;
  private boolean redundantParentheses;
  private boolean redundantOperand;
  private int speculation;
  private int decidedAt = -1;

  /**
   * A parser of {@code text}.
   *
   * @param sizeDetail whether the "expression size" rejection names the size (DynamoDB does so for
   *     the condition grammar, not for UpdateExpression and ProjectionExpression)
   */
  Parser(String kind, String text, boolean sizeDetail) {
    this.kind = kind;
    this.text = text;
    if (text.isEmpty()) {
      throw ExpressionErrors.invalid(kind, "The expression can not be empty", "");
    }
    if (text.length() > MAX_EXPRESSION_LENGTH) {
      throw ExpressionErrors.invalid(
          kind,
          "Expression size has exceeded the maximum allowed size",
          sizeDetail ? "expression size: " + text.length() : "");
    }
    this.tokens = Tokenizer.tokenize(text);
  }

  /**
   * Ends a successful parse: rejects trailing tokens (redundant parentheses are rejected as soon
   * as they close, reserved words by {@link Semantics}).
   */
  final void finish() {
    if (peek().kind() != Kind.EOF) {
      throw syntaxError();
    }
  }

  /** The cursor position, to {@link #reset} to when an alternative fails. */
  private int mark() {
    return position;
  }

  /** Backtracks to {@code mark}, forgetting operand groups seen after it. */
  private void reset(int mark, boolean redundantOperandAtMark) {
    position = mark;
    redundantOperand = redundantOperandAtMark;
  }

  /**
   * Records the parenthesised condition group that opened at token {@code open} and closed just
   * before the cursor; a group whose content is exactly another group is DynamoDB's "redundant
   * parentheses", rejected at once.
   */
  final void closeGroup(int open) {
    if (isRedundant(open)) {
      redundantParentheses = true;
      throw redundant();
    }
  }

  /**
   * Records a parenthesised operand group. Redundant parentheses around an operand are rejected at
   * once, except in an operand read speculatively (the first operand of a condition, which might
   * yet turn out to be a parenthesised condition): there they are rejected only once the parser
   * commits to reading an operand ({@link #checkOperandGroups}), so that a syntax error found
   * first wins, as in DynamoDB.
   */
  final void closeOperandGroup(int open) {
    if (isRedundant(open)) {
      if (speculation == 0 && position - 1 > decidedAt) {
        redundantParentheses = true;
        throw redundant();
      }
      redundantOperand = true;
    }
  }

  /**
   * Records that a {@code (} read as an operand failed at token {@code failedAt} and is read as a
   * condition instead: DynamoDB's parser looks ahead to that token to decide, so redundant
   * parentheses closed before it are reported only if no syntax error comes first.
   */
  private void decideAt(int failedAt) {
    decidedAt = Math.max(decidedAt, failedAt);
  }

  /**
   * Reads what the {@code (} at the cursor opens: a parenthesised operand if it is one, handed to
   * {@code operand}; else, from the {@code (} again, a parenthesised {@code group} (a condition, or
   * an update value). The operand is read speculatively ({@link #beginSpeculation}), and the token
   * at which it fails is where DynamoDB's parser decides ({@link #decideAt}).
   */
  final <T> T parenthesised(
      java.util.function.Function<Operand, T> operand, java.util.function.Supplier<T> group) {
    int open = mark();
    boolean redundantOperandAtOpen = redundantOperand;
    Operand left;
    beginSpeculation();
    try {
      left = parseOperand();
    } catch (InvalidRequestException notAnOperand) {
      if (redundantParentheses) {
        throw notAnOperand;
      }
      decideAt(position);
      reset(open, redundantOperandAtOpen);
      endSpeculation();
      try {
        next();
        T inner = group.get();
        expect(Kind.RPAREN);
        closeGroup(open);
        checkOperandGroups();
        return inner;
      } finally {
        beginSpeculation();
      }
    } finally {
      endSpeculation();
    }
    return operand.apply(left);
  }

  /** Starts reading an operand that may turn out not to be one. */
  final void beginSpeculation() {
    speculation++;
  }

  /** Ends {@link #beginSpeculation}, whether the operand was read or not. */
  final void endSpeculation() {
    speculation--;
  }

  /**
   * Rejects redundant parentheses around an operand of the construct just parsed, unless the
   * parser has not yet passed the token at which DynamoDB decides what an enclosing {@code (}
   * opens ({@link #decideAt}): up to there a syntax error wins.
   */
  final void checkOperandGroups() {
    if (redundantOperand && position > decidedAt) {
      redundantParentheses = true;
      throw redundant();
    }
  }

  private boolean isRedundant(int open) {
    int close = position - 1;
    groups.put(open, close);
    Integer inner = groups.get(open + 1);
    return inner != null && inner == close - 1;
  }

  private InvalidRequestException redundant() {
    return ExpressionErrors.invalid(kind, "The expression has redundant parentheses", "");
  }

  final Token peek() {
    return tokens.get(position);
  }

  final Token peekAhead(int offset) {
    return tokens.get(Math.min(position + offset, tokens.size() - 1));
  }

  final Token next() {
    Token token = tokens.get(position);
    if (token.kind() != Kind.EOF) {
      position++;
    }
    return token;
  }

  final boolean accept(Kind kind) {
    if (peek().kind() == kind) {
      position++;
      return true;
    }
    return false;
  }

  final boolean acceptKeyword(String keyword) {
    if (peek().isKeyword(keyword)) {
      position++;
      return true;
    }
    return false;
  }

  final Token expect(Kind kind) {
    if (peek().kind() != kind) {
      throw syntaxError();
    }
    return next();
  }

  final void expectKeyword(String keyword) {
    if (!acceptKeyword(keyword)) {
      throw syntaxError();
    }
  }

  final boolean isKeyword(Token token) {
    return token.kind() == Kind.NAME && KEYWORDS.contains(token.text().toUpperCase(java.util.Locale.ROOT));
  }

  /** A syntax error at the current token. */
  final InvalidRequestException syntaxError() {
    Token token = peek();
    Token before = position > 0 ? tokens.get(position - 1) : null;
    Token after = token.kind() == Kind.EOF ? null : tokens.get(position + 1);
    int start = before != null ? before.start() : token.start();
    int end = after != null && after.kind() != Kind.EOF ? after.end() : token.end();
    if (token.kind() == Kind.EOF) {
      end = text.length();
      start = before != null ? start : 0;
    }
    return new InvalidRequestException(
        "Invalid "
            + kind
            + ": Syntax error; token: \""
            + token.text()
            + "\", near: \""
            + text.substring(start, Math.max(start, end))
            + "\"");
  }

  /** {@code name ( '.' name | '[' integer ']' )*}, where a name may be a {@code #name}. */
  final Path parsePath() {
    List<Path.Element> elements = new ArrayList<>();
    elements.add(new Path.Name(pathName()));
    while (true) {
      if (accept(Kind.DOT)) {
        elements.add(new Path.Name(pathName()));
      } else if (peek().kind() == Kind.LBRACKET) {
        next();
        Token index = expect(Kind.INTEGER);
        expect(Kind.RBRACKET);
        elements.add(new Path.Index(listIndex(index.text())));
      } else {
        return new Path(elements);
      }
    }
  }

  private String pathName() {
    Token token = peek();
    if (token.kind() == Kind.NAME_REF) {
      return next().text();
    }
    if (token.kind() != Kind.NAME || isKeyword(token)) {
      throw syntaxError();
    }
    next();
    return token.text();
  }

  private int listIndex(String digits) {
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      throw ExpressionErrors.invalid(
          kind, "List index is not within the allowable range", "index: [" + digits + "]");
    }
  }

  /**
   * A path, a {@code :value}, or a function call used as a value, possibly in parentheses (which
   * DynamoDB accepts around any operand: {@code (a) = (:v)}).
   */
  final Operand parseOperand() {
    Token token = peek();
    if (token.kind() == Kind.LPAREN) {
      int open = mark();
      next();
      Operand inner = parseOperand();
      expect(Kind.RPAREN);
      closeOperandGroup(open);
      return inner;
    }
    if (token.kind() == Kind.VALUE_REF) {
      next();
      return new Operand.ValueRef(token.text());
    }
    if (token.kind() == Kind.NAME && peekAhead(1).kind() == Kind.LPAREN && !isKeyword(token)) {
      next();
      return new Operand.Call(Function.named(token.text()), token.text(), parseArguments());
    }
    return parsePath();
  }

  /** {@code '(' operand (',' operand)* ')'}. */
  final List<Operand> parseArguments() {
    expect(Kind.LPAREN);
    List<Operand> arguments = new ArrayList<>();
    arguments.add(parseOperand());
    while (accept(Kind.COMMA)) {
      arguments.add(parseOperand());
    }
    expect(Kind.RPAREN);
    return arguments;
  }
}
