package io.sable.engine.expression;

import io.sable.engine.value.InvalidRequestException;
import java.util.List;

/**
 * Structural checks after parsing, before placeholders are bound, in two passes over the
 * expression in the order written, as DynamoDB makes them. The first pass rejects reserved words
 * used as bare attribute names, unknown function names, and functions where they may not appear
 * (an update function in a condition, a condition function as a value, {@code size} in an
 * update, any function but {@code if_not_exists} nested in an update). The second rejects wrong
 * operand counts, a value where a function requires a document path, a path as {@code
 * attribute_type}'s type, document paths of more than 32 levels, and {@code IN} with more than 100
 * operands. The
 * operator limit (300) is checked last, once the expression is bound ({@link
 * #checkOperatorCount}).
 */
final class Semantics {
  /** DynamoDB's limit on the operands of {@code IN}. */
  static final int MAX_IN_OPERANDS = 100;
  /** DynamoDB's limit on the levels of a document path. */
  static final int MAX_PATH_DEPTH = 32;
  /** DynamoDB's limit on the operators and functions of one expression. */
  static final int MAX_OPERATORS = 300;

  private Semantics() {}

  static void checkCondition(String kind, Condition condition) {
    new Semantics.Names(kind, false).condition(condition);
    checkConditionTree(kind, condition);
  }

  /**
   * Checks an UpdateExpression whose sections appeared in {@code sectionOrder} (each once).
   */
  static void checkUpdate(String kind, UpdateExpression update, List<String> sectionOrder) {
    Names names = new Names(kind, true);
    for (String section : sectionOrder) {
      switch (section) {
        case "SET":
          for (UpdateExpression.Action set : update.sets()) {
            names.path(set.path());
            names.operand(set.value());
          }
          break;
        case "REMOVE":
          update.removes().forEach(names::path);
          break;
        case "ADD":
          update.adds().forEach(add -> names.path(add.path()));
          break;
        default:
          update.deletes().forEach(delete -> names.path(delete.path()));
      }
    }
    for (Path path : update.paths()) {
      checkDepth(kind, path);
    }
    for (UpdateExpression.Action set : update.sets()) {
      checkUpdateOperand(kind, set.value());
    }
  }

  /** Checks a ProjectionExpression's paths: reserved words, then depth. */
  static void checkProjection(String kind, List<Path> paths) {
    Names names = new Names(kind, false);
    paths.forEach(names::path);
    for (Path path : paths) {
      checkDepth(kind, path);
    }
  }

  /** The first pass: reserved words and function names and placement, in the order written. */
  private record Names(String kind, boolean update) {
    void condition(Condition condition) {
      if (condition instanceof Condition.And and) {
        condition(and.left());
        condition(and.right());
      } else if (condition instanceof Condition.Or or) {
        condition(or.left());
        condition(or.right());
      } else if (condition instanceof Condition.Not not) {
        condition(not.operand());
      } else if (condition instanceof Condition.Comparison comparison) {
        operand(comparison.left());
        operand(comparison.right());
      } else if (condition instanceof Condition.Between between) {
        operand(between.value());
        operand(between.lower());
        operand(between.upper());
      } else if (condition instanceof Condition.In in) {
        operand(in.value());
        in.candidates().forEach(this::operand);
      } else {
        Condition.FunctionCondition call = (Condition.FunctionCondition) condition;
        Function function = knownFunction(kind, call.function(), call.name());
        if (function.isUpdateFunction()) {
          throw notAllowed(kind, "The function is not allowed in a condition expression", function);
        }
        if (!function.isCondition()) {
          throw notAllowed(
              kind, "The function is not allowed to be used this way in an expression", function);
        }
        call.arguments().forEach(this::operand);
      }
    }

    void operand(Operand operand) {
      operand(operand, false);
    }

