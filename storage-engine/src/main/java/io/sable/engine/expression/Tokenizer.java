package io.sable.engine.expression;

import io.sable.engine.expression.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an expression into {@link Token}s. Names are letters, digits and underscores starting
 * with a letter; {@code #name} and {@code :value} placeholders take letters, digits and
 * underscores in any order; a character that starts no token (an underscore included) becomes a
 * one-character {@link Kind#INVALID} token, which the parsers report as a syntax error at that
 * token, as DynamoDB does: {@code SET _123 = :v} is {@code Syntax error; token: "_", near: "SET
 * _123"} (captured from DynamoDB in scylladb's test/alternator/test_update_expression.py,
 * test_update_expression_name_token).
 */
final class Tokenizer {
  private Tokenizer() {}

  /** The tokens of {@code text}, ending with one {@link Kind#EOF}. */
  static List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    int length = text.length();
    while (i < length) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int start = i;
      Kind kind;
      if (isLetter(c)) {
        i = skipWord(text, i + 1);
        kind = Kind.NAME;
      } else if (c >= '0' && c <= '9') {
        while (i < length && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
          i++;
        }
        kind = Kind.INTEGER;
      } else if ((c == '#' || c == ':') && i + 1 < length && isWordPart(text.charAt(i + 1))) {
        i = skipWord(text, i + 1);
        kind = c == '#' ? Kind.NAME_REF : Kind.VALUE_REF;
      } else {
        kind = punctuation(text, i);
        i += kind == Kind.NE || kind == Kind.LE || kind == Kind.GE ? 2 : 1;
      }
      tokens.add(new Token(kind, text.substring(start, i), start, i));
    }
    tokens.add(new Token(Kind.EOF, "<EOF>", length, length));
    return tokens;
  }

  private static Kind punctuation(String text, int i) {
    char c = text.charAt(i);
    char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
    switch (c) {
      case '(':
        return Kind.LPAREN;
      case ')':
        return Kind.RPAREN;
      case '[':
        return Kind.LBRACKET;
      case ']':
        return Kind.RBRACKET;
      case ',':
        return Kind.COMMA;
      case '.':
        return Kind.DOT;
      case '=':
        return Kind.EQ;
      case '+':
        return Kind.PLUS;
      case '-':
        return Kind.MINUS;
      case '<':
        return next == '>' ? Kind.NE : next == '=' ? Kind.LE : Kind.LT;
      case '>':
        return next == '=' ? Kind.GE : Kind.GT;
      default:
        return Kind.INVALID;
    }
  }

  private static int skipWord(String text, int i) {
    while (i < text.length() && isWordPart(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isWordPart(char c) {
    return isLetter(c) || c == '_' || (c >= '0' && c <= '9');
  }
}
