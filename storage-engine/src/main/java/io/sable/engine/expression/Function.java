package io.sable.engine.expression;

/** The functions of DynamoDB's expression languages, by their names in expressions. */
public enum Function {
  ATTRIBUTE_EXISTS("attribute_exists", 1, true),
  ATTRIBUTE_NOT_EXISTS("attribute_not_exists", 1, true),
  ATTRIBUTE_TYPE("attribute_type", 2, true),
  BEGINS_WITH("begins_with", 2, true),
  CONTAINS("contains", 2, true),
  SIZE("size", 1, false),
  IF_NOT_EXISTS("if_not_exists", 2, false),
  LIST_APPEND("list_append", 2, false);

  private final String functionName;
  private final int arity;
  private final boolean condition;

  Function(String functionName, int arity, boolean condition) {
    this.functionName = functionName;
    this.arity = arity;
    this.condition = condition;
  }

  /** The name as written in expressions (case-sensitive). */
  public String functionName() {
    return functionName;
  }

  /** How many arguments it takes. */
  public int arity() {
    return arity;
  }

  /** Whether it is a condition (returns true or false) rather than a value. */
  public boolean isCondition() {
    return condition;
  }

  /** Whether it may appear in an UpdateExpression (only {@code if_not_exists}, {@code list_append}). */
  public boolean isUpdateFunction() {
    return this == IF_NOT_EXISTS || this == LIST_APPEND;
  }

  /** The function named exactly {@code name}, or {@code null}. */
  public static Function named(String name) {
    for (Function function : values()) {
      if (function.functionName.equals(name)) {
        return function;
      }
    }
    return null;
  }
}
