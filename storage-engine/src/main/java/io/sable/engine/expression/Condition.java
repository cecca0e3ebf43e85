package io.sable.engine.expression;

import java.util.List;

/**
 * A ConditionExpression, FilterExpression or KeyConditionExpression: comparisons, {@code BETWEEN},
 * {@code IN}, condition functions, and {@code AND}/{@code OR}/{@code NOT}.
 */
public sealed interface Condition {

  /** The comparison operators. */
  enum Comparator {
    EQ("="),
    NE("<>"),
    LT("<"),
    LE("<="),
    GT(">"),
    GE(">=");

    private final String symbol;

    Comparator(String symbol) {
      this.symbol = symbol;
    }

    /** The operator as written. */
    public String symbol() {
      return symbol;
    }

    /** The operator with its operands swapped ({@code a < b} is {@code b > a}). */
    public Comparator flipped() {
      switch (this) {
        case LT:
          return GT;
        case LE:
          return GE;
        case GT:
          return LT;
        case GE:
          return LE;
        default:
          return this;
      }
    }
  }

  /** {@code left op right}. @param op the operator @param left left @param right right */
  record Comparison(Comparator op, Operand left, Operand right) implements Condition {}

  /** {@code value BETWEEN lower AND upper}. @param value v @param lower lo @param upper hi */
  record Between(Operand value, Operand lower, Operand upper) implements Condition {}

  /** {@code value IN (candidates)}. @param value v @param candidates the list */
  record In(Operand value, List<Operand> candidates) implements Condition {
    /** Defensive copy. */
    public In {
      candidates = List.copyOf(candidates);
    }
  }

  /** {@code left AND right}. @param left l @param right r */
  record And(Condition left, Condition right) implements Condition {}

  /** {@code left OR right}. @param left l @param right r */
  record Or(Condition left, Condition right) implements Condition {}

  /** {@code NOT operand}. @param operand the negated condition */
  record Not(Condition operand) implements Condition {}

  /**
   * A function used as a condition, such as {@code attribute_exists(a)}.
   *
   * @param function the function, or {@code null} if the name is not a DynamoDB function
   * @param name the name as written
   * @param arguments the arguments
   */
  record FunctionCondition(Function function, String name, List<Operand> arguments)
      implements Condition {
    /** Defensive copy. */
    public FunctionCondition {
      arguments = List.copyOf(arguments);
    }
  }
}