    /**
     * {@code nested} is true for an argument of a function or of {@code +}/{@code -}. In an
     * UpdateExpression only {@code if_not_exists} may be nested: {@code list_append(list_append(:a,
     * :b), :c)}, {@code if_not_exists(a, list_append(:a, :b))} and {@code list_append(:a, :b) + :n}
     * are "not allowed to be used this way"
     * (DynamoDB's message, captured in scylladb's test/alternator/test_update_expression.py,
     * test_update_expression_function_nesting; the rule is the one AWS's DAX client applies
     * before sending, "Only if_not_exists() function can be nested").
     */
    private void operand(Operand operand, boolean nested) {
      if (operand instanceof Path path) {
        path(path);
      } else if (operand instanceof Operand.Arithmetic arithmetic) {
        operand(arithmetic.left(), true);
        operand(arithmetic.right(), true);
      } else if (operand instanceof Operand.Call call) {
        Function function = knownFunction(kind, call.function(), call.name());
        if (update && !function.isUpdateFunction()) {
          throw notAllowed(kind, "The function is not allowed in an update expression", function);
        }
        if (update && nested && function != Function.IF_NOT_EXISTS) {
          throw notAllowed(
              kind, "The function is not allowed to be used this way in an expression", function);
        }
        if (!update && function.isUpdateFunction()) {
          throw notAllowed(kind, "The function is not allowed in a condition expression", function);
        }
        if (!update && function.isCondition()) {
          throw notAllowed(
              kind, "The function is not allowed to be used this way in an expression", function);
        }
        call.arguments().forEach(argument -> operand(argument, true));
      }
    }

    void path(Path path) {
      for (Path.Element element : path.elements()) {
        if (element instanceof Path.Name name
            && !name.name().startsWith("#")
            && ReservedWords.isReserved(name.name())) {
          throw ExpressionErrors.invalid(
              kind, "Attribute name is a reserved keyword", "reserved keyword: " + name.name());
        }
      }
    }
  }

  /**
   * Rejects a document path of more than 32 levels.
   *
   * @throws InvalidRequestException with DynamoDB's message, naming the levels
   */
  static void checkDepth(String kind, Path path) {
    if (path.elements().size() > MAX_PATH_DEPTH) {
      throw ExpressionErrors.invalid(
          kind,
          "The document path has too many nesting levels",
          "nesting levels: " + path.elements().size());
    }
  }

  /** The second pass over a condition: operand counts, paths, depth, IN. */
  private static void checkConditionTree(String kind, Condition condition) {
    if (condition instanceof Condition.And and) {
      checkConditionTree(kind, and.left());
      checkConditionTree(kind, and.right());
    } else if (condition instanceof Condition.Or or) {
      checkConditionTree(kind, or.left());
      checkConditionTree(kind, or.right());
    } else if (condition instanceof Condition.Not not) {
      checkConditionTree(kind, not.operand());
    } else if (condition instanceof Condition.Comparison comparison) {
      checkOperand(kind, comparison.left());
      checkOperand(kind, comparison.right());
    } else if (condition instanceof Condition.Between between) {
      checkOperand(kind, between.value());
      checkOperand(kind, between.lower());
      checkOperand(kind, between.upper());
    } else if (condition instanceof Condition.In in) {
      checkOperand(kind, in.value());
      in.candidates().forEach(candidate -> checkOperand(kind, candidate));
      if (in.candidates().size() > MAX_IN_OPERANDS) {
        throw ExpressionErrors.invalid(
            kind,
            "The IN operator is provided with too many operands",
            "number of operands: " + in.candidates().size());
      }
    } else {
      Condition.FunctionCondition call = (Condition.FunctionCondition) condition;
      checkArguments(kind, call.function(), call.arguments());
      call.arguments().forEach(argument -> checkOperand(kind, argument));
    }
  }

  private static void checkOperand(String kind, Operand operand) {
    if (operand instanceof Path path) {
      checkDepth(kind, path);
    } else if (operand instanceof Operand.Call call) {
      checkArguments(kind, call.function(), call.arguments());
      call.arguments().forEach(argument -> checkOperand(kind, argument));
    }
  }

  private static void checkUpdateOperand(String kind, Operand operand) {
    if (operand instanceof Path path) {
      checkDepth(kind, path);
    } else if (operand instanceof Operand.Arithmetic arithmetic) {
      checkUpdateOperand(kind, arithmetic.left());
      checkUpdateOperand(kind, arithmetic.right());
    } else if (operand instanceof Operand.Call call) {
      checkArguments(kind, call.function(), call.arguments());
      call.arguments().forEach(argument -> checkUpdateOperand(kind, argument));
    }
  }

