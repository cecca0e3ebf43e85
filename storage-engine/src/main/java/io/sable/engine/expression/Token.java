package io.sable.engine.expression;

/**
 * One token of an expression.
 *
 * @param kind what it is
 * @param text its text as written ({@code <EOF>} at the end)
 * @param start the offset of its first character
 * @param end the offset after its last character
 */
record Token(Kind kind, String text, int start, int end) {

  /** Token kinds; keywords such as {@code AND} are {@link #NAME}s, recognised by the parsers. */
  enum Kind {
    NAME,
    NAME_REF,
    VALUE_REF,
    INTEGER,
    LPAREN,
    RPAREN,
    LBRACKET,
    RBRACKET,
    COMMA,
    DOT,
    EQ,
    NE,
    LT,
    LE,
    GT,
    GE,
    PLUS,
    MINUS,
    INVALID,
    EOF
  }

  /** Whether this is a {@link Kind#NAME} equal to {@code keyword}, ignoring case. */
  boolean isKeyword(String keyword) {
    return kind == Kind.NAME && text.equalsIgnoreCase(keyword);
  }
}