  /**
   * Rejects an expression of more than 300 operators and functions ({@code AND}, {@code OR},
   * {@code NOT}, comparisons, {@code BETWEEN}, {@code IN}, {@code +}, {@code -}, function calls;
   * parentheses, paths and values do not count), with DynamoDB's message, which names the first
   * count over the limit.
   */
  static void checkOperatorCount(String kind, int operators) {
    if (operators > MAX_OPERATORS) {
      throw ExpressionErrors.invalid(
          kind,
          "The expression contains too many operators",
          "operator count: " + (MAX_OPERATORS + 1));
    }
  }

  /** The operators and functions of a condition. */
  static int operatorCount(Condition condition) {
    if (condition instanceof Condition.And and) {
      return 1 + operatorCount(and.left()) + operatorCount(and.right());
    }
    if (condition instanceof Condition.Or or) {
      return 1 + operatorCount(or.left()) + operatorCount(or.right());
    }
    if (condition instanceof Condition.Not not) {
      return 1 + operatorCount(not.operand());
    }
    if (condition instanceof Condition.Comparison comparison) {
      return 1 + operatorCount(comparison.left()) + operatorCount(comparison.right());
    }
    if (condition instanceof Condition.Between between) {
      return 1
          + operatorCount(between.value())
          + operatorCount(between.lower())
          + operatorCount(between.upper());
    }
    if (condition instanceof Condition.In in) {
      int count = 1 + operatorCount(in.value());
      for (Operand candidate : in.candidates()) {
        count += operatorCount(candidate);
      }
      return count;
    }
    int count = 1;
    for (Operand argument : ((Condition.FunctionCondition) condition).arguments()) {
      count += operatorCount(argument);
    }
    return count;
  }

  /** The operators and functions of an UpdateExpression's values. */
  static int operatorCount(UpdateExpression update) {
    int count = 0;
    for (UpdateExpression.Action set : update.sets()) {
      count += operatorCount(set.value());
    }
    return count;
  }

  private static int operatorCount(Operand operand) {
    if (operand instanceof Operand.Arithmetic arithmetic) {
      return 1 + operatorCount(arithmetic.left()) + operatorCount(arithmetic.right());
    }
    if (operand instanceof Operand.Call call) {
      int count = 1;
      for (Operand argument : call.arguments()) {
        count += operatorCount(argument);
      }
      return count;
    }
    return 0;
  }

  private static Function knownFunction(String kind, Function function, String name) {
    if (function == null) {
      throw ExpressionErrors.invalid(kind, "Invalid function name", "function: " + name);
    }
    return function;
  }

  private static void checkArguments(String kind, Function function, List<Operand> arguments) {
    if (arguments.size() != function.arity()) {
      throw ExpressionErrors.invalid(
          kind,
          "Incorrect number of operands for operator or function",
          "operator or function: "
              + function.functionName()
              + ", number of operands: "
              + arguments.size());
    }
    boolean pathFirst =
        function == Function.ATTRIBUTE_EXISTS
            || function == Function.ATTRIBUTE_NOT_EXISTS
            || function == Function.IF_NOT_EXISTS;
    if (pathFirst && !(arguments.get(0) instanceof Path)) {
      throw ExpressionErrors.pathRequired(kind, function.functionName());
    }
    if (function == Function.ATTRIBUTE_TYPE && arguments.get(1) instanceof Path) {
      throw ExpressionErrors.operandType(kind, function.functionName(), TYPE_OPERAND_TYPES);
    }
  }

  /**
   * What {@code attribute_type}'s second operand must be when it is a document path, as DynamoDB
   * words it (dynalite's tests, run against DynamoDB, pin the message up to "operand type:"; the
   * list is dynoxide's, in a fixed order, where DynamoDB Local 3.1.0 gives the same types in a
   * different order on each run). Its first operand may be a value: {@code
   * attribute_type(:v, :t)} is accepted and tests the value's type (scylladb's
   * test/alternator/test_condition_expression.py, test_update_condition_attribute_type).
   */
  static final String TYPE_OPERAND_TYPES =
      "{S,SS,N,NS,B,BS,BOOL,NULL,L,M,HD,DOUBLE,FLOAT,HDS,FS,DOUBLESET,DICT,DECIMAL,INT,"
          + "DECIMALSET,INTSET}";

  private static InvalidRequestException notAllowed(
      String kind, String problem, Function function) {
    return ExpressionErrors.invalid(kind, problem, "function: " + function.functionName());
  }
}
